import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demoAccounts, signInAndLand } from "./support/accounts";
import { message } from "./support/locales";

/** Two good rows around a bad one (line 3: an HS code that is too short); SKUs unique per run. */
function catalogCsv(run: string): string {
  return [
    "sku,supplier,category,title.en,title.zh,hsCode,unit,moq,currency,priceTiers,leadTimeDays,incoterms,certifications",
    `E2E-${run}-TILE,SUP-0062,ceramic-tiles,"Porcelain tile 600x600, matt",瓷砖 600x600,6907.21,m²,200,CNY,200:38.50;1000:35.00,15,FOB Shanghai;DAP Almaty,CE`,
    `E2E-${run}-BAD,,pvc-pipe,PVC pipe with a broken HS code,,39,m,500,CNY,500:12.80,20,EXW,`,
    `E2E-${run}-PIPE,,pvc-pipe,PVC drainage pipe 110 mm,PVC 排水管,3917.23,m,500,CNY,500:12.80;5000:11.60,20,FCA Suzhou,ISO 9001`,
  ].join("\n");
}

test.describe("catalog import in the supplier console", () => {
  test("uploads a CSV, shows progress, counts and the rejected line with its reason", async ({ page }) => {
    await signInAndLand(page, demoAccounts.supplierSuzhou.email, "/supplier");
    await page.goto("/en/supplier/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("en", "imports", "title"));

    const run = Date.now().toString(36);
    const fileName = `e2e-${run}.csv`;
    await page.locator("input[type=file][name=file]").setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(catalogCsv(run), "utf8") });
    await page.getByRole("button", { name: message("en", "imports", "form.start") }).click();

    const result = page.getByTestId("import-result");
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("import-created")).toHaveText("2");
    await expect(page.getByTestId("import-updated")).toHaveText("0");
    await expect(page.getByTestId("import-failed")).toHaveText("1");
    await expect(result).toContainText(message("en", "imports", "result.drafts"));

    const rows = page.getByTestId("import-issues").locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator("th")).toHaveText("3");
    await expect(rows.first()).toContainText(`E2E-${run}-BAD`);
    await expect(rows.first()).toContainText("hsCode");
    await expect(rows.first()).toContainText(message("en", "errors", "field.hs_code_invalid"));

    // The report has its own URL and the import is listed as finished.
    await expect(page).toHaveURL(/\/en\/supplier\/import\?id=[0-9a-f-]{36}$/);
    const recent = page.getByTestId("recent-imports").locator("li").filter({ hasText: fileName });
    await expect(recent).toContainText(message("en", "imports", "recent.status.SUCCEEDED"));

    // The same report after a reload, on a phone, with no serious accessibility problems.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect(page.getByTestId("import-failed")).toHaveText("1");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });

  test("says why a file is refused before uploading it", async ({ page }) => {
    await signInAndLand(page, demoAccounts.supplierSuzhou.email, "/supplier");
    await page.goto("/en/supplier/import");
    await page.getByRole("button", { name: message("en", "imports", "form.start") }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText(message("en", "errors", "field.file_required"));
    await page.locator("input[type=file][name=file]").setInputFiles({ name: "catalog.xlsx", mimeType: "application/vnd.ms-excel", buffer: Buffer.from("not a catalog") });
    await page.getByRole("button", { name: message("en", "imports", "form.start") }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText(message("en", "errors", "field.catalog_file_type"));
  });

  test("offers an example file that matches the format", async ({ request }) => {
    const response = await request.get("/api/v1/catalog-imports/example?format=csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text).toContain("sku,supplier,category");
    expect(text).toContain("ceramic-tiles");
  });
});
