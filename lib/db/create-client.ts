import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

/**
 * Builds a Prisma client over node-postgres. Used by the server (lib/db/client.ts), the CLI
 * and tests, so all three talk to the database the same way whichever server is behind the URL.
 *
 * Password hashes are omitted from every query by default; the one place that needs a hash
 * (credential verification) asks for it explicitly.
 */
export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 5 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
