import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signInAndLand } from "./support/accounts";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Nothing may force sideways scrolling on a 360 px phone. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const publicPages = ["/en", "/ru", "/zh/sign-in", "/kk/sign-up", "/uz/search?q=kabel", "/ru/search?q=%D1%85%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA&sort=price_asc", "/en/developers", "/zh/developers"];

test.describe("accessibility and small screens", () => {
  for (const path of publicPages) {
    test(`${path} has no serious axe violations and fits 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await expectNoSeriousViolations(page);
      await expectNoHorizontalOverflow(page);
    });
  }

  test("signed-in pages have no serious axe violations", async ({ page }) => {
    await signInAndLand(page, demoAccounts.admin.email, "/hub");
    await expectNoSeriousViolations(page);
    for (const path of ["/en/account", "/en/account/members", "/en/account/tokens"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/ru/account/members");
    await expectNoHorizontalOverflow(page);
  });

  test("the supplier console and the review queue have no serious axe violations and fit 360 px", async ({ browser }) => {
    const supplier = await (await browser.newContext()).newPage();
    await signInAndLand(supplier, demoAccounts.supplierSuzhou.email, "/supplier");
    for (const path of ["/en/supplier/listings", "/zh/supplier/listings/new", "/ru/supplier/import"]) {
      await supplier.goto(path);
      await expectNoSeriousViolations(supplier);
    }
    await supplier.goto("/en/supplier/listings?status=PUBLISHED");
    await supplier.locator("main table a").first().click();
    await expect(supplier).toHaveURL(/\/en\/supplier\/listings\/[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(supplier);
    await supplier.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalOverflow(supplier);
    await supplier.goto("/kk/supplier/listings");
    await expectNoHorizontalOverflow(supplier);

    const moderator = await (await browser.newContext()).newPage();
    await signInAndLand(moderator, demoAccounts.moderator.email, "/hub");
    await moderator.goto("/ru/hub/review");
    await expectNoSeriousViolations(moderator);
    await moderator.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalOverflow(moderator);
  });

  test("the trade pages (RFQs, orders, notifications, FX, mailbox) have no serious axe violations and fit 360 px", async ({ browser }) => {
    test.setTimeout(120_000);
    const visit = async (account: keyof typeof demoAccounts, locale: string, paths: string[], firstRowOf: string[] = []) => {
      const page = await (await browser.newContext()).newPage();
      await signInAndLand(page, demoAccounts[account].email, demoAccounts[account].landing, locale);
      const all = [...paths];
      for (const list of firstRowOf) {
        await page.goto(list);
        const href = await page.locator("main tbody a").first().getAttribute("href");
        if (href) all.push(href);
      }
      for (const path of all) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(path);
        await expectNoSeriousViolations(page);
        await page.setViewportSize({ width: 360, height: 740 });
        await expectNoHorizontalOverflow(page);
      }
      await page.context().close();
    };
    await visit("buyerAlmaty", "ru", ["/ru/rfqs", "/ru/rfqs/new", "/ru/orders", "/ru/notifications"], ["/ru/rfqs", "/ru/orders"]);
    await visit("supplierWuxi", "zh", ["/zh/rfqs"], ["/zh/rfqs"]);
    await visit("finance", "ru", ["/ru/hub/fx"]);
    await visit("admin", "en", ["/en/hub/mailbox", "/en/rfqs"]);
  });

  test("sign-in works with the keyboard alone", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.locator("#field-email").focus();
    await page.keyboard.type(demoAccounts.buyerAlmaty.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("karavan-demo");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/buyer$/);
  });
});
