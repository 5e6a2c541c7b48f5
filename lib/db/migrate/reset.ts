import pg from "pg";
import { applyMigrations } from "./apply.ts";
import type { RootOptions } from "./migrations-dir.ts";

/**
 * Drops everything in the `public` schema (tables, types, functions, extensions installed
 * there, and `_prisma_migrations`) and reapplies all migrations. Destroys all data: callers
 * (CLI) must make sure this is what the user asked for.
 */
export async function resetDatabase(url: string, opts: RootOptions = {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // surfaced through the failing query instead
  await client.connect().catch((error: Error) => {
    throw new Error(`Cannot connect to the database to reset it: ${error.message}`, { cause: error });
  });
  try {
    // One simple-protocol query = one implicit transaction: either all dropped or nothing.
    // The recreated schema gets PostgreSQL 15's defaults for `public` back.
    await client.query(
      "DROP SCHEMA IF EXISTS public CASCADE; " +
        "CREATE SCHEMA public AUTHORIZATION pg_database_owner; " +
        "GRANT USAGE ON SCHEMA public TO PUBLIC;",
    );
  } catch (error) {
    throw new Error(`Resetting the database failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
  await applyMigrations(url, opts);
}
