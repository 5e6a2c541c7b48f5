import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoAccounts, signInAndLand } from "./support/accounts";
import { e2eCliEnv } from "./support/server-env";

function cliToken(email: string): string {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "token:create", "--email", email, "--name", "e2e deals"], { env: e2eCliEnv(), encoding: "utf8" });
  return output.trim().split("\n").at(-1) ?? "";
}

const day = 24 * 3600 * 1000;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function organizationId(request: APIRequestContext, token: string): Promise<string> {
  return (await (await request.get("/api/v1/me", { headers: auth(token) })).json()).organization.id;
}

test.describe("RFQ, quote and order REST API across tenants", () => {
  test("only the two parties reach an RFQ, its quotes, its attachments and its order; the award happens once", async ({ request }) => {
    const almaty = cliToken(demoAccounts.buyerAlmaty.email);
    const tashkent = cliToken(demoAccounts.buyerTashkent.email);
    const wuxi = cliToken(demoAccounts.supplierWuxi.email);
    const suzhou = cliToken(demoAccounts.supplierSuzhou.email);

    const upload = await request.post("/api/v1/attachments", { headers: auth(almaty), multipart: { file: { name: "чертёж.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% drawing\n") } } });
    expect(upload.status()).toBe(201);
    const attachment = await upload.json();

    const created = await request.post("/api/v1/rfqs", {
      headers: auth(almaty),
      data: {
        title: "Inverters 10 kW hybrid",
        description: "Гибридные инверторы 10 кВт, 40 шт.",
        categorySlug: "solar-inverter",
        quantity: 40,
        unit: "pc",
        targetPrice: { amount: "450000.00", currency: "KZT" },
        incoterm: "DAP",
        namedPlace: "Almaty",
        destination: { country: "KZ", city: "Almaty" },
        requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10),
        expiresAt: new Date(Date.now() + 10 * day).toISOString(),
        visibility: "INVITED",
        invitedSupplierIds: [await organizationId(request, wuxi)],
        attachmentIds: [attachment.id],
      },
    });
    expect(created.status()).toBe(201);
    const rfq = await created.json();
    expect(rfq).toMatchObject({ status: "OPEN", number: expect.stringMatching(/^RFQ-/) });

    const quoted = await request.post(`/api/v1/rfqs/${rfq.id}/quotes`, {
      headers: auth(wuxi),
      data: { unitPrice: { amount: "6100.00", currency: "CNY" }, quantity: 40, leadTimeDays: 30, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 7 * day).toISOString() },
    });
    expect(quoted.status()).toBe(201);
    const quote = await quoted.json();

    // The invited supplier sees the RFQ and its drawing; nobody else does.
    expect((await request.get(`/api/v1/rfqs/${rfq.id}`, { headers: auth(wuxi) })).status()).toBe(200);
    expect((await request.get(`/api/v1/attachments/${attachment.id}`, { headers: auth(wuxi) })).status()).toBe(200);
    for (const outsider of [tashkent, suzhou]) {
      expect((await request.get(`/api/v1/rfqs/${rfq.id}`, { headers: auth(outsider) })).status()).toBe(404);
      expect((await request.get(`/api/v1/rfqs/${rfq.id}/quotes`, { headers: auth(outsider) })).status()).toBe(404);
      expect((await request.get(`/api/v1/attachments/${attachment.id}`, { headers: auth(outsider) })).status()).toBe(404);
      expect((await request.post(`/api/v1/quotes/${quote.id}/messages`, { headers: auth(outsider), data: { body: "hi" } })).status()).toBe(404);
      const listed = await (await request.get("/api/v1/rfqs", { headers: auth(outsider) })).json();
      expect(listed.rfqs.map((r: { id: string }) => r.id)).not.toContain(rfq.id);
    }
    expect((await request.get(`/api/v1/rfqs/${rfq.id}/comparison`, { headers: auth(tashkent) })).status()).toBe(404);
    expect((await request.post(`/api/v1/quotes/${quote.id}/accept`, { headers: auth(tashkent) })).status()).toBe(404);
    expect((await request.post(`/api/v1/rfqs/${rfq.id}/quotes`, { headers: auth(suzhou), data: { unitPrice: { amount: "1.00", currency: "CNY" }, quantity: 1, leadTimeDays: 1, incoterm: "EXW", namedPlace: "Suzhou", validUntil: new Date(Date.now() + day).toISOString() } })).status()).toBe(404);

    const comparison = await (await request.get(`/api/v1/rfqs/${rfq.id}/comparison`, { headers: auth(almaty) })).json();
    expect(comparison.displayCurrency).toBe("KZT");
    expect(comparison.quotes[0].converted.total.currency).toBe("KZT");

    const [first, second] = await Promise.all([
      request.post(`/api/v1/quotes/${quote.id}/accept`, { headers: auth(almaty) }),
      request.post(`/api/v1/quotes/${quote.id}/accept`, { headers: auth(almaty) }),
    ]);
    expect([first.status(), second.status()].sort()).toEqual([201, 409]);
    const { order } = await (first.status() === 201 ? first : second).json();
    expect(order).toMatchObject({ status: "PENDING_SUPPLIER_CONFIRMATION", total: { amount: "244000.00", currency: "CNY" } });

    for (const outsider of [tashkent, suzhou]) {
      expect((await request.get(`/api/v1/orders/${order.id}`, { headers: auth(outsider) })).status()).toBe(404);
      expect((await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth(outsider), data: { to: "CANCELLED" } })).status()).toBe(404);
    }
    expect((await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth(almaty), data: { to: "CONFIRMED" } })).status()).toBe(403);
    expect((await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth(wuxi), data: { to: "SHIPPED", shipment: { carrier: "x", trackingNumber: "y" } } })).status()).toBe(409);
    const confirmed = await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth(wuxi), data: { to: "CONFIRMED" } });
    expect((await confirmed.json()).status).toBe("CONFIRMED");
  });

  test("bad RFQ input is refused with localized field errors", async ({ request }) => {
    const almaty = cliToken(demoAccounts.buyerAlmaty.email);
    const response = await request.post("/api/v1/rfqs", {
      headers: auth(almaty),
      data: { title: "X", description: "", categorySlug: "solar-panel", quantity: -3, unit: "pc", targetPrice: { amount: "1.005", currency: "KZT" }, incoterm: "FOO", namedPlace: "", destination: { country: "KZ", city: "Almaty" }, requiredBy: "2020-01-01", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(response.status()).toBe(422);
    const { error } = await response.json();
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["title", "quantity", "targetPrice.amount", "incoterm"]));
    // buyer.almaty reads Russian.
    expect(error.fields.quantity).toMatch(/[а-я]/i);
  });
});

