import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { locales, message } from "./support/locales";

test.describe("localization", () => {
  for (const locale of locales) {
    test(`home page in ${locale} is translated and declares lang=${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "home", "hero.title"));
      await expect(page.getByRole("heading", { name: message(locale, "home", "categories.title") })).toBeVisible();
      // The taxonomy shows in the page's language, with counts.
      const firstCategory = page.locator("#categories-heading + ul > li").first();
      await expect(firstCategory).toBeVisible();
      if (locale === "zh") await expect(page.getByRole("heading", { name: "电线电缆" })).toBeVisible();
      if (locale === "ru") await expect(page.getByRole("heading", { name: "Электрические кабели и провода" })).toBeVisible();
      if (locale === "kk") await expect(page.getByRole("heading", { name: "Электр кабельдері мен сымдары" })).toBeVisible();
    });
  }

  test("the root negotiates from Accept-Language, then remembers the choice in a cookie", async ({ browser }) => {
    // The browser derives Accept-Language from its locale ("ru-RU,ru;q=0.9").
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await page.goto("/zh/sign-in");
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });

  test("the locale switcher keeps the current page and query", async ({ page }) => {
    await page.goto("/en/search?q=cable");
    await page.locator("header details summary").first().click();
    await page.getByRole("link", { name: "Қазақша" }).click();
    await expect(page).toHaveURL(/\/kk\/search\?q=cable$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  });

  test("search finds listings from a query in another language or an HS code", async ({ page }) => {
    test.skip(!existsSync("../shared/data/catalog-5k.jsonl"), "no shared catalog beside the repository, so the demo has no listings");
    await page.goto("/en/search?q=%D0%BA%D0%B0%D0%B1%D0%B5%D0%BB%D1%8C"); // "кабель"
    await expect(page.getByRole("link", { name: /Copper power cable/ }).first()).toBeVisible();
    await page.goto("/ru/search?q=8544");
    await expect(page.locator("main").getByText(/Медный силовой кабель/).first()).toBeVisible();
  });
});
