import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { signInAndLand } from "./accounts";

/** A fresh browser context signed in as a demo account, on its landing page in that language. */
export async function signedInPage(browser: Browser, account: { email: string; landing: string }, locale = "en"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndLand(page, account.email, account.landing, locale);
  return page;
}

/** axe finds nothing serious or critical on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** At 360 px nothing may scroll the page sideways; wide tables scroll inside their wrapper. */
export async function expectFitsPhone(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}
