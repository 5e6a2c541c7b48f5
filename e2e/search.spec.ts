import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { message } from "./support/locales";

// The demo catalog is the shared 5,000-listing file beside the repository; without it there is
// nothing to search, and these journeys say so instead of failing.
const hasCatalog = existsSync("../shared/data/catalog-5k.jsonl");

test.describe("catalog search", () => {
  test.skip(!hasCatalog, "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  const queries = [
    { locale: "uz", q: "muzlatgich" },
    { locale: "uz", q: "музлатгич" },
    { locale: "ru", q: "холодильник" },
    { locale: "ru", q: "холодильники" },
    { locale: "kk", q: "тоназыткыш" },
    { locale: "zh", q: "冰箱" },
    { locale: "en", q: "refrigerator" },
  ] as const;

  for (const { locale, q } of queries) {
    test(`"${q}" in ${locale} finds refrigerators`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      const first = page.locator("main ul > li").filter({ has: page.locator("h3") }).first();
      await expect(first).toBeVisible();
      await first.locator("h3 a").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/listings/`));
      const breadcrumb = (await page.locator("nav[aria-label=breadcrumb]").textContent()) ?? "";
      expect(breadcrumb.toLowerCase()).toMatch(/холодильник|refrigerator|muzlatgich|тоңазытқыш|冰箱/);
    });
  }

  test("facets narrow the results, live in the URL and survive the back button", async ({ page }) => {
    await page.goto("/en/search?q=refrigerator");
    const heading = page.locator("#results-heading");
    const before = Number(await heading.getAttribute("data-total"));
    expect(before).toBeGreaterThan(0);
    await page.locator("#facet-form").getByLabel("EAC").check();
    await expect(page).toHaveURL(/cert=EAC/);
    await expect(page.locator("main ul > li h3").first()).toBeVisible();
    for (const card of await page.locator("main section[aria-labelledby=results-heading] > ul > li").all()) {
      await expect(card.getByRole("list", { name: message("en", "catalog", "listing.certifications") })).toContainText("EAC");
    }
    await expect.poll(async () => Number(await heading.getAttribute("data-total"))).toBeLessThan(before);
    expect(Number(await heading.getAttribute("data-total"))).toBeGreaterThan(0);
    await page.goBack();
    await expect(page).not.toHaveURL(/cert=EAC/);
  });

  test("results come as you type and the query lands in the URL", async ({ page }) => {
    await page.goto("/ru/search");
    await page.locator("#search-page-q").fill("кабель");
    await expect(page).toHaveURL(/q=%D0%BA%D0%B0%D0%B1%D0%B5%D0%BB%D1%8C/);
    await expect(page.locator("main ul > li h3 mark").first()).toBeVisible();
  });

  test("the first page of results works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/search?q=solar+panel&verified=1&sort=price_asc");
    await expect(page.locator("main ul > li h3").first()).toBeVisible();
    await context.close();
  });

  test("a query that matches nothing offers a way out", async ({ page }) => {
    await page.goto("/en/search?q=zzqxjv");
    await expect(page.getByText(message("en", "catalog", "search.empty_title"))).toBeVisible();
    await expect(page.getByRole("link", { name: message("en", "catalog", "search.relax") })).toBeVisible();
  });

  test("the home page counts listings per category and links to verified suppliers", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { name: message("en", "catalog", "home.featured_suppliers") })).toBeVisible();
    await page.locator("section[aria-labelledby=suppliers-heading] a").first().click();
    await expect(page).toHaveURL(/\/en\/suppliers\//);
    await expect(page.locator("main ul > li h3").first()).toBeVisible();
  });
});
