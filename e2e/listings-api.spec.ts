import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { message } from "./support/locales";
import { e2eCliEnv } from "./support/server-env";

function cliToken(email: string): string {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "token:create", "--email", email, "--name", "e2e listings"], { env: e2eCliEnv(), encoding: "utf8" });
  return output.trim().split("\n").at(-1) ?? "";
}

const listing = (sku: string) => ({
  sku,
  category: "copper-power-cable",
  title: { en: "Copper power cable VVG 3x2.5", ru: "Кабель силовой ВВГ 3х2,5" },
  hsCode: "8544.49",
  unit: "m",
  moq: 1000,
  currency: "CNY",
  priceTiers: [
    { minQty: 1000, unitPrice: "12.40" },
    { minQty: 10000, unitPrice: "11.80" },
  ],
  leadTimeDays: 14,
  incoterms: [{ term: "FOB", place: "Shanghai" }],
  certifications: ["EAC"],
  specifications: { Cores: "3" },
});

test.describe("listings REST API", () => {
  test("a supplier's ERP creates, patches and submits a listing; another supplier cannot see it", async ({ request }) => {
    const token = cliToken(demoAccounts.supplierSuzhou.email);
    const auth = { Authorization: `Bearer ${token}` };
    const sku = `API-${Date.now().toString(36)}`;

    const created = await request.post("/api/v1/listings", { headers: auth, data: listing(sku) });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ sku, status: "DRAFT", priceTiers: [{ minQty: 1000, unitPrice: { amount: "12.40", currency: "CNY" } }, { minQty: 10000 }] });

    const patched = await request.patch(`/api/v1/listings/${body.id}`, { headers: auth, data: { leadTimeDays: 10 } });
    expect(patched.status()).toBe(200);
    expect((await patched.json()).leadTimeDays).toBe(10);

    const submitted = await request.post(`/api/v1/listings/${body.id}/submit`, { headers: auth });
    expect((await submitted.json()).status).toBe("PENDING_REVIEW");
    const again = await request.post(`/api/v1/listings/${body.id}/submit`, { headers: auth });
    expect(again.status()).toBe(409);

    const duplicate = await request.post("/api/v1/listings", { headers: auth, data: listing(sku) });
    expect(duplicate.status()).toBe(409);
    expect((await duplicate.json()).error.fields.sku).toBe(message("zh", "errors", "field.sku_taken")) // the user's own language (zh) wins over Accept-Language;

    const own = await (await request.get(`/api/v1/listings?q=${sku}`, { headers: auth })).json();
    expect(own.listings.map((l: { sku: string }) => l.sku)).toEqual([sku]);

    const other = { Authorization: `Bearer ${cliToken(demoAccounts.supplierWuxi.email)}` };
    expect((await request.patch(`/api/v1/listings/${body.id}`, { headers: other, data: { leadTimeDays: 1 } })).status()).toBe(404);
    expect((await request.post(`/api/v1/listings/${body.id}/archive`, { headers: other })).status()).toBe(404);
    expect((await (await request.get(`/api/v1/listings?q=${sku}`, { headers: other })).json()).total).toBe(0);
  });

  test("invalid listings get field errors in the user's language and change nothing", async ({ request }) => {
    const token = cliToken(demoAccounts.supplierSuzhou.email);
    const response = await request.post("/api/v1/listings", {
      headers: { Authorization: `Bearer ${token}` },
      data: { ...listing(`BAD-${Date.now()}`), hsCode: "85", priceTiers: [{ minQty: 5, unitPrice: "1.234" }] },
    });
    expect(response.status()).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields.hsCode).toBe(message("zh", "errors", "field.hs_code_invalid"));
    expect(error.fields["priceTiers.0.unitPrice"]).toBe(message("zh", "errors", "field.price_invalid"));
  });

  test("buyers cannot create listings", async ({ request }) => {
    const token = cliToken(demoAccounts.buyerAlmaty.email);
    const response = await request.post("/api/v1/listings", { headers: { Authorization: `Bearer ${token}` }, data: listing("BUYER-1") });
    expect(response.status()).toBe(403);
  });
});