test.describe("RFQ and order pages across tenants", () => {
  test("another company's RFQ and order pages are 404, not a glimpse", async ({ browser, request }) => {
    const almaty = cliToken(demoAccounts.buyerAlmaty.email);
    const rfqs = (await (await request.get("/api/v1/rfqs", { headers: auth(almaty) })).json()).rfqs as { id: string; title: string }[];
    const orders = (await (await request.get("/api/v1/orders", { headers: auth(almaty) })).json()).orders as { id: string; number: string; supplier: string }[];
    const rfq = rfqs.at(-1)!; // the demo RFQ: Wuxi invited only
    const order = orders.find((o) => o.supplier.startsWith("Suzhou"))!; // the demo direct order from Suzhou
    const visits: [keyof typeof demoAccounts, string, string][] = [
      ["buyerTashkent", `/ru/rfqs/${rfq.id}`, rfq.title],
      ["buyerTashkent", `/ru/orders/${order.id}`, order.number],
      ["supplierSuzhou", `/zh/rfqs/${rfq.id}`, rfq.title],
      ["supplierWuxi", `/zh/orders/${order.id}`, order.number],
    ];
    for (const [account, path, secret] of visits) {
      const page = await (await browser.newContext()).newPage();
      await signInAndLand(page, demoAccounts[account].email, demoAccounts[account].landing, path.slice(1, 3));
      const response = await page.goto(path);
      expect(response?.status(), `${account} → ${path}`).toBe(404);
      await expect(page.locator("main")).not.toContainText(secret);
      await page.context().close();
    }
  });
});
