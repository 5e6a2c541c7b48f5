import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * The driver adapter the wasm schema engine talks to the database through: `@prisma/adapter-pg`
 * over a pool we own (so we can always close it), with three corrections that the engine
 * (7.10) needs and stock adapter-pg (7.10) does not provide. Each was found by a failing run.
 */

/**
 * pg.Pool with two rewrites that let the engine describe a database:
 *
 * 1. Catalog columns of type "char" (OID 18: pg_class.relkind, pg_constraint.contype, ...)
 *    make adapter-pg throw "Unsupported column type char", so every describe (diff against a
 *    live database) fails with "Column type 'char' could not be deserialized". Their values
 *    arrive as one-character strings, so we report them as text (OID 25).
 * 2. PostgreSQL 18 (which PGlite 0.5 is) records NOT NULL as pg_constraint rows with
 *    contype 'n'; the engine's describer panics on them. NOT NULL is read from pg_attribute
 *    anyway, so the constraint query simply leaves them out (a no-op on PostgreSQL < 18).
 */
class SchemaEnginePool extends pg.Pool {
  // One signature for all of pg's overloads; the engine only uses the promise form.
  override query(...args: unknown[]): never {
    const [config] = args;
    if (isQueryConfig(config)) args[0] = { ...config, text: rewriteSql(config.text) };
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(charColumnsAsText) : result) as never;
  }
}

const CONSTRAINTS_FILTER = "contype NOT IN ('p', 'u', 'f')";
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function rewriteSql(sql: string): string {
  return sql.includes(CONSTRAINTS_FILTER)
    ? sql.replace(CONSTRAINTS_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')")
    : sql;
}

function charColumnsAsText(result: unknown): unknown {
  const fields = (result as { fields?: { dataTypeID: number }[] } | null)?.fields ?? [];
  for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}

function isQueryConfig(value: unknown): value is { text: string } {
  return typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string";
}

export interface SchemaEngineConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends the pool. The engine never closes it, and it holds the migration advisory lock. */
  close(): Promise<void>;
}

export function createSchemaEngineConnection(url: string): SchemaEngineConnection {
  // One connection: the engine takes a session-level advisory lock (pg_advisory_lock) and
  // never unlocks it explicitly, relying on the connection closing. With several pooled
  // connections the lock would sit on one of them while the work ran on others.
  const pool = new SchemaEnginePool({ connectionString: url, max: 1 });
  // An idle client dying (server restart, PGlite stopping) must not crash the process.
  pool.on("error", () => {});
  const inner = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await inner.connect();
      // 3. adapter-pg's executeScript splits the script on every ";" and runs the pieces one
      //    by one: a plpgsql body ($$ ... ; ... $$) breaks, and a failing statement leaves the
      //    earlier ones applied. One simple-protocol query (no parameters => pg does not
      //    prepare) runs the whole migration as one implicit transaction, like the native engine.
      adapter.executeScript = async (script: string) => {
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      };
      return adapter;
    },
    // adapter-pg's shadow database is created with CREATE DATABASE but then connected to with
    // the same connection string (pg lets the URL's database win), i.e. the MAIN database gets
    // migrated and reset. On PGlite every database name is the same database anyway. We never
    // need one: drift checks and new migrations run against a scratch in-memory PGlite.
    connectToShadowDb(): Promise<SqlDriverAdapter> {
      return Promise.reject(new Error("Shadow databases are not used by Karavan's migration tooling."));
    },
  };
  let closed: Promise<void> | undefined;
  return { factory, close: () => (closed ??= pool.end()) };
}
