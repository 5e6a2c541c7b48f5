import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { requireDatabaseUrl } from "@/lib/env/server";

const globalForDb = globalThis as unknown as { karavanDb?: Db };

/**
 * The one database client of the server process. Kept on globalThis so that dev-mode hot
 * reloads do not open a new pool each time.
 */
export function db(): Db {
  globalForDb.karavanDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.karavanDb;
}
