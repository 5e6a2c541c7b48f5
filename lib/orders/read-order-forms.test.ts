import { describe, expect, it } from "vitest";
import { directOrderInputSchema } from "./direct-order-input";
import { quantityFromText, readDirectOrderForm, readTransitionForm, tierFor } from "./read-order-forms";
import { orderTransitionInputSchema } from "./transition-input";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("readTransitionForm", () => {
  it("sends a plain step as it is, ignoring fields of other steps", () => {
    const { raw, errors } = readTransitionForm(form([["to", "CONFIRMED"], ["shipment.carrier", "KTZ Express"], ["note", "left over"]]));
    expect(errors).toEqual({});
    expect(raw).toEqual({ to: "CONFIRMED" });
    expect(orderTransitionInputSchema.safeParse(raw).success).toBe(true);
  });

  it("builds the shipment when shipping, without an empty route", () => {
    const { raw } = readTransitionForm(form([["to", "SHIPPED"], ["shipment.carrier", " KTZ Express "], ["shipment.trackingNumber", "KZ-20261128-7781"], ["shipment.route", ""]]));
    expect(raw).toEqual({ to: "SHIPPED", shipment: { carrier: "KTZ Express", trackingNumber: "KZ-20261128-7781" } });
    expect(orderTransitionInputSchema.safeParse(raw).success).toBe(true);
  });

  it("lets the schema report a missing tracking number on its field", () => {
    const { raw } = readTransitionForm(form([["to", "SHIPPED"], ["shipment.carrier", "KTZ Express"], ["shipment.trackingNumber", ""], ["shipment.route", "Khorgos rail"]]));
    const parsed = orderTransitionInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["shipment.trackingNumber"]);
  });

  it("asks for a note when cancelling or disputing", () => {
    expect(readTransitionForm(form([["to", "DISPUTED"], ["note", "  "]])).errors).toEqual({ note: "field.required" });
    expect(readTransitionForm(form([["to", "CANCELLED"], ["note", "Ordered twice by mistake."]]))).toEqual({ raw: { to: "CANCELLED", note: "Ordered twice by mistake." }, errors: {} });
  });
});

describe("readDirectOrderForm", () => {
  it("reads the quantity in the user's locale", () => {
    const { raw, errors } = readDirectOrderForm(form([["quantity", "12 500"], ["incoterm", "FOB"]]), "ru");
    expect(errors).toEqual({});
    expect(raw).toEqual({ quantity: 12500, incoterm: "FOB" });
    expect(directOrderInputSchema.safeParse({ ...raw, listingId: "3f1c9a52-7a4e-4c1e-9f2b-1d2e3f4a5b6c" }).success).toBe(true);
  });

  it("reports a missing or unreadable quantity", () => {
    expect(readDirectOrderForm(form([["quantity", ""], ["incoterm", "FOB"]]), "en").errors).toEqual({ quantity: "field.required" });
    expect(readDirectOrderForm(form([["quantity", "12.5"], ["incoterm", "FOB"]]), "en").errors).toEqual({ quantity: "field.quantity_invalid" });
    expect(readDirectOrderForm(form([["quantity", "-3"], ["incoterm", "FOB"]]), "en").errors).toEqual({ quantity: "field.quantity_invalid" });
  });
});

describe("quantityFromText and tierFor", () => {
  it("accept grouped whole numbers only", () => {
    expect(quantityFromText("1,000", "en")).toBe(1000);
    expect(quantityFromText("1 000", "kk")).toBe(1000);
    expect(quantityFromText("0", "en")).toBeNull();
    expect(quantityFromText("abc", "zh")).toBeNull();
  });

  it("pick the highest tier the quantity reaches, or the first one", () => {
    const tiers = [{ minQty: 10000, price: "b" }, { minQty: 1000, price: "a" }, { minQty: 50000, price: "c" }];
    expect(tierFor(tiers, 999)?.price).toBe("a");
    expect(tierFor(tiers, 1000)?.price).toBe("a");
    expect(tierFor(tiers, 49999)?.price).toBe("b");
    expect(tierFor(tiers, 50000)?.price).toBe("c");
    expect(tierFor([], 5)).toBeUndefined();
  });
});
