import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { seedDemo } from "@/lib/seed/seed-demo";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { listTopCategories } from "@/lib/taxonomy/list-top-categories";
import { searchCategories } from "@/lib/taxonomy/search-categories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const taxonomy = JSON.parse(readFileSync(defaultTaxonomyFile(), "utf8")) as { categories: unknown[] };

describe("taxonomy import", () => {
  it("imports the shared taxonomy and is idempotent", async () => {
    const first = await importTaxonomy(db(), taxonomy, { actor: null });
    expect(first).toEqual({ total: 81, created: 81, updated: 0 });
    const again = await importTaxonomy(db(), taxonomy, { actor: null });
    expect(again).toEqual({ total: 81, created: 0, updated: 81 });
    const tops = await listTopCategories(db(), "ru");
    expect(tops).toHaveLength(14);
    expect(tops[0]).toMatchObject({ slug: "cables", name: "Электрические кабели и провода" });
    expect(tops.reduce((sum, t) => sum + t.subcategoryCount, 0)).toBe(67);
  });

  it("rejects a broken file and writes nothing", async () => {
    const before = await db().category.count();
    const broken = { categories: [{ slug: "new-top", parent: null, names: { en: "New", ru: "Новый", kk: "Жаңа", uz: "Yangi", zh: "新" } }, { slug: "orphan", parent: "missing", names: { en: "x", ru: "x", kk: "x", uz: "x", zh: "x" } }] };
    await expect(importTaxonomy(db(), broken, { actor: null })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(importTaxonomy(db(), { categories: [{ slug: "Bad Slug", parent: null, names: {} }] }, { actor: null })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await db().category.count()).toBe(before);
  });

  it("finds categories across languages, scripts and HS codes", async () => {
    const slugs = async (query: string) => (await searchCategories(db(), query, "en")).map((m) => m.slug);
    expect(await slugs("кабель")).toContain("copper-power-cable");
    expect(await slugs("电缆")).toContain("copper-power-cable");
    expect(await slugs("8544")).toContain("copper-power-cable");
    expect(await slugs("8544.49")).toContain("copper-power-cable");
    // Kazakh typed on a Russian keyboard: "мыс куштик" for "Мыс күштік".
    expect(await slugs("мыс куштик")).toContain("copper-power-cable");
    expect(await slugs("   ")).toEqual([]);
  });
});

describe("demo seed", () => {
  it("creates the demo companies and users once; every demo user can sign in", async () => {
    const first = await seedDemo(db());
    expect(first.users).toBe(7);
    expect((await seedDemo(db())).users).toBe(0);
    for (const email of ["buyer.almaty@example.com", "buyer.tashkent@example.com", "supplier.suzhou@example.com", "supplier.wuxi@example.com", "moderator@example.com", "finance@example.com", "admin@example.com"]) {
      const result = await verifyCredentials(db(), { email, password: "karavan-demo", ip: "127.0.0.1" }, { perAccount: 5, perIp: 100, windowMinutes: 15 });
      expect(result.ok, email).toBe(true);
    }
    const suppliers = await db().organization.findMany({ where: { type: "SUPPLIER" }, select: { city: true, verificationStatus: true } });
    expect(suppliers).toEqual(expect.arrayContaining([{ city: "Suzhou", verificationStatus: "VERIFIED" }, { city: "Wuxi", verificationStatus: "VERIFIED" }]));
  });

  it("reports a healthy database", async () => {
    const health = await checkHealth(db(), async () => ({ engine: "embedded", status: "ok", documents: 0 }));
    expect(health).toMatchObject({ status: "ok", database: { status: "ok" }, search: { status: "ok", engine: "embedded" } });
    const degraded = await checkHealth(db(), async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    });
    expect(degraded).toMatchObject({ status: "degraded", search: { status: "error", detail: "connect ECONNREFUSED 127.0.0.1:7700" } });
  });
});
