import { expect, type Page } from "@playwright/test";

export const demoPassword = "karavan-demo";

export const demoAccounts = {
  buyerAlmaty: { email: "buyer.almaty@example.com", landing: "/buyer" },
  buyerTashkent: { email: "buyer.tashkent@example.com", landing: "/buyer" },
  supplierSuzhou: { email: "supplier.suzhou@example.com", landing: "/supplier" },
  supplierWuxi: { email: "supplier.wuxi@example.com", landing: "/supplier" },
  moderator: { email: "moderator@example.com", landing: "/hub" },
  finance: { email: "finance@example.com", landing: "/hub" },
  admin: { email: "admin@example.com", landing: "/hub" },
} as const;

/** A unique address per call so tests never collide, even on retries. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export async function signIn(page: Page, email: string, password = demoPassword, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await page.locator("main form button[type=submit]").click();
}

export async function signInAndLand(page: Page, email: string, landing: string, locale = "en") {
  await signIn(page, email, demoPassword, locale);
  await expect(page).toHaveURL(new RegExp(`/${locale}${landing}$`));
}

export type CompanyForm = { companyName: string; legalName: string; city: string; name: string; email: string; password: string; country?: string };

/** Fills the company sign-up form (already open) and submits it. */
export async function submitCompanySignUp(page: Page, form: CompanyForm) {
  await page.locator("#field-companyName").fill(form.companyName);
  await page.locator("#field-legalName").fill(form.legalName);
  if (form.country) await page.locator("#field-country").selectOption(form.country);
  await page.locator("#field-city").fill(form.city);
  await page.locator("#field-name").fill(form.name);
  await page.locator("#field-email").fill(form.email);
  await page.locator("#field-password").fill(form.password);
  await page.locator("main form button[type=submit]").click();
}
