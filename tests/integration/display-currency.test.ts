import { describe, expect, it } from "vitest";
import { approximatePrices } from "@/lib/catalog/approximate-prices";
import { chosenDisplayCurrency, defaultDisplayCurrency } from "@/lib/money/display-currency";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

describe("display currency", () => {
  it("defaults by company, then by language, and honours a valid choice only", async () => {
    const buyer = await createActor(db(), { type: "BUYER" }); // Kazakhstan
    const supplier = await createActor(db(), { type: "SUPPLIER" }); // China
    expect(defaultDisplayCurrency(buyer, "en")).toBe("KZT");
    expect(defaultDisplayCurrency(supplier, "ru")).toBe("CNY");
    expect(defaultDisplayCurrency(null, "uz")).toBe("UZS");
    expect(defaultDisplayCurrency(null, "zh")).toBe("CNY");
    expect(chosenDisplayCurrency("EUR", buyer, "ru")).toBe("EUR");
    expect(chosenDisplayCurrency("XYZ", null, "en")).toBe("USD");
  });

  it("shows prices approximately in the display currency at the hub's rate, never for the same currency or without a rate", async () => {
    await db().fxRate.create({ data: { base: "USD", quote: "CNY", rate: "7.10", source: "test", effectiveAt: new Date(Date.now() - 60_000) } });
    await db().fxRate.create({ data: { base: "USD", quote: "UZS", rate: "12500", source: "test", effectiveAt: new Date(Date.now() - 60_000) } });
    const prices = await approximatePrices(
      db(),
      [
        { key: "a", minor: 71000n, currency: "CNY" },
        { key: "b", minor: 100n, currency: "UZS" },
        { key: "c", minor: 100n, currency: "TJS" },
      ],
      "UZS",
      "ru",
    );
    expect(prices.get("a")!.text.replace(/\s/g, " ")).toMatch(/^≈ 1 250 000,00/);
    expect(prices.get("a")!.title).toContain("Примерно");
    expect(prices.has("b")).toBe(false);
    expect(prices.has("c")).toBe(false);
  });
});
