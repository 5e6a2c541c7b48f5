import { expect, test } from "@playwright/test";
import { submitCompanySignUp, uniqueEmail } from "./support/accounts";
import { message } from "./support/locales";

test.describe("company sign-up", () => {
  test("a buyer company registers and lands in its workspace", async ({ page }) => {
    const email = uniqueEmail("buyer.new");
    await page.goto("/en/sign-up");
    await submitCompanySignUp(page, { companyName: "Bishkek Agro Trade", legalName: "OsOO Bishkek Agro Trade", country: "KG", city: "Bishkek", name: "Aibek Toktogulov", email, password: "steppe-wind-2026" });
    await expect(page).toHaveURL(/\/en\/buyer\?welcome=1$/);
    await expect(page.locator("main").getByText("Bishkek Agro Trade")).toBeVisible();
    await page.goto("/en/account/members");
    await expect(page.getByRole("cell", { name: new RegExp(email.replace(/[.]/g, "\\.")) })).toBeVisible();
  });

  test("a supplier registers unverified", async ({ page }) => {
    await page.goto("/zh/sign-up?type=SUPPLIER");
    await submitCompanySignUp(page, { companyName: "常州新材料", legalName: "常州新材料有限公司", city: "常州", name: "李娜", email: uniqueEmail("supplier.new"), password: "grand-canal-2026" });
    await expect(page).toHaveURL(/\/zh\/supplier\?welcome=1$/);
    await expect(page.locator("main").getByText(message("zh", "common", "verification.UNVERIFIED"))).toBeVisible();
  });

  test("an invalid e-mail and a weak password get field errors in the page's language and create nothing", async ({ page }) => {
    const email = uniqueEmail("ru.buyer");
    await page.goto("/ru/sign-up");
    await submitCompanySignUp(page, { companyName: "Астана Снаб", legalName: "ТОО «Астана Снаб»", city: "Астана", name: "Ержан Сапаров", email: "not-an-email", password: "short" });
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
    await submitCompanySignUp(page, { companyName: "Duplicate Co", legalName: "Duplicate Co LLP", city: "Almaty", name: "Someone Else", email: "buyer.almaty@example.com", password: "another-long-pass-9" });
    await expect(page.locator("#field-email-error")).toHaveText(message("en", "errors", "field.email_taken"));
  });
});
