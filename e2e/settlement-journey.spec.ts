import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { demoAccounts } from "./support/accounts";
import { expectFitsPhone, expectNoSeriousViolations, signedInPage } from "./support/pages";
import { message } from "./support/locales";

const hasCatalog = existsSync("../shared/data/catalog-5k.jsonl");
const wuxi = "Wuxi Lianfa New Energy Co., Ltd.";

async function expectAccessibleAndFits(page: Page) {
  await expectNoSeriousViolations(page);
  await expectFitsPhone(page);
}

/** Minor units from a CSV amount ("4122050.56"); empty cells are zero. */
const minor = (text: string | undefined) => (text ? BigInt(text.replace(".", "")) : 0n);

/**
 * The statement CSV of a party, checked against the ledger: opening + debits − credits is the
 * closing balance on every row, the totals row matches the lines, and the closing balance is
 * the account's balance in the ledger (the statement API's ledgerBalance, read separately).
 */
async function expectStatementSumsToLedger(page: Page, locale: "ru" | "zh", currency: string) {
  await page.goto(`/${locale}/statements?currency=${currency}`);
  await expect(page.getByTestId("statement-line").first()).toBeVisible();
  await expectAccessibleAndFits(page);
  const href = await page.getByTestId("statement-csv").getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const rows = parse(csv.replace(/^\uFEFF/, "")) as string[][];
  const [, opening, ...rest] = rows;
  const closing = rest.at(-1)!;
  const lines = rest.slice(0, -1);
  expect(lines.length).toBeGreaterThan(0);
  let balance = minor(opening![6]);
  for (const line of lines) {
    balance += minor(line[4]) - minor(line[5]);
    expect(minor(line[6])).toBe(balance);
    expect(line[7]).toBe(currency);
  }
  expect(minor(closing[4])).toBe(lines.reduce((sum, line) => sum + minor(line[4]), 0n));
  expect(minor(closing[5])).toBe(lines.reduce((sum, line) => sum + minor(line[5]), 0n));
  expect(minor(closing[6])).toBe(balance);
  const json = await (await page.request.get(href!.replace("format=csv", "format=json"))).json();
  expect(minor(json.ledgerBalance.amount)).toBe(balance);
}

