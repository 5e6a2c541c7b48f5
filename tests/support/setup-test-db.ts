import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * One isolated, migrated database for the calling test file, with a Prisma client on it.
 * Call at the top level of a test file; use `db()` inside tests and `db.url()` for processes
 * (such as the CLI) that connect on their own.
 */
export function setupTestDatabase(): (() => Db) & { url: () => string } {
  let database: TestDatabase | undefined;
  let client: Db | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = createPrismaClient(database.url, { poolSize: 4 });
  }, 120_000);
  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });
  const notReady = () => new Error("setupTestDatabase: database not ready (call it at the top level of the file)");
  return Object.assign(
    () => {
      if (!client) throw notReady();
      return client;
    },
    {
      url: () => {
        if (!database) throw notReady();
        return database.url;
      },
    },
  );
}
