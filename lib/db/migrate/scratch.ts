import path from "node:path";
import { startInMemoryDatabase } from "../embedded.ts";
import type { SchemaEngine } from "./wasm.ts";
import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { readMigrationsList, readSchema, type SchemaFile } from "./migrations-dir.ts";

/**
 * A throwaway in-memory PGlite with every migration of `root` applied, and a schema engine
 * connected to it. This is what `prisma migrate dev` uses a shadow database for: the state the
 * migration history produces, to be compared with schema.prisma.
 */
export async function withMigratedScratchDatabase<T>(
  root: string,
  fn: (engine: SchemaEngine, schema: SchemaFile) => Promise<T>,
): Promise<T> {
  const [schema, migrationsList] = await Promise.all([readSchema(root), readMigrationsList(root)]);
  const database = await startInMemoryDatabase({ maxConnections: 2 });
  try {
    return await withSchemaEngine(database.url, schema, async (engine) => {
      await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return fn(engine, schema);
    });
  } finally {
    await database.stop();
  }
}

/** Diff from the connected database to schema.prisma. `exitCode` 0 = no difference. */
export async function diffDatabaseToSchema(
  engine: SchemaEngine,
  schema: SchemaFile,
  script: boolean,
): Promise<{ different: boolean; output: string }> {
  const files = [schema];
  const result = await engine.diff({
    // "schemaDatasource" = the live database the engine's adapter is connected to.
    from: { tag: "schemaDatasource", files, configDir: path.dirname(schema.path) },
    to: { tag: "schemaDatamodel", files },
    script,
    exitCode: true, // makes the engine report 2 when there is a difference
    filters: NO_FILTERS,
  });
  return { different: result.exitCode !== 0, output: result.stdout ?? "" };
}