test.describe("settlement", () => {
  test.skip(!hasCatalog, "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  test("a buyer pays by bank transfer in KZT, finance matches it, pays the supplier out in CNY, and each party's statement sums to the ledger", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const marker = `pay${Date.now().toString(36)}`;
    const search = await request.get("/api/v1/search?q=solar&locale=en&city=Wuxi&limit=50");
    const { hits } = (await search.json()) as { hits: { id: string; supplier: { name: string } }[] };
    const listing = (await (await request.get(`/api/v1/listings/${hits.find((hit) => hit.supplier.name === wuxi)!.id}`)).json()) as { id: string; moq: number; incoterms: { term: string }[] };

    // The order: placed by the buyer, confirmed by the supplier, who asks for payment — which issues the KZT invoice.
    const buyer = await signedInPage(browser, demoAccounts.buyerAlmaty, "ru");
    const placed = await buyer.request.post("/api/v1/orders", { data: { listingId: listing.id, quantity: listing.moq, incoterm: listing.incoterms[0]!.term } });
    expect(placed.status()).toBe(201);
    const orderId = ((await placed.json()) as { id: string }).id;
    const supplier = await signedInPage(browser, demoAccounts.supplierWuxi, "zh");
    for (const to of ["CONFIRMED", "AWAITING_PAYMENT"]) expect((await supplier.request.post(`/api/v1/orders/${orderId}/transitions`, { data: { to } })).status()).toBe(200);

    // The buyer sees the invoice in tenge with its payment reference, the bank details and a bilingual PDF.
    await buyer.goto(`/ru/orders/${orderId}`);
    await buyer.getByRole("link", { name: message("ru", "settlement", "open_settlement") }).click();
    await expect(buyer).toHaveURL(new RegExp(`/ru/orders/${orderId}/settlement$`));
    const invoiceRow = buyer.locator("[data-testid^=invoice-INV-]");
    await expect(invoiceRow).toContainText(message("ru", "settlement", "invoice_status.ISSUED"));
    await expect(invoiceRow).toContainText("KZT");
    await expect(buyer.locator("main")).toContainText(message("ru", "settlement", "bank.title"));
    const reference = (await buyer.getByTestId("payment-reference").textContent())!.trim();
    const settlement = await (await buyer.request.get(`/api/v1/orders/${orderId}/settlement`)).json();
    expect(settlement.invoices[0]).toMatchObject({ paymentReference: reference, amount: { currency: "KZT" } });
    const pdf = await buyer.request.get(settlement.invoices[0].pdfUrl);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessibleAndFits(buyer);

    // Finance records the transfer as the bank passed it on: reference in lower case, amount typed the Russian way.
    const finance = await signedInPage(browser, demoAccounts.finance, "ru");
    await finance.goto("/ru/hub/payments");
    await finance.locator("#transfer-reference").fill(`Оплата по счету ${reference.toLowerCase()} за панели`);
    await finance.locator("#transfer-amount").fill(settlement.invoices[0].amount.amount.replace(".", ","));
    await finance.locator("#transfer-currency").selectOption("KZT");
    await finance.locator("#transfer-bank-reference").fill(`HSBK-${marker}`);
    await finance.getByRole("button", { name: message("ru", "settlement", "hub.record") }).click();
    await expect(finance.locator("main")).toContainText(message("ru", "settlement", "hub.recorded_matched").split("{{")[0]!.trim());
    await expectAccessibleAndFits(finance);
    // The same bank reference again is refused and changes nothing.
    await finance.locator("#transfer-bank-reference").fill(`HSBK-${marker}`);
    await finance.getByRole("button", { name: message("ru", "settlement", "hub.record") }).click();
    await expect(finance.locator("#transfer-bank-reference-error")).toHaveText(message("ru", "settlement", "errors.duplicate_bank_reference"));

    // The supplier sees the payment, in Chinese; the order is paid.
    await supplier.goto(`/zh/orders/${orderId}/settlement`);
    await expect(supplier.getByTestId("settlement-payment")).toHaveCount(1);
    await expect(supplier.locator("[data-testid^=invoice-INV-]")).toContainText(message("zh", "settlement", "invoice_status.PAID"));
    await expectAccessibleAndFits(supplier);

    // Production, shipment, delivery; then finance releases the payout in yuan, net of commission.
    for (const [page, to] of [[supplier, "IN_PRODUCTION"], [supplier, "SHIPPED"], [buyer, "DELIVERED"]] as const) {
      const moved = await page.request.post(`/api/v1/orders/${orderId}/transitions`, { data: { to, shipment: { carrier: "KTZ Express", trackingNumber: `KTZ-${marker}` } } });
      expect(moved.status(), to).toBe(200);
    }
    await finance.goto(`/ru/orders/${orderId}/settlement`);
    await expect(finance.locator("#payout-currency")).toHaveValue("CNY");
    await finance.getByRole("button", { name: message("ru", "settlement", "payout.release") }).click();
    await expect(finance.getByTestId("payout-amount")).toContainText("¥");
    await expectAccessibleAndFits(finance);
    await supplier.goto(`/zh/orders/${orderId}/settlement`);
    await expect(supplier.getByTestId("settlement-payout")).toBeVisible();

    // Each party's statement, downloaded as CSV, sums to the ledger.
    await expectStatementSumsToLedger(buyer, "ru", "KZT");
    await expectStatementSumsToLedger(supplier, "zh", "CNY");

    // The finance dashboard shows the turnover and a clean ledger.
    await finance.goto("/ru/hub/finance");
    await expect(finance.getByTestId("finance-ledger-check")).toHaveText(new RegExp(message("ru", "settlement", "finance.ledger_ok").split("(")[0]!.trim()));
    await expectAccessibleAndFits(finance);
  });
});
