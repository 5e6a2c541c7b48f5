import { readMigrationScripts, repoRoot, writeMigration, type RootOptions } from "./migrations-dir.ts";
import { diffDatabaseToSchema, withMigratedScratchDatabase } from "./scratch.ts";

const NAME = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * What `prisma migrate dev --create-only --name <name>` does: applies the existing migrations to
 * a scratch database, diffs it against prisma/schema.prisma and, if they differ, writes
 * prisma/migrations/<YYYYMMDDHHMMSS>_<snake_name>/migration.sql and migration_lock.toml.
 * Returns the new directory (absolute path) and its SQL, or null when the schema needs no
 * change. The migration is not applied anywhere.
 */
export async function createMigration(
  name: string,
  opts: RootOptions = {},
): Promise<{ dir: string; sql: string } | null> {
  if (!NAME.test(name)) {
    throw new Error(`Invalid migration name "${name}": use 1-200 letters, digits, "_" or "-" (e.g. add_rfq_table).`);
  }
  const root = repoRoot(opts);
  const sql = await withMigratedScratchDatabase(root, async (engine, schema) => {
    const diff = await diffDatabaseToSchema(engine, schema, true);
    return diff.different ? diff.output : null;
  });
  if (sql === null) return null;
  const existing = (await readMigrationScripts(root)).map((m) => m.name);
  const dirName = `${nextTimestamp(existing)}_${snakeCase(name)}`;
  const dir = await writeMigration(root, dirName, sql);
  return { dir, sql };
}

/** "addRfq-table" -> "add_rfq_table": the snake_case directory names `prisma migrate dev` writes. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .toLowerCase();
}

/**
 * UTC YYYYMMDDHHMMSS, like the engine's migration names. Bumped past the newest existing
 * migration so the new one always sorts last (two in one second, or a clock behind).
 */
function nextTimestamp(existing: string[]): string {
  const now = formatUtc(new Date());
  const newest = existing.map((n) => n.slice(0, 14)).filter((t) => /^\d{14}$/.test(t)).sort().pop();
  if (!newest || newest < now) return now;
  const t = newest;
  const next = Date.parse(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12)}Z`) + 1000;
  return formatUtc(new Date(next));
}

function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
