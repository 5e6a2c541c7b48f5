import { expect, test } from "@playwright/test";
import { demoAccounts, submitCompanySignUp, uniqueEmail } from "./support/accounts";
import { message } from "./support/locales";
import { expectFitsPhone, expectNoSeriousViolations, signedInPage } from "./support/pages";

/** A real 1×1 PNG: uploads are checked by their bytes, not their names. */
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test.describe("supplier verification", () => {
  test("a new supplier submits its licence in Chinese, is rejected with a reason it reads in Chinese, resubmits and is verified by a Russian-speaking moderator", async ({ browser }) => {
    test.setTimeout(180_000);
    const company = `常州光伏 ${Date.now().toString(36)}`;
    const supplier = await (await browser.newContext()).newPage();
    await supplier.goto("/zh/sign-up?type=SUPPLIER");
    await submitCompanySignUp(supplier, { companyName: company, legalName: `${company}有限公司`, city: "常州", name: "李娜", email: uniqueEmail("verify.zh"), password: "grand-canal-2026" });
    await expect(supplier).toHaveURL(/\/zh\/supplier\?welcome=1$/);

    // Documents, in Chinese: credit code, representative, address, licence (PDF) and a factory photo.
    await supplier.goto("/zh/supplier/verification");
    await supplier.locator("#field-creditCode").fill("91350100M000100Y43");
    await supplier.locator("#field-legalRepresentative").fill("李娜");
    await supplier.locator("#field-registeredAddress").fill("江苏省常州市新北区光伏产业园 8 号");
    await supplier.locator("#document-BUSINESS_LICENSE").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: pdf });
    await expect(supplier.locator("main")).toContainText("营业执照.pdf");
    await supplier.locator("#document-FACTORY_PHOTO").setInputFiles({ name: "车间.png", mimeType: "image/png", buffer: png });
    await expect(supplier.locator("main")).toContainText("车间.png");
    await expectNoSeriousViolations(supplier);
    await expectFitsPhone(supplier);
    await supplier.getByRole("button", { name: message("zh", "verification", "form.submit") }).click();
    // Waiting for the hub: the form gives way to the pending status.
    await expect(supplier.locator("main")).toContainText(message("zh", "verification", "supplier.status_hint.PENDING"));

    // The moderator, in Russian, rejects: the licence scan cannot be read.
    const moderator = await signedInPage(browser, demoAccounts.moderator, "ru");
    await moderator.goto("/ru/hub/verification");
    await expectNoSeriousViolations(moderator);
    await moderator.getByRole("link", { name: message("ru", "verification", "queue.open_for").replace("{{name}}", company) }).click();
    await expect(moderator.locator("main")).toContainText("91350100M000100Y43");
    await moderator.locator("#decision-reason").selectOption("licence_unreadable");
    await moderator.locator("#decision-note").fill("Скан размыт, пожалуйста, загрузите чёткую копию.");
    await moderator.getByRole("button", { name: message("ru", "verification", "review.reject") }).click();
    await expect(moderator.locator("main")).toContainText(message("ru", "verification", "request_status.REJECTED"));

    // The supplier reads the reason in Chinese and submits again (the documents are kept).
    await supplier.goto("/zh/supplier/verification");
    await expect(supplier.locator("main")).toContainText(message("zh", "verification", "reason.licence_unreadable"));
    await expect(supplier.locator("#field-creditCode")).toHaveValue("91350100M000100Y43");
    await supplier.getByRole("button", { name: message("zh", "verification", "form.submit") }).click();
    // Waiting for the hub: the form gives way to the pending status.
    await expect(supplier.locator("main")).toContainText(message("zh", "verification", "supplier.status_hint.PENDING"));

    // The moderator approves with the checks done; the supplier is verified.
    await moderator.goto("/ru/hub/verification");
    await moderator.getByRole("link", { name: message("ru", "verification", "queue.open_for").replace("{{name}}", company) }).click();
    for (const check of ["licence_authentic", "credit_code_registry", "company_name"]) await moderator.getByLabel(message("ru", "verification", `check.${check}`)).check();
    await moderator.getByRole("button", { name: message("ru", "verification", "review.approve") }).click();
    await expect(moderator.locator("main")).toContainText(message("ru", "verification", "request_status.APPROVED"));
    await supplier.goto("/zh/supplier/verification");
    await expect(supplier.locator("main")).toContainText(message("zh", "verification", "supplier.status_hint.VERIFIED"));

    // Now verified, it publishes a listing: solar panels without an EAC certificate are flagged…
    const marker = company.split(" ").at(-1)!;
    const title = `Mono PV module 550 W ${marker}`;
    const created = await supplier.request.post("/api/v1/listings", {
      data: { sku: `PV-${Date.now().toString(36)}`, category: "solar-panel", title: { zh: `单晶硅光伏组件 550W ${marker}`, en: title }, hsCode: "8541.43", unit: "pc", moq: 100, currency: "CNY", priceTiers: [{ minQty: 100, unitPrice: "560.00" }], leadTimeDays: 20, incoterms: [{ term: "FOB", place: "Shanghai" }], certifications: ["CE"], specifications: {} },
    });
    expect(created.status()).toBe(201);
    const listingId = ((await created.json()) as { id: string }).id;
    expect((await supplier.request.post(`/api/v1/listings/${listingId}/submit`)).status()).toBe(200);
    // The queue is oldest first; the new listing is on the last page of the flagged ones.
    const item = moderator.locator("article", { hasText: title });
    for (let page = 1; page <= 10; page += 1) {
      await moderator.goto(`/ru/hub/review?view=flagged_only&page=${page}`);
      if (await item.count()) break;
    }
    await expect(item).toContainText(message("ru", "review", "flags.heading"));
    await expectNoSeriousViolations(moderator);
    // …and the moderator approves it anyway (it can still be sold to Uzbekistan); buyers find it.
    await item.getByRole("button", { name: message("ru", "review", "approve"), exact: true }).click();
    await expect(item).toContainText(message("ru", "review", "approved"));
    await supplier.goto(`/zh/listings/${listingId}`);
    await expect(supplier.locator("main")).toContainText(`单晶硅光伏组件 550W ${marker}`);
  });
});
