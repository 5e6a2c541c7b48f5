import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { readMigrationsList, readSchema, repoRoot, type RootOptions } from "./migrations-dir.ts";

/**
 * Applies the pending migrations of prisma/migrations to the database at `url` and returns the
 * names applied (empty when up to date). Same bookkeeping as `prisma migrate deploy`: the
 * `_prisma_migrations` table, checksums, and refusal to continue after a failed migration.
 * Each migration runs as one transaction (see adapter.ts), so a failure leaves no half-applied
 * script behind, only its failed row in `_prisma_migrations`.
 */
export async function applyMigrations(url: string, opts: RootOptions = {}): Promise<string[]> {
  const root = repoRoot(opts);
  const [schema, migrationsList] = await Promise.all([readSchema(root), readMigrationsList(root)]);
  return withSchemaEngine(url, schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}
