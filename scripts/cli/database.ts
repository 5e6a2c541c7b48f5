import path from "node:path";
import { findRunningEmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded";
import { createPrismaClient, type Db } from "@/lib/db/create-client";

export type Connection = { url: string; source: "DATABASE_URL" | "running embedded server" | "embedded (started for this command)"; close(): Promise<void> };

/**
 * Where a CLI command finds its database: DATABASE_URL when set; else the embedded server that
 * `npm start` is running (found through its discovery file in DATA_DIR); else the embedded
 * database opened just for this command and closed afterwards.
 */
export async function connectDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Connection> {
  if (options.databaseUrl) return { url: options.databaseUrl, source: "DATABASE_URL", close: async () => {} };
  const dataDir = path.resolve(options.dataDir);
  const running = await findRunningEmbeddedDatabase(dataDir);
  if (running) return { url: running, source: "running embedded server", close: async () => {} };
  const started = await startEmbeddedDatabase({ dataDir, maxConnections: 10 });
  return { url: started.url, source: "embedded (started for this command)", close: () => started.stop() };
}

/** Runs `work` with a Prisma client on the resolved database and always cleans up. */
export async function withDatabase<T>(options: { databaseUrl?: string; dataDir: string }, work: (db: Db, connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connectDatabase(options);
  const db = createPrismaClient(connection.url, { poolSize: 3 });
  try {
    return await work(db, connection);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
}
