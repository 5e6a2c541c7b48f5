import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { message } from "./support/locales";
import { expectFitsPhone, expectNoSeriousViolations, signedInPage } from "./support/pages";

const hasCatalog = existsSync("../shared/data/catalog-5k.jsonl");
const wuxi = "Wuxi Lianfa New Energy Co., Ltd.";

async function moveOrder(page: Page, orderId: string, to: string) {
  const response = await page.request.post(`/api/v1/orders/${orderId}/transitions`, { data: { to, shipment: { carrier: "KTZ Express", trackingNumber: `KTZ-${orderId.slice(0, 8)}` } } });
  expect(response.status(), to).toBe(200);
}

test.describe("disputes", () => {
  test.skip(!hasCatalog, "../shared/data/catalog-5k.jsonl is not present, so the demo has no listings");

  test("a buyer disputes a delivered order, the supplier answers in Chinese, a moderator grants a partial refund in Russian, and settlement and the ledger agree", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const search = await request.get("/api/v1/search?q=solar&locale=en&city=Wuxi&limit=50");
    const { hits } = (await search.json()) as { hits: { id: string; supplier: { name: string } }[] };
    const listing = (await (await request.get(`/api/v1/listings/${hits.find((hit) => hit.supplier.name === wuxi)!.id}`)).json()) as { id: string; moq: number; incoterms: { term: string }[] };

    // A paid and delivered order, set up through the API.
    const buyer = await signedInPage(browser, demoAccounts.buyerAlmaty, "ru");
    const supplier = await signedInPage(browser, demoAccounts.supplierWuxi, "zh");
    const finance = await signedInPage(browser, demoAccounts.finance, "ru");
    const placed = await buyer.request.post("/api/v1/orders", { data: { listingId: listing.id, quantity: listing.moq, incoterm: listing.incoterms[0]!.term } });
    const orderId = ((await placed.json()) as { id: string }).id;
    for (const to of ["CONFIRMED", "AWAITING_PAYMENT"]) await moveOrder(supplier, orderId, to);
    const settlement = await (await buyer.request.get(`/api/v1/orders/${orderId}/settlement`)).json();
    for (const invoice of settlement.invoices as { number: string; paymentReference: string; amount: unknown }[]) {
      const paid = await finance.request.post("/api/v1/payments/bank-transfers", { data: { paymentReference: invoice.paymentReference, amount: invoice.amount, bankReference: `DSP-${invoice.number}`, valueDate: new Date().toISOString().slice(0, 10) } });
      expect(paid.status()).toBe(201);
    }
    for (const to of ["IN_PRODUCTION", "SHIPPED"]) await moveOrder(supplier, orderId, to);
    await moveOrder(buyer, orderId, "DELIVERED");

    // The buyer opens the dispute on the order page, in Russian.
    await buyer.goto(`/ru/orders/${orderId}`);
    await buyer.locator("summary", { hasText: message("ru", "disputes", "open.title") }).click();
    await buyer.locator("#dispute-reason").selectOption("damaged_in_transit");
    await buyer.locator("#dispute-description").fill("Часть панелей пришла с трещинами на стекле, фото приложим по запросу.");
    await buyer.getByRole("button", { name: message("ru", "disputes", "open.submit") }).click();
    // The form gives way to the dispute itself, waiting for the supplier.
    await expect(buyer.getByTestId("dispute-details")).toContainText(message("ru", "disputes", "reason.damaged_in_transit"));
    await expect(buyer.getByTestId("dispute-details")).toContainText(message("ru", "disputes", "status.OPEN"));
    await expectNoSeriousViolations(buyer);
    await expectFitsPhone(buyer);

    // The supplier answers, in Chinese.
    await supplier.goto(`/zh/orders/${orderId}`);
    await supplier.locator("#dispute-answer").fill("装车时玻璃完好，附有装箱照片。同意对破损部分进行补偿。");
    await supplier.getByRole("button", { name: message("zh", "disputes", "answer.submit") }).click();
    await expect(supplier.getByTestId("dispute-details")).toContainText(message("zh", "disputes", "status.ANSWERED"));

    // The moderator grants a partial refund of 1 000 CNY, in Russian.
    const moderator = await signedInPage(browser, demoAccounts.moderator, "ru");
    await moderator.goto("/ru/hub/disputes");
    await moderator.getByTestId("dispute-row").filter({ hasText: settlement.orderNumber }).getByRole("link").click();
    await expect(moderator.locator("main")).toContainText("装车时玻璃完好");
    await expectNoSeriousViolations(moderator);
    await moderator.locator("#dispute-refund").fill("1 000,00");
    await moderator.locator("#dispute-note").fill("Компенсация за повреждённые при перевозке панели.");
    await moderator.getByRole("button", { name: message("ru", "disputes", "decide.submit") }).click();
    await expect(moderator.locator("main")).toContainText(message("ru", "disputes", "decide.done").split(".")[0]!);

    // The settlement page shows the buyer's credit; its figures come from the ledger.
    await buyer.goto(`/ru/orders/${orderId}/settlement`);
    await expect(buyer.getByTestId("settlement-credit")).toBeVisible();
    const after = await (await buyer.request.get(`/api/v1/orders/${orderId}/settlement`)).json();
    expect(Number(after.credited.amount)).toBeGreaterThan(0);
    expect(after.credit).toEqual(after.credited);
    const adjustment = (after.entries as { kind: string; account: string; amount: { amount: string } }[]).filter((entry) => entry.kind === "DISPUTE_ADJUSTMENT" && entry.account === "BUYER_RECEIVABLE");
    expect(adjustment.map((entry) => entry.amount.amount)).toEqual([`-${after.credited.amount}`]);

    // Finance returns the credit; the supplier's payout is the order value less the refund.
    const payment = (after.payments as { id: string; amount: { currency: string } }[])[0]!;
    const refund = await finance.request.post(`/api/v1/payments/${payment.id}/refunds`, { data: { amount: after.credited, reason: "Возврат по решению спора", bankReference: `OUT-${orderId.slice(0, 8)}` } });
    expect(refund.status()).toBe(201);
    const payout = await finance.request.post(`/api/v1/orders/${orderId}/payout`, { data: { currency: "CNY" } });
    expect(payout.status()).toBe(201);
    const final = await (await finance.request.get(`/api/v1/orders/${orderId}/settlement`)).json();
    expect(final.credit.amount).toBe("0.00");
    expect(Number(final.payout.gross.amount)).toBe(Number(final.orderTotal.amount) - 1000);
    await finance.goto("/ru/hub/finance");
    await expect(finance.getByTestId("finance-ledger-check")).toHaveText(new RegExp(message("ru", "settlement", "finance.ledger_ok").split("(")[0]!.trim()));
  });
});
