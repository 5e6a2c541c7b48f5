import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { startInMemoryDatabase } from "../../lib/db/embedded.ts";
import { applyMigrations, readMigrationScripts } from "../../lib/db/migrate/index.ts";

/**
 * Isolated, migrated databases for integration tests.
 *
 * - TEST_DATABASE_URL set (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/test):
 *   each test database is `CREATE DATABASE karavan_t_<random> TEMPLATE karavan_template_<hash>`,
 *   the template being migrated once per migration set (hash of every migration.sql).
 * - Otherwise: each test database is its own in-memory PGlite served on a loopback port,
 *   started from a snapshot of a migrated data directory (built once, cached on disk).
 *
 * Always `drop()` what you create (afterAll/afterEach): each PGlite instance holds ~200 MB RSS.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "karavan");
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createOnServer(serverUrl) : createEmbedded();
}

/** Stable across runs and workers; changes whenever a migration is added or edited. */
async function migrationsHash(extra = ""): Promise<string> {
  const hash = crypto.createHash("sha256").update(extra);
  for (const { name, sql } of await readMigrationScripts(ROOT)) hash.update(`${name}\0${sql}\0`);
  return hash.digest("hex").slice(0, 16);
}

// ---------------------------------------------------------------- PostgreSQL server

const templates = new Map<string, Promise<string>>();

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  let template = templates.get(serverUrl);
  if (!template) {
    template = ensureTemplate(serverUrl);
    templates.set(serverUrl, template);
    template.catch(() => templates.delete(serverUrl)); // retry on the next call
  }
  const templateName = await template;
  const name = `karavan_t_${crypto.randomBytes(8).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`));
  let dropped: Promise<void> | undefined;
  return {
    url: urlWithDatabase(serverUrl, name),
    drop: () =>
      (dropped ??= withAdminClient(serverUrl, async (client) => {
        // FORCE: a test that forgot to close its pool must not make the drop fail.
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      })),
  };
}

/**
 * Creates and migrates karavan_template_<hash> unless it exists. Vitest workers (and parallel
 * CI jobs) race here, so it happens under an advisory lock on the server's own database, and
 * the template is built under a temporary name and renamed when complete: a crash mid-way
 * never leaves a half-migrated template behind.
 */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const name = `karavan_template_${await migrationsHash()}`;
  const building = `${name}_build`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext('karavan_test_template'))");
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount) return;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(urlWithDatabase(serverUrl, building), { root: ROOT });
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('karavan_test_template'))");
    }
  });
  return name;
}

async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlWithDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// ---------------------------------------------------------------- embedded PGlite

let snapshot: Promise<Blob> | undefined;

async function createEmbedded(): Promise<TestDatabase> {
  if (!snapshot) {
    snapshot = loadSnapshot();
    snapshot.catch(() => (snapshot = undefined));
  }
  // Loading a data-directory tarball skips initdb and migrations: ~0.7 s instead of ~5 s.
  const database = await startInMemoryDatabase({ loadDataDir: await snapshot });
  return { url: database.url, drop: database.stop };
}

/**
 * A migrated PGlite data directory as a tarball: from node_modules/.cache if an earlier run
 * built it for the same migrations and PGlite version, else built now and cached. On a cold
 * cache one worker builds (lock file) while the others wait for its result.
 */
async function loadSnapshot(): Promise<Blob> {
  const file = path.join(CACHE_DIR, `pglite-${await migrationsHash(pgliteVersion())}.tar.gz`);
  const lock = `${file}.lock`;
  await fs.mkdir(CACHE_DIR, { recursive: true });
  for (;;) {
    const cached = await readSnapshot(file);
    if (cached) return cached;
    const handle = await fs.open(lock, "wx").catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      return null;
    });
    if (!handle) {
      // Someone else is building. A lock older than 2 minutes belongs to a crashed worker.
      const age = await fs.stat(lock).then((st) => Date.now() - st.mtimeMs, () => 0);
      if (age > 120_000) await fs.rm(lock, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      const tarball = await buildSnapshot();
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, await gzip(Buffer.from(await tarball.arrayBuffer()), { level: 1 }));
      await fs.rename(temp, file); // readers never see a partial file
      return tarball;
    } finally {
      await handle.close();
      await fs.rm(lock, { force: true });
    }
  }
}

async function readSnapshot(file: string): Promise<Blob | null> {
  const cached = await fs.readFile(file).catch(() => null);
  if (!cached) return null;
  try {
    return new Blob([await gunzip(cached)]);
  } catch {
    await fs.rm(file, { force: true }); // corrupt: rebuild
    return null;
  }
}

async function buildSnapshot(): Promise<Blob> {
  const database = await startInMemoryDatabase({ maxConnections: 2 });
  try {
    await applyMigrations(database.url, { root: ROOT });
    return await database.dumpDataDir();
  } finally {
    await database.stop();
  }
}

/** A data directory from one PGlite version must not be loaded by another. */
function pgliteVersion(): string {
  // The package's exports do not include package.json, so find it next to the entry point.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = path.join(path.dirname(entry), "..", "package.json");
  return `pglite@${(JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version}`;
}
