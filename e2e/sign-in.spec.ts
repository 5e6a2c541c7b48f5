import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, signInAndLand, submitCompanySignUp, uniqueEmail } from "./support/accounts";
import { message, messages } from "./support/locales";

test.describe("sign-in and roles", () => {
  for (const [name, account] of Object.entries(demoAccounts)) {
    test(`${name} lands on their role's page`, async ({ page }) => {
      await signInAndLand(page, account.email, account.landing);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("a buyer is refused the supplier and hub pages", async ({ page }) => {
    await signInAndLand(page, demoAccounts.buyerAlmaty.email, "/buyer");
    for (const path of ["/en/supplier", "/en/hub"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText(message("en", "common", "errors.forbidden_title"));
    }
  });

  test("a visitor without a session is sent to sign in, then back", async ({ page }) => {
    await page.goto("/en/account/tokens");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
    await page.locator("#field-email").fill(demoAccounts.supplierWuxi.email);
    await page.locator("#field-password").fill("karavan-demo");
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/account\/tokens$/);
  });

  test("five wrong passwords throttle the account, even for the right password", async ({ page }) => {
    // A fresh account, so the demo accounts other tests use are never locked.
    const email = uniqueEmail("throttle");
    await page.goto("/en/sign-up");
    await submitCompanySignUp(page, { companyName: "Throttle Test LLP", legalName: "Throttle Test LLP", city: "Almaty", name: "Test Person", email, password: "a-Long-enough-secret-42" });
    await expect(page).toHaveURL(/\/en\/buyer\?welcome=1$/);
    await page.context().clearCookies();

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signIn(page, email, "wrong-password-123");
      await expect(page.locator("main").getByRole("alert")).toHaveText(message("en", "auth", "sign_in.invalid"));
    }
    await signIn(page, email, "a-Long-enough-secret-42");
    await expect(page.locator("main").getByRole("alert")).toHaveText(message("en", "auth", "sign_in.throttled"));
    await expect(page).toHaveURL(/\/en\/sign-in$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAndLand(page, demoAccounts.supplierSuzhou.email, "/supplier");
    await page.locator("header details summary").last().click();
    await page.getByRole("button", { name: message("en", "common", "nav.sign_out") }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/supplier");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});

test("hub staff read the audit trail in their own language", async ({ page }) => {
  await signInAndLand(page, demoAccounts.admin.email, "/hub");
  await page.goto("/ru/hub");
  const translated = Object.values(messages("ru", "dashboard", "audit_action")).flatMap((group) => Object.values(group));
  const actions = page.locator("section[aria-labelledby=recent-events] li > span:first-child");
  await expect(actions.first()).toBeVisible();
  for (const text of await actions.allTextContents()) expect(translated).toContain(text);
});
