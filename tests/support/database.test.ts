import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client.ts";
import { startInMemoryDatabase } from "@/lib/db/embedded.ts";
import { applyMigrations, checkDrift, readMigrationScripts, resetDatabase } from "@/lib/db/migrate/index.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

const backend = process.env.TEST_DATABASE_URL ? "PostgreSQL server" : "embedded PGlite";
const SLOW = 120_000; // a cold start migrates a fresh database (PGlite initdb alone takes 3-5 s)

const EXPECTED_TABLES = [
  "ApiToken",
  "AuditEvent",
  "Category",
  "Membership",
  "Organization",
  "OutboxMessage",
  "SignInFailure",
  "User",
  "_prisma_migrations",
];

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const insertOrganization = (url: string, name: string) =>
  query(
    url,
    `INSERT INTO "Organization" (id, type, name, "legalName", country, city, "updatedAt")
     VALUES (gen_random_uuid(), 'BUYER', $1, $1, 'KZ', 'Almaty', now())`,
    [name],
  );

describe(`test databases (${backend})`, () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let migrationNames: string[];

  beforeAll(async () => {
    const started = performance.now();
    a = await createTestDatabase();
    const first = performance.now();
    b = await createTestDatabase();
    const second = performance.now();
    console.info(
      `[${backend}] first test database ${(first - started).toFixed(0)} ms, next ${(second - first).toFixed(0)} ms`,
    );
    migrationNames = (await readMigrationScripts(process.cwd())).map((m) => m.name);
  }, SLOW);

  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it("has every migration applied and the expected tables", async () => {
    const tables = await query<{ table_name: string }>(
      a.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    // Later migrations add tables; the foundation ones must always be there.
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    const applied = await query<{ migration_name: string }>(
      a.url,
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    expect(applied.map((m) => m.migration_name)).toEqual(migrationNames);
  });

  it("keeps two test databases isolated from each other", async () => {
    await insertOrganization(a.url, "Only in A");
    const inA = await query<{ n: number }>(a.url, `SELECT count(*)::int AS n FROM "Organization"`);
    const inB = await query<{ n: number }>(b.url, `SELECT count(*)::int AS n FROM "Organization"`);
    expect(inA[0]?.n).toBe(1);
    expect(inB[0]?.n).toBe(0);
  });

  it("refuses UPDATE and DELETE on AuditEvent", async () => {
    await query(a.url, `INSERT INTO "AuditEvent" (action, "targetType", "targetId") VALUES ('org.create', 'Organization', 'x')`);
    await expect(query(a.url, `UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(a.url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only: DELETE/);
    const rows = await query<{ action: string }>(a.url, `SELECT action FROM "AuditEvent"`);
    expect(rows).toEqual([{ action: "org.create" }]);
  });

  it("serves Prisma Client: create, findMany and an interactive transaction", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: b.url, max: 3 }) });
    try {
      await prisma.category.create({ data: { slug: "textiles", names: { en: "Textiles", zh: "纺织品" } } });
      await prisma.$transaction(async (tx) => {
        const parent = await tx.category.findUniqueOrThrow({ where: { slug: "textiles" } });
        await tx.category.create({ data: { slug: "cotton", parentId: parent.id, names: { en: "Cotton" } } });
      });
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.category.create({ data: { slug: "rolled-back", names: {} } });
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      const slugs = (await prisma.category.findMany({ orderBy: { slug: "asc" } })).map((c) => c.slug);
      expect(slugs).toEqual(["cotton", "textiles"]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("reset drops the data and reapplies every migration; applying again applies nothing", async () => {
    await insertOrganization(b.url, "Gone after reset");
    await resetDatabase(b.url);
    const orgs = await query<{ n: number }>(b.url, `SELECT count(*)::int AS n FROM "Organization"`);
    expect(orgs[0]?.n).toBe(0);
    await expect(query(b.url, `DELETE FROM "AuditEvent"`)).resolves.toEqual([]); // no rows, trigger not fired
    expect(await applyMigrations(b.url)).toEqual([]);
  }, SLOW);

  it("applies all migrations to an empty database, then nothing the second time", async () => {
    const empty = await emptyDatabase();
    try {
      expect(await applyMigrations(empty.url)).toEqual(migrationNames);
      expect(await applyMigrations(empty.url)).toEqual([]);
    } finally {
      await empty.drop();
    }
  }, SLOW);

  it("reports no drift between prisma/migrations and prisma/schema.prisma", async () => {
    expect(await checkDrift()).toEqual({ ok: true });
  }, SLOW);
});

/** A database with no migrations at all, on the same backend as the test databases. */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await startInMemoryDatabase();
    return { url: db.url, drop: db.stop };
  }
  const name = `karavan_t_empty_${process.pid}_${Date.now()}`;
  await query(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => void (await query(serverUrl, `DROP DATABASE "${name}" WITH (FORCE)`)) };
}

describe("embedded server under concurrent clients", () => {
  it("keeps each connection's Parse/Bind/Execute together (no 'bind message supplies N parameters')", async () => {
    const database = await startInMemoryDatabase({ maxConnections: 4 });
    try {
      await applyMigrations(database.url, { root: process.cwd() });
      const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
      try {
        // Interactive transactions racing plain statements: how requests overlap in `npm start`.
        const { id } = await client.organization.create({ data: { type: "BUYER", name: "Concurrent 0", legalName: "LLP", country: "KZ", city: "Almaty" }, select: { id: true } });
        const transactions = Array.from({ length: 20 }, () =>
          client.$transaction(async (tx) => {
            await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${id}::uuid FOR UPDATE`;
            await tx.organization.update({ where: { id }, data: { city: "Astana" }, select: { id: true } });
          }),
        );
        const writes = Array.from({ length: 19 }, (_, i) =>
          client.organization.create({ data: { type: "BUYER", name: `Concurrent ${i + 1}`, legalName: "LLP", country: "KZ", city: "Almaty" }, select: { id: true } }),
        );
        await Promise.all([...transactions, ...writes]);
        expect(await client.organization.count({ where: { name: { startsWith: "Concurrent" } } })).toBe(20);
      } finally {
        await client.$disconnect();
      }
    } finally {
      await database.stop();
    }
  }, SLOW);
});
