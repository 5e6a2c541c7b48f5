import { repoRoot, type RootOptions } from "./migrations-dir.ts";
import { diffDatabaseToSchema, withMigratedScratchDatabase } from "./scratch.ts";

export type DriftResult = { ok: true } | { ok: false; diff: string };

/**
 * Do the migrations produce exactly what prisma/schema.prisma describes? Applies them all to a
 * fresh in-memory database (no server or DATABASE_URL needed) and diffs it against the schema.
 * Hand-written SQL the schema cannot express (functions, triggers) is not compared; indexes,
 * columns, types and constraints are.
 */
export async function checkDrift(opts: RootOptions = {}): Promise<DriftResult> {
  return withMigratedScratchDatabase(repoRoot(opts), async (engine, schema) => {
    const summary = await diffDatabaseToSchema(engine, schema, false);
    if (!summary.different) return { ok: true };
    const sql = await diffDatabaseToSchema(engine, schema, true);
    return {
      ok: false,
      diff:
        "prisma/schema.prisma differs from what prisma/migrations produce:\n" +
        `${summary.output.trim()}\n\nSQL that a new migration would contain:\n${sql.output.trim()}\n`,
    };
  });
}
