import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { demoAccounts, signInAndLand } from "./support/accounts";
import { e2eCliEnv } from "./support/server-env";

/** Issues a token through the operator CLI against the running e2e server's database. */
function cliToken(email: string): string {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "token:create", "--email", email, "--name", "e2e"], {
    env: e2eCliEnv(),
    encoding: "utf8",
  });
  const token = output.trim().split("\n").at(-1) ?? "";
  expect(token).toMatch(/^krv_/);
  return token;
}

test.describe("REST API", () => {
  test("GET /api/v1/me with a CLI token answers the caller", async ({ request }) => {
    const token = cliToken(demoAccounts.buyerTashkent.email);
    const response = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.user).toMatchObject({ email: demoAccounts.buyerTashkent.email, name: expect.any(String), id: expect.any(String) });
    expect(body.organization).toMatchObject({ type: "BUYER", name: "Tashkent Trade House", country: "UZ", city: "Tashkent", id: expect.any(String) });
    expect(body.roles).toEqual(["buyer_admin"]);
  });

  test("no token, a made-up token and a malformed header answer 401 with the error shape", async ({ request }) => {
    for (const headers of [{} as Record<string, string>, { Authorization: "Bearer krv_notarealtokenatallnotarealtokenatallnotarea" }, { Authorization: "Basic abc" }]) {
      const response = await request.get("/api/v1/me", { headers });
      expect(response.status()).toBe(401);
      const body = await response.json();
      expect(body.error.code).toBe("UNAUTHENTICATED");
      expect(typeof body.error.message).toBe("string");
    }
  });

  test("a token created and revoked on the account page stops working", async ({ page, request }) => {
    await signInAndLand(page, demoAccounts.supplierSuzhou.email, "/supplier");
    await page.goto("/en/account/tokens");
    await page.locator("#field-name").fill("ERP sync");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^krv_/);

    const ok = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);

    await page.reload();
    await page.getByRole("button", { name: "Revoke: ERP sync" }).click();
    await expect(page.getByRole("row", { name: /ERP sync/ })).toContainText("Revoked");

    const revoked = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(revoked.status()).toBe(401);
  });

  test("a malformed JSON body is a 400 in the error shape, and nothing changes", async ({ request }) => {
    const token = cliToken(demoAccounts.buyerAlmaty.email);
    const auth = { Authorization: `Bearer ${token}` };
    const before = await (await request.get("/api/v1/me", { headers: auth })).json();
    const response = await request.patch("/api/v1/me", { headers: { ...auth, "Content-Type": "application/json", "Accept-Language": "ru" }, data: Buffer.from('{"name": "Broken') });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "BAD_REQUEST", message: expect.any(String) } });
    const after = await (await request.get("/api/v1/me", { headers: auth })).json();
    expect(after.user.name).toBe(before.user.name);
  });

  test("a JSON body that is not an object is refused", async ({ request }) => {
    const token = cliToken(demoAccounts.buyerAlmaty.email);
    for (const data of ['"just a string"', "[1,2]", "null"]) {
      const response = await request.patch("/api/v1/me", { headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, data: Buffer.from(data) });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe("BAD_REQUEST");
    }
  });

  test("PATCH /api/v1/me validates and updates the profile", async ({ request }) => {
    const token = cliToken(demoAccounts.finance.email);
    const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const invalid = await request.patch("/api/v1/me", { headers: auth, data: { locale: "fr" } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.fields.locale).toBeTruthy();
    const updated = await request.patch("/api/v1/me", { headers: auth, data: { locale: "kk" } });
    expect(updated.status()).toBe(200);
    expect((await updated.json()).user.locale).toBe("kk");
    // Error messages now follow the user's language.
    const again = await request.patch("/api/v1/me", { headers: auth, data: { name: "" } });
    expect((await again.json()).error.message).not.toBe("Some values are not valid.");
  });

  test("unknown API paths answer a JSON 404", async ({ request }) => {
    const response = await request.get("/api/v1/nothing-here");
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });

  test("GET /api/health reports the database and search", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("ok");
    expect(body.search).toMatchObject({ status: "ok", engine: "embedded" });
  });
});

test.describe("public catalog API", () => {
  test.skip(!existsSync("../shared/data/catalog-5k.jsonl"), "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  test("GET /api/v1/search answers hits with lossless money and facets", async ({ request }) => {
    const response = await request.get("/api/v1/search?q=%D0%BA%D0%B0%D0%B1%D0%B5%D0%BB%D1%8C&locale=ru&limit=5");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(5);
    const hit = body.hits[0];
    expect(hit).toMatchObject({ id: expect.any(String), sku: expect.any(String), title: expect.any(String), category: { slug: expect.any(String), name: expect.any(String) } });
    expect(hit.price).toEqual({ amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: "CNY" });
    expect(typeof body.tookMs).toBe("number");
    expect(Object.keys(body.facets)).toEqual(expect.arrayContaining(["category", "city", "certification", "verified", "incoterm"]));

    const listing = await request.get(`/api/v1/listings/${hit.id}?locale=ru`);
    expect(listing.status()).toBe(200);
    const detail = await listing.json();
    expect(detail.priceTiers[0].unitPrice).toEqual(hit.price);
  });

  test("an unknown or malformed listing id is a JSON 404", async ({ request }) => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "not-a-uuid"]) {
      const response = await request.get(`/api/v1/listings/${id}`);
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });
});
