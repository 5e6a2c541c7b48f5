import fs from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { serializeProtocolSequences } from "./serialize-protocol-sequences";

/**
 * The embedded PostgreSQL: PGlite (Postgres compiled to WASM, in this process) served over the
 * Postgres wire protocol on loopback, so the app, the CLI and the migration engine all talk to it
 * through `pg` exactly as they would to a real server.
 *
 * Facts the callers rely on (verified with PGlite 0.5.14 = PostgreSQL 18.6):
 * - The socket server ignores the user, password and database in the startup message: every
 *   connection is user `postgres` on database `postgres`, whatever the URL says.
 * - All socket connections share ONE Postgres session and PGlite runs one query at a time.
 *   Session state (SET, advisory locks, temp tables) is therefore shared between clients.
 * - A connection beyond `maxConnections` is refused ("Connection terminated unexpectedly").
 */
export interface EmbeddedDatabase {
  /** `postgresql://postgres:postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** Stops the socket server, then closes PGlite cleanly. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface InMemoryDatabase extends EmbeddedDatabase {
  /** Uncompressed tarball of the data directory; feed it back through `loadDataDir`. */
  dumpDataDir(): Promise<Blob>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** Every client connected at once counts: the app's pool, a CLI, the migration engine. */
  maxConnections?: number;
}

export interface InMemoryDatabaseOptions {
  port?: number;
  maxConnections?: number;
  /** Start from a `dumpDataDir()` tarball instead of running initdb (about 0.7 s instead of 3-4 s). */
  loadDataDir?: Blob;
}

interface DiscoveryFile {
  pid: number;
  port: number;
  url: string;
  startedAt: string;
}

const DEFAULT_MAX_CONNECTIONS = 20;
const DISCOVERY_FILE = "embedded-db.json";
// Loaded into every instance so that migrations can `CREATE EXTENSION pg_trgm` / `unaccent`.
const EXTENSIONS = { pg_trgm, unaccent };

export async function startEmbeddedDatabase(opts: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const discoveryPath = path.join(dataDir, DISCOVERY_FILE);
  await fs.mkdir(path.join(dataDir, "pglite"), { recursive: true });
  // Claim the directory before opening it: PGlite itself does not stop a second process from
  // opening the same data (which corrupts it), and opening takes seconds.
  await claimDataDir(dataDir, discoveryPath);
  try {
    const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite"), extensions: EXTENSIONS });
    const served = await serve(db, opts).catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    await writeDiscovery(discoveryPath, { pid: process.pid, port: served.port, url: served.url });
    return {
      url: served.url,
      port: served.port,
      stop: once(async () => {
        try {
          await served.stop();
        } finally {
          await removeDiscoveryFileIfOurs(discoveryPath);
        }
      }),
    };
  } catch (error) {
    await removeDiscoveryFileIfOurs(discoveryPath);
    throw error;
  }
}

export async function startInMemoryDatabase(opts: InMemoryDatabaseOptions = {}): Promise<InMemoryDatabase> {
  const db = await PGlite.create({ extensions: EXTENSIONS, loadDataDir: opts.loadDataDir });
  const served = await serve(db, opts).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  return { ...served, dumpDataDir: async () => db.dumpDataDir("none") };
}

export async function findRunningEmbeddedDatabase(dataDir: string): Promise<string | null> {
  const info = await readLiveDiscovery(path.join(path.resolve(dataDir), DISCOVERY_FILE));
  if (!info || info.port === 0) return null;
  // A live pid may be a reused pid or a server still starting: only trust a working database.
  if (!(await portAcceptsConnection(info.port))) return null;
  return (await selectOneWorks(info.url)) ? info.url : null;
}

async function serve(
  db: PGlite,
  opts: { port?: number; maxConnections?: number },
): Promise<EmbeddedDatabase> {
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: opts.port ?? 0,
    maxConnections: opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
  });
  serializeProtocolSequences(server);
  await server.start();
  // getServerConn() reports the port actually bound, which matters when we asked for 0.
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    // Server first (it disconnects clients and rolls back their open transactions), then PGlite,
    // which checkpoints and releases the data directory.
    stop: once(async () => {
      try {
        await server.stop();
      } finally {
        if (!db.closed) await db.close();
      }
    }),
  };
}

async function claimDataDir(dataDir: string, discoveryPath: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const owner = await readLiveDiscovery(discoveryPath); // also clears a stale file
    if (owner) {
      const running = owner.port ? await findRunningEmbeddedDatabase(dataDir) : null;
      throw new Error(
        running
          ? `The embedded database in ${dataDir} is already running at ${running} (pid ${owner.pid}); connect to it instead.`
          : `The embedded database in ${dataDir} is in use by process ${owner.pid} (starting, or not answering). ` +
            `Stop that process first (if it is not a Karavan process, delete ${discoveryPath}).`,
      );
    }
    // port 0 = "starting": findRunningEmbeddedDatabase treats it as not running yet.
    const claim: DiscoveryFile = { pid: process.pid, port: 0, url: "", startedAt: new Date().toISOString() };
    // link() is atomic and fails if the file exists: exactly one process wins, and readers never
    // see a partly written claim (which they would take for a stale file and delete).
    const tmp = `${discoveryPath}.${process.pid}.claim`;
    await fs.writeFile(tmp, JSON.stringify(claim));
    try {
      await fs.link(tmp, discoveryPath);
      return;
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error; // another process claimed it just now: re-check
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
  throw new Error(`The embedded database in ${dataDir} is being started by another process.`);
}

async function writeDiscovery(discoveryPath: string, info: Omit<DiscoveryFile, "startedAt">): Promise<void> {
  const content: DiscoveryFile = { ...info, startedAt: new Date().toISOString() };
  // Write then rename, so a reader never sees a half-written file.
  const tmp = `${discoveryPath}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(content, null, 2) + "\n");
  await fs.rename(tmp, discoveryPath);
}

/** The discovery file if its process is alive; deletes a stale or malformed file. */
async function readLiveDiscovery(discoveryPath: string): Promise<DiscoveryFile | null> {
  let info: DiscoveryFile;
  try {
    info = parseDiscovery(await fs.readFile(discoveryPath, "utf8"));
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    // Unreadable or malformed (we write it atomically, so not half-written): it cannot lead
    // anyone to a server, so it is stale.
    await fs.rm(discoveryPath, { force: true });
    return null;
  }
  if (isProcessAlive(info.pid)) return info;
  await fs.rm(discoveryPath, { force: true });
  return null;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function parseDiscovery(text: string): DiscoveryFile {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null) throw new Error("not an object");
  const { pid, port, url, startedAt } = value as Record<string, unknown>;
  if (typeof pid !== "number" || typeof port !== "number" || typeof url !== "string") {
    throw new Error("missing pid, port or url");
  }
  return { pid, port, url, startedAt: String(startedAt) };
}

async function removeDiscoveryFileIfOurs(discoveryPath: string): Promise<void> {
  try {
    const info = parseDiscovery(await fs.readFile(discoveryPath, "utf8"));
    if (info.pid === process.pid) await fs.rm(discoveryPath, { force: true });
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isErrno(error, "EPERM");
  }
}

function portAcceptsConnection(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

async function selectOneWorks(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  client.on("error", () => {}); // a server dying mid-probe must not crash the caller
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as NodeJS.ErrnoException).code === code;
}
