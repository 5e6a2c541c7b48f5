import { expect, test } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { signedInPage } from "./support/pages";

/** Staff pages and who may not open them: companies never; finance and moderators not each other's. */
const staffPages = ["/hub", "/hub/payments", "/hub/finance", "/hub/audit", "/hub/disputes", "/hub/verification", "/hub/reviews", "/hub/review", "/hub/fx", "/hub/monitoring"];
const moderationPages = ["/hub/audit", "/hub/disputes", "/hub/verification", "/hub/reviews", "/hub/review", "/hub/monitoring"];
const financePages = ["/hub/payments", "/hub/fx"];

test.describe("staff routes", () => {
  test("buyers and suppliers reach no staff page or staff API", async ({ browser }) => {
    for (const account of [demoAccounts.buyerAlmaty, demoAccounts.supplierWuxi]) {
      const page = await signedInPage(browser, account, "en");
      for (const path of staffPages) expect((await page.goto(`/en${path}`))?.status(), `${account.email} ${path}`).toBe(403);
      expect((await page.request.get("/api/v1/audit-events")).status()).toBe(403);
      expect((await page.request.post("/api/v1/payments/bank-transfers", { data: { paymentReference: "x", amount: { amount: "1.00", currency: "KZT" }, bankReference: "NOPE-1", valueDate: "2026-11-01" } })).status()).toBe(403);
      await page.context().close();
    }
  });

  test("finance cannot moderate and moderators cannot move money", async ({ browser }) => {
    const finance = await signedInPage(browser, demoAccounts.finance, "en");
    for (const path of moderationPages) expect((await finance.goto(`/en${path}`))?.status(), `finance ${path}`).toBe(403);
    expect((await finance.request.get("/api/v1/audit-events")).status()).toBe(403);
    const moderator = await signedInPage(browser, demoAccounts.moderator, "en");
    for (const path of financePages) expect((await moderator.goto(`/en${path}`))?.status(), `moderator ${path}`).toBe(403);
    expect((await moderator.request.post("/api/v1/payments/bank-transfers", { data: { paymentReference: "x", amount: { amount: "1.00", currency: "KZT" }, bankReference: "NOPE-2", valueDate: "2026-11-01" } })).status()).toBe(403);
    for (const path of moderationPages) expect((await moderator.goto(`/en${path}`))?.status(), `moderator ${path}`).toBe(200);
  });
});
