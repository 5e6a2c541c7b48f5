import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { expectFitsPhone, expectNoSeriousViolations, signedInPage } from "./support/pages";
import { message } from "./support/locales";
import { e2eCliEnv } from "./support/server-env";

// The demo catalog is the shared listing file beside the repository; without it there is no
// listing to request a quote for, and this journey says so instead of failing.
const hasCatalog = existsSync("../shared/data/catalog-5k.jsonl");
const wuxi = "Wuxi Lianfa New Energy Co., Ltd.";

test.describe("RFQ and negotiation", () => {
  test.skip(!hasCatalog, "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  test("a buyer in Almaty requests a quote from a listing, negotiates with a Wuxi supplier in Chinese and accepts", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const marker = `rfq${Date.now().toString(36)}`;

    // A published listing of the Wuxi demo supplier.
    const search = await request.get("/api/v1/search?q=solar&locale=en&city=Wuxi&limit=50");
    expect(search.ok()).toBe(true);
    const { hits } = (await search.json()) as { hits: { id: string; category: { slug: string }; supplier: { id: string; name: string } }[] };
    const listing = hits.find((hit) => hit.supplier.name === wuxi);
    expect(listing, "a solar listing of the Wuxi supplier").toBeTruthy();

    // A competitor in the same category gets an account (through the operator CLI) to quote too.
    const sameCategory = await request.get(`/api/v1/search?category=${listing!.category.slug}&locale=en&limit=100`);
    const rival = ((await sameCategory.json()) as { hits: { supplier: { id: string; name: string } }[] }).hits.find((hit) => hit.supplier.id !== listing!.supplier.id)!.supplier;
    const rivalEmail = `rival.${marker}@example.com`;
    execFileSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "user:create", "--email", rivalEmail, "--name", "Li Na", "--organization", rival.id, "--role", "supplier_admin", "--password", "rival-password-2026", "--locale", "en"], { env: e2eCliEnv() });

    // The buyer starts from the listing, in Russian; the form comes prefilled.
    const buyer = await signedInPage(browser, demoAccounts.buyerAlmaty, "ru");
    await buyer.goto(`/ru/listings/${listing!.id}`);
    await buyer.getByRole("link", { name: message("ru", "rfq", "listing.request_quote") }).click();
    await expect(buyer).toHaveURL(new RegExp(`/ru/rfqs/new\\?listing=${listing!.id}$`));
    await expect(buyer.locator("#rfq-title")).not.toHaveValue("");
    await expect(buyer.locator("#rfq-category")).not.toHaveValue("");
    await expect(buyer.locator("#rfq-country")).toHaveValue("KZ");
    await expect(buyer.locator("#rfq-city")).toHaveValue("Almaty");
    await expect(buyer.locator("#rfq-target-currency option")).toHaveText(["CNY", "USD", "KZT"]);
    await expectNoSeriousViolations(buyer);
    await expectFitsPhone(buyer);

    const title = `${await buyer.locator("#rfq-title").inputValue()} ${marker}`;
    await buyer.locator("#rfq-title").fill(title);
    await buyer.locator("#rfq-description").fill("Панели для склада в Алматы. Нужны сертификаты EAC и паллетная упаковка.");
    await buyer.locator("#rfq-quantity").fill("1 000");
    await buyer.locator("#rfq-target-amount").fill("600,50");
    await buyer.locator("#rfq-target-currency").selectOption("CNY");
    await buyer.locator("#rfq-incoterm").selectOption("FCA");
    await buyer.locator("#rfq-named-place").fill("Khorgos");
    // Open to the whole category: the listing's supplier is invited, and its competitors see it too.
    await expect(buyer.getByLabel(message("ru", "rfq", "form.visibility_CATEGORY").replace("{{supplier}}", wuxi))).toBeChecked();
    await buyer.locator("#rfq-attachments").setInputFiles({ name: "требования.txt", mimeType: "text/plain", buffer: Buffer.from("Мощность не менее 450 Вт; EAC.\n", "utf8") });
    // Wait for the upload to finish (the file joins the list of chosen files), then publish.
    await expect(buyer.getByRole("list", { name: message("ru", "rfq", "attachments.chosen") })).toContainText("требования.txt");
    await buyer.getByRole("button", { name: message("ru", "rfq", "form.publish") }).click();

    await expect(buyer).toHaveURL(/\/ru\/rfqs\/[0-9a-f-]{36}\?published=1$/);
    const rfqPath = new URL(buyer.url()).pathname;
    const rfqId = rfqPath.split("/").at(-1)!;
    await expect(buyer.locator("h1")).toHaveText(title);
    await expect(buyer.locator("main")).toContainText(message("ru", "rfq", "status.OPEN"));
    await expect(buyer.locator(`main a[href^="/api/v1/attachments/"]`)).toContainText("требования.txt");

    // The supplier finds it, unread, in its inbox in Chinese and quotes in CNY.
    const supplier = await signedInPage(browser, demoAccounts.supplierWuxi, "zh");
    await supplier.goto("/zh/rfqs");
    const row = supplier.locator("tbody tr").filter({ hasText: marker });
    await expect(row).toHaveAttribute("data-unviewed", "true");
    await expect(row).toContainText(message("zh", "rfq", "list.new_badge"));
    await expect(row).toContainText(message("zh", "rfq", "list.not_quoted"));
    await row.getByRole("link", { name: title }).click();
    await expect(supplier).toHaveURL(new RegExp(`/zh/rfqs/${rfqId}$`));
    await expect(supplier.locator("#quote-currency option")).toHaveText(["CNY", "USD", "KZT"]);
    await expect(supplier.locator("#quote-quantity")).toHaveValue("1000");
    await expectNoSeriousViolations(supplier);
    await supplier.locator("#quote-unit-price").fill("610.50");
    await supplier.locator("#quote-currency").selectOption("CNY");
    await supplier.locator("#quote-lead-time").fill("25");
    await supplier.locator("#quote-incoterm").selectOption("FCA");
    await supplier.locator("#quote-named-place").fill("Khorgos");
    await supplier.locator("#quote-payment-terms").fill("30% 预付款，70% 发货前付清");
    await supplier.getByRole("button", { name: message("zh", "rfq", "quote_form.submit_first") }).click();
    await expect(supplier).toHaveURL(new RegExp(`/zh/rfqs/${rfqId}\\?offer=1$`));
    await expect(supplier.locator("main")).toContainText(message("zh", "rfq", "quote_form.sent_first"));

    // The competitor quotes in US dollars, in English.
    const competitor = await (await browser.newContext()).newPage();
    await competitor.goto("/en/sign-in");
    await competitor.locator("#field-email").fill(rivalEmail);
    await competitor.locator("#field-password").fill("rival-password-2026");
    await competitor.locator("main form button[type=submit]").click();
    await expect(competitor).toHaveURL(/\/en\/supplier$/);
    await competitor.goto(`/en/rfqs/${rfqId}`);
    await competitor.locator("#quote-unit-price").fill("84.90");
    await competitor.locator("#quote-currency").selectOption("USD");
    await competitor.locator("#quote-lead-time").fill("35");
    await competitor.locator("#quote-named-place").fill("Almaty");
    await competitor.getByRole("button", { name: message("en", "rfq", "quote_form.submit_first") }).click();
    await expect(competitor).toHaveURL(new RegExp(`/en/rfqs/${rfqId}\\?offer=1$`));
    // Neither supplier sees the other's quote or name.
    await expect(competitor.locator("main")).not.toContainText(wuxi);
    await supplier.reload();
    await expect(supplier.locator("main")).not.toContainText(rival.name);

    // The buyer compares it in tenge, with the rate, its source and date under the table.
    await buyer.goto(rfqPath);
    const comparison = buyer.locator("section[aria-labelledby=compare-heading]");
    await expect(buyer.locator("#compare-currency")).toHaveValue("KZT");
    await expect(comparison.locator("tbody tr")).toHaveCount(2);
    await expect(comparison).toContainText("610,50");
    await expect(comparison.locator("tbody")).toContainText("≈");
    await expect(comparison.locator("[data-rate='CNY/KZT']")).toContainText("1 CNY =");
    await expectNoSeriousViolations(buyer);
    await expectFitsPhone(buyer);

    // A question in the thread, then a counter-offer on the price.
    const negotiation = buyer.getByRole("region", { name: wuxi, exact: true });
    const quoteId = (await negotiation.getAttribute("id"))!.replace(/^quote-/, "");
    await buyer.locator(`#message-${quoteId}`).fill("Можно ли отгрузить двумя партиями?");
    await negotiation.getByRole("button", { name: message("ru", "rfq", "messages.send") }).click();
    await expect(negotiation).toContainText(message("ru", "rfq", "messages.sent"));
    await expect(negotiation.locator("ol").last()).toContainText("Можно ли отгрузить двумя партиями?");

    await negotiation.getByText(message("ru", "rfq", "counter.title"), { exact: true }).click();
    await buyer.locator(`#counter-${quoteId}-price`).fill("575");
    await buyer.locator(`#counter-${quoteId}-note`).fill("Готовы заказать сразу при цене 575 CNY.");
    await negotiation.getByRole("button", { name: message("ru", "rfq", "counter.submit") }).click();
    await expect(negotiation).toContainText(message("ru", "rfq", "counter.sent"));
    await expect(negotiation.getByRole("button", { name: message("ru", "rfq", "accept.button") })).toBeDisabled();
    await expect(negotiation).toContainText(message("ru", "rfq", "accept.blocked_awaiting"));

    // The supplier sees the counter-offer and revises, starting from the buyer's terms.
    await supplier.goto(`/zh/rfqs/${rfqId}`);
    await expect(supplier.locator("main")).toContainText(message("zh", "rfq", "negotiation.explain_supplier.COUNTERED"));
    await expect(supplier.locator("main")).toContainText("Можно ли отгрузить двумя партиями?");
    await expect(supplier.locator("#quote-unit-price")).toHaveValue("575.00");
    await supplier.locator("#quote-unit-price").fill("590");
    await supplier.getByRole("button", { name: message("zh", "rfq", "quote_form.submit_revision") }).click();
    await expect(supplier).toHaveURL(new RegExp(`/zh/rfqs/${rfqId}\\?offer=3$`));
    await expect(supplier.locator("main")).toContainText(message("zh", "rfq", "quote_form.sent_revision"));

    // The buyer accepts the revised offer and lands on the new order.
    await buyer.goto(rfqPath);
    await expect(comparison).toContainText("590,00");
    await negotiation.getByRole("button", { name: message("ru", "rfq", "accept.button") }).click();
    await negotiation.getByRole("button", { name: message("ru", "rfq", "accept.confirm_button") }).click();
    await expect(buyer).toHaveURL(/\/ru\/orders\/[0-9a-f-]{36}$/);
    const orderId = new URL(buyer.url()).pathname.split("/").at(-1)!;

    // The RFQ is closed for everyone.
    await competitor.goto("/en/notifications");
    await expect(competitor.locator("main")).toContainText(message("en", "notifications", "quote.declined.subject").split("{{rfqNumber}}")[1]!.trim());

    await supplier.goto(`/zh/rfqs/${rfqId}`);
    await expect(supplier.locator("main")).toContainText(message("zh", "rfq", "status.AWARDED"));
    await expect(supplier.locator("#quote-unit-price")).toHaveCount(0);

    // The order to delivery: each side makes its own steps, in its own language.
    const step = async (page: Page, locale: "ru" | "zh", to: string) => {
      await page.getByRole("button", { name: message(locale, "orders", `action.${to}`), exact: true }).first().click();
      await expect(page.locator("main")).toContainText(message(locale, "orders", `status.${to}`));
    };
    await supplier.goto(`/zh/orders/${orderId}`);
    await step(supplier, "zh", "CONFIRMED");
    await step(supplier, "zh", "AWAITING_PAYMENT");
    // Payment is the settlement's step: finance records the buyer's transfer for the invoice
    // (the full journey through the settlement pages is in settlement-journey.spec.ts).
    const settlement = await (await buyer.request.get(`/api/v1/orders/${orderId}/settlement`)).json();
    const finance = await signedInPage(browser, demoAccounts.finance, "ru");
    // The quote asked for 30 % deposit and 70 % before shipment: two invoices, both paid here.
    expect(settlement.invoices.map((invoice: { kind: string }) => invoice.kind)).toEqual(["DEPOSIT", "BALANCE"]);
    for (const invoice of settlement.invoices as { number: string; paymentReference: string; amount: unknown }[]) {
      const paid = await finance.request.post("/api/v1/payments/bank-transfers", {
        data: { paymentReference: invoice.paymentReference, amount: invoice.amount, bankReference: `E2E-${marker}-${invoice.number}`, valueDate: new Date().toISOString().slice(0, 10) },
      });
      expect(paid.status()).toBe(201);
    }
    await supplier.reload();
    await expect(supplier.locator("main")).toContainText(message("zh", "orders", "status.PAID"));
    await step(supplier, "zh", "IN_PRODUCTION");
    await supplier.getByRole("button", { name: message("zh", "orders", "action.SHIPPED"), exact: true }).click();
    await supplier.locator("#order-carrier").fill("KTZ Express");
    await supplier.locator("#order-tracking").fill(`KTZ-${marker}`);
    await supplier.locator("#order-route").fill("Khorgos rail");
    await supplier.locator("#order-step-fields").getByRole("button", { name: message("zh", "orders", "action.SHIPPED") }).click();
    await expect(supplier.locator("main")).toContainText(`KTZ-${marker}`);

    // The buyer was told about the shipment and confirms the delivery.
    await buyer.goto("/ru/notifications");
    await expect(buyer.locator("main")).toContainText(`KTZ-${marker}`);
    await buyer.goto(`/ru/orders/${orderId}`);
    await expect(buyer.locator("main")).toContainText("Khorgos rail");
    await step(buyer, "ru", "DELIVERED");
    await supplier.goto("/zh/notifications");
    await expect(supplier.locator("main")).toContainText(message("zh", "notifications", "status.DELIVERED"));
  });

  test("a buyer saves a draft, edits it later and publishes it", async ({ browser }) => {
    const marker = `draft${Date.now().toString(36)}`;
    const buyer = await signedInPage(browser, demoAccounts.buyerTashkent, "uz");
    await buyer.goto("/uz/rfqs/new");
    await buyer.locator("#rfq-title").fill(`Mis kabel VVG 3x2,5 ${marker}`);
    await buyer.locator("#rfq-description").fill("Toshkentdagi ombor uchun 5 000 metr mis kabel kerak.");
    await buyer.locator("#rfq-category").selectOption("copper-power-cable");
    await buyer.locator("#rfq-quantity").fill("5000");
    await buyer.locator("#rfq-unit").selectOption("m");
    await buyer.locator("#rfq-named-place").fill("Tashkent");
    // Only chosen suppliers: the category's verified suppliers are offered to pick from.
    await buyer.getByLabel(message("uz", "rfq", "form.visibility_choose_INVITED")).check();
    await buyer.locator("fieldset", { hasText: message("uz", "rfq", "form.invite_legend") }).getByRole("checkbox").first().check();
    await buyer.getByRole("button", { name: message("uz", "rfq", "form.save_draft") }).click();
    await expect(buyer).toHaveURL(/\/uz\/rfqs\/[0-9a-f-]{36}\?saved=1$/);
    await expect(buyer.locator("main")).toContainText(message("uz", "rfq", "status.DRAFT"));

    await buyer.getByRole("link", { name: message("uz", "rfq", "new.edit_link") }).click();
    await expect(buyer.locator("#rfq-title")).toHaveValue(`Mis kabel VVG 3x2,5 ${marker}`);
    await expect(buyer.locator("#rfq-quantity")).toHaveValue("5000");
    await buyer.locator("#rfq-quantity").fill("6 000");
    await buyer.getByRole("button", { name: message("uz", "rfq", "form.publish") }).click();
    await expect(buyer).toHaveURL(/\/uz\/rfqs\/[0-9a-f-]{36}\?published=1$/);
    await expect(buyer.locator("main")).toContainText(message("uz", "rfq", "status.OPEN"));
    await expect(buyer.locator("main")).toContainText("6 000");
  });
});
