import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createSchemaEngineConnection } from "./adapter.ts";
import { discardSchemaEngineModule, loadSchemaEngineModule, type SchemaEngine } from "./wasm.ts";
import type { SchemaFile } from "./migrations-dir.ts";

/** Prisma config's tables.external / enums.external: we have none. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Runs `fn` with a schema engine connected to the database at `url`, then ALWAYS frees the
 * engine and ends its pool: the pool's one connection holds the engine's advisory lock and
 * counts against the embedded server's connection limit.
 */
export async function withSchemaEngine<T>(
  url: string,
  schema: SchemaFile,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const wasm = await loadSchemaEngineModule();
  const connection = createSchemaEngineConnection(url);
  let engine: SchemaEngine | undefined;
  try {
    engine = await wasm.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      () => {}, // the engine's JSON log lines; errors come back as rejections
      bindMigrationAwareSqlAdapterFactory(connection.factory),
    );
    return await fn(engine);
  } catch (error) {
    throw toReadableError(error);
  } finally {
    try {
      engine?.free();
    } catch {
      // free() after a panic can throw; the instance is discarded anyway.
    }
    await connection.close();
  }
}

/**
 * Engine errors carry a Rust span trace ("   0: sql_schema_connector::... at file.rs:113").
 * Keep the human part, name the migration when the trace says which one failed, and keep the
 * original as `cause`.
 */
export function toReadableError(error: unknown): Error {
  if (error instanceof Error && error.name === "SchemaEngineError") return error;
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = discardSchemaEngineModule();
    const wrapped = new Error(`The Prisma schema engine crashed: ${panic ?? error.message}`, { cause: error });
    wrapped.name = "SchemaEngineError";
    return wrapped;
  }
  const raw = error instanceof Error ? error.message : String(error);
  const lines = raw.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line));
  const message = (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .filter((line) => line.trim() !== "" && line.trim() !== "external connector error")
    .join("\n")
    .trim();
  const migration = /migration_name="([^"]+)"/.exec(raw)?.[1];
  const wrapped = new Error(migration ? `Migration \`${migration}\` failed: ${message}` : message || raw, {
    cause: error,
  });
  wrapped.name = "SchemaEngineError";
  return wrapped;
}
