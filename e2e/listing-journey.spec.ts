import { expect, test } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { signedInPage } from "./support/pages";
import { message } from "./support/locales";

test.describe("supplier listing journey", () => {
  test("a supplier creates a listing in three languages, the hub approves it, buyers find it", async ({ browser }) => {
    const marker = `zx${Date.now().toString(36)}`;
    const supplier = await signedInPage(browser, demoAccounts.supplierSuzhou);
    await supplier.goto("/en/supplier/listings/new");
    await supplier.locator("#field-sku").fill(`E2E-${marker}`);
    await supplier.locator("#field-category").selectOption("solar-panel");
    await supplier.locator("#field-hsCode").fill("8541.43");
    await supplier.locator("#field-unit").selectOption("pc");
    await supplier.locator("#title-en").fill(`Monocrystalline solar panel 450 W ${marker}`);
    await supplier.locator("#description-en").fill("Half-cut cells, 25-year linear warranty.");
    await supplier.getByRole("tab", { name: "Русский" }).click();
    await supplier.locator("#title-ru").fill(`Солнечная панель 450 Вт ${marker}`);
    await supplier.getByRole("tab", { name: "中文" }).click();
    await supplier.locator("#title-zh").fill(`单晶太阳能板 450W ${marker}`);
    await supplier.locator("#field-moq").fill("100");
    await supplier.locator("#field-leadTimeDays").fill("25");
    await supplier.locator("#tier-0-qty").fill("100");
    await supplier.locator("#tier-0-price").fill("610.50");
    await supplier.getByRole("button", { name: message("en", "console", "editor.add_tier") }).click();
    await supplier.locator("#tier-1-qty").fill("50");
    await supplier.locator("#tier-1-price").fill("590");
    await supplier.locator("#incoterm-0-term").selectOption("FOB");
    await supplier.locator("#incoterm-0-place").fill("Shanghai");
    await supplier.getByLabel("CE", { exact: true }).check();
    await supplier.locator("#spec-0-name").fill("Power");
    await supplier.locator("#spec-0-value").fill("450 W");
    await supplier.getByRole("button", { name: message("en", "console", "editor.create") }).click();

    // Tiers must climb: the form says so next to the tier and keeps everything typed.
    await expect(supplier.locator("main")).toContainText(message("en", "errors", "field.tiers_not_ascending"));
    await expect(supplier.locator("#title-en")).toHaveValue(`Monocrystalline solar panel 450 W ${marker}`);
    await supplier.locator("#tier-1-qty").fill("500");
    await supplier.getByRole("button", { name: message("en", "console", "editor.create") }).click();

    await expect(supplier).toHaveURL(/\/en\/supplier\/listings\/[0-9a-f-]{36}\?created=1$/);
    await expect(supplier.locator("main")).toContainText(message("en", "console", "status.DRAFT"));
    const listingUrl = new URL(supplier.url());
    const listingId = listingUrl.pathname.split("/").at(-1)!;

    await supplier.getByRole("button", { name: message("en", "console", "transition.submit") }).click();
    await expect(supplier.locator("main")).toContainText(message("en", "console", "transition_done.submit"));

    // Not visible to buyers before approval.
    const anonymous = await (await browser.newContext()).newPage();
    const hidden = await anonymous.goto(`/en/listings/${listingId}`);
    expect(hidden?.status()).toBe(404);

    // The moderator approves it from the review queue, in Russian.
    const moderator = await signedInPage(browser, demoAccounts.moderator, "ru");
    await moderator.goto("/ru/hub/review");
    const item = moderator.locator("li").filter({ hasText: marker });
    await expect(item).toBeVisible();
    await item.getByRole("button", { name: message("ru", "review", "approve") }).click();
    await expect(moderator.locator("main")).toContainText(message("ru", "review", "approved"));

    // A buyer in Almaty finds it in Russian and reads the Russian title with its price tiers.
    await expect(async () => {
      await anonymous.goto(`/ru/search?q=${marker}`);
      await expect(anonymous.locator("main h3 a").first()).toContainText(`Солнечная панель 450 Вт ${marker}`, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await anonymous.locator("main h3 a").first().click();
    await expect(anonymous.locator("h1")).toContainText(`Солнечная панель 450 Вт ${marker}`);
    await expect(anonymous.locator("main")).toContainText(/610,50/);
  });

  test("a rejected listing shows the moderator's reason to the supplier", async ({ browser }) => {
    const marker = `rj${Date.now().toString(36)}`;
    const supplier = await signedInPage(browser, demoAccounts.supplierWuxi);
    await supplier.goto("/en/supplier/listings/new");
    await supplier.locator("#field-sku").fill(`E2E-${marker}`);
    await supplier.locator("#field-category").selectOption("solar-inverter");
    await supplier.locator("#field-hsCode").fill("8504.40");
    await supplier.locator("#title-en").fill(`Hybrid inverter 5 kW ${marker}`);
    await supplier.locator("#field-moq").fill("10");
    await supplier.locator("#field-leadTimeDays").fill("30");
    await supplier.locator("#tier-0-qty").fill("10");
    await supplier.locator("#tier-0-price").fill("3200");
    await supplier.locator("#incoterm-0-term").selectOption("EXW");
    await supplier.getByRole("button", { name: message("en", "console", "editor.create") }).click();
    await expect(supplier).toHaveURL(/created=1$/);
    await supplier.getByRole("button", { name: message("en", "console", "transition.submit") }).click();
    await expect(supplier.locator("main")).toContainText(message("en", "console", "transition_done.submit"));

    const moderator = await signedInPage(browser, demoAccounts.moderator);
    await moderator.goto("/en/hub/review");
    const item = moderator.locator("li").filter({ hasText: marker });
    await item.getByRole("button", { name: message("en", "review", "reject") }).click();
    await expect(item).toContainText(message("en", "errors", "field.reason_required"));
    await item.getByLabel(message("en", "review", "reason_label")).fill("Add the inverter's datasheet values as specifications.");
    await item.getByRole("button", { name: message("en", "review", "reject") }).click();
    await expect(item).toContainText(message("en", "review", "rejected"));

    await supplier.reload();
    await expect(supplier.locator("main")).toContainText(message("en", "console", "status.REJECTED"));
    await expect(supplier.locator("main")).toContainText("Add the inverter's datasheet values as specifications.");
  });
});
