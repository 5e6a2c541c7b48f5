import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";
import { message } from "./support/locales";

test.describe("company sign-up", () => {
  test("a buyer company registers and lands in its workspace", async ({ page }) => {
    const email = uniqueEmail("buyer.new");
    await page.goto("/en/sign-up");
    await page.locator("#field-companyName").fill("Bishkek Agro Trade");
    await page.locator("#field-legalName").fill("OsOO Bishkek Agro Trade");
    await page.locator("#field-country").selectOption("KG");
    await page.locator("#field-city").fill("Bishkek");
    await page.locator("#field-name").fill("Aibek Toktogulov");
    await page.locator("#field-email").fill(email);
    await page.locator("#field-password").fill("steppe-wind-2026");
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/buyer\?welcome=1$/);
    await expect(page.locator("main").getByText("Bishkek Agro Trade")).toBeVisible();
    await page.goto("/en/account/members");
    await expect(page.getByRole("cell", { name: new RegExp(email.replace(/[.]/g, "\\.")) })).toBeVisible();
  });

  test("a supplier registers unverified", async ({ page }) => {
    await page.goto("/zh/sign-up?type=SUPPLIER");
    await page.locator("#field-companyName").fill("常州新材料");
    await page.locator("#field-legalName").fill("常州新材料有限公司");
    await page.locator("#field-city").fill("常州");
    await page.locator("#field-name").fill("李娜");
    await page.locator("#field-email").fill(uniqueEmail("supplier.new"));
    await page.locator("#field-password").fill("grand-canal-2026");
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/zh\/supplier\?welcome=1$/);
    await expect(page.locator("main").getByText(message("zh", "common", "verification.UNVERIFIED"))).toBeVisible();
  });

  test("an invalid e-mail and a weak password get field errors in the page's language and create nothing", async ({ page }) => {
    const email = uniqueEmail("ru.buyer");
    await page.goto("/ru/sign-up");
    await page.locator("#field-companyName").fill("Астана Снаб");
    await page.locator("#field-legalName").fill("ТОО «Астана Снаб»");
    await page.locator("#field-city").fill("Астана");
    await page.locator("#field-name").fill("Ержан Сапаров");
    await page.locator("#field-email").fill("not-an-email");
    await page.locator("#field-password").fill("short");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#field-email-error")).toHaveText(message("ru", "errors", "field.email_invalid"));
    await expect(page.locator("#field-password-error")).toHaveText(message("ru", "errors", "field.password_too_short"));
    await expect(page).toHaveURL(/\/ru\/sign-up$/);
    // What the user typed is kept (except the password).
    await expect(page.locator("#field-companyName")).toHaveValue("Астана Снаб");

    // Nothing was created: the same company registers once the e-mail and password are fixed.
    await page.locator("#field-email").fill(email);
    await page.locator("#field-password").fill("qwerty1234");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#field-password-error")).toHaveText(message("ru", "errors", "field.password_common"));
    await expect(page.locator("#field-email-error")).toHaveCount(0);
    await page.locator("#field-password").fill("stepnoy-veter-77");
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/ru\/buyer\?welcome=1$/);
  });

  test("registering an e-mail twice is refused", async ({ page }) => {
    await page.goto("/en/sign-up");
    await page.locator("#field-companyName").fill("Duplicate Co");
    await page.locator("#field-legalName").fill("Duplicate Co LLP");
    await page.locator("#field-city").fill("Almaty");
    await page.locator("#field-name").fill("Someone Else");
    await page.locator("#field-email").fill("buyer.almaty@example.com");
    await page.locator("#field-password").fill("another-long-pass-9");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#field-email-error")).toHaveText(message("en", "errors", "field.email_taken"));
  });
});
