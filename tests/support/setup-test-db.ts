import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * One isolated, migrated database for the calling test file, with a Prisma client on it.
 * Call at the top level of a test file; use `db()` inside tests.
 */
export function setupTestDatabase(): () => Db {
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
  return () => {
    if (!client) throw new Error("setupTestDatabase: database not ready (call it at the top level of the file)");
    return client;
  };
}
