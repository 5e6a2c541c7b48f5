import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { message } from "./support/locales";

const hasCatalog = existsSync("../shared/data/catalog-5k.jsonl");

test.describe("display currency", () => {
  test.skip(!hasCatalog, "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  test("a visitor picks the sum in the header and sees prices approximately in it, the yuan price still first", async ({ page }) => {
    await page.goto("/uz/search?q=kabel");
    const firstCard = page.locator("main ul > li").filter({ has: page.locator("h3") }).first();
    await expect(firstCard).toContainText("≈");
    await expect(firstCard).toContainText(/soʻm|UZS/);

    await page.locator("header summary", { hasText: "≈" }).click();
    await page.getByRole("button", { name: /^USD/ }).click();
    await expect(page).toHaveURL(/\/uz\/search\?q=kabel$/);
    await expect(firstCard).toContainText("US$");
    await expect(firstCard).toContainText("CN¥");
    await expect(page.locator("header summary", { hasText: "≈" })).toContainText("USD");

    await firstCard.locator("h3 a").click();
    await expect(page.locator("#tiers-heading")).toHaveText(message("uz", "catalog", "listing.price_tiers"));
    await expect(page.locator("section[aria-labelledby=tiers-heading]")).toContainText("≈");
  });
});
