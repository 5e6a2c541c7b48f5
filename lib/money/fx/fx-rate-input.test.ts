import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { parseFxRateInput } from "./fx-rate-input";
import { parseFxTimestamp } from "./parse-fx-timestamp";

const valid = { base: "USD", quote: "KZT", rate: "518.40", source: "NBK fixing", effectiveAt: "2026-11-27T09:00:00Z" };

function fieldsOf(input: unknown): Record<string, string> {
  try {
    parseFxRateInput(input);
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION_FAILED") return error.details.fields ?? {};
    throw error;
  }
  throw new Error("accepted");
}

describe("FX rate input", () => {
  it("accepts a rate and stores it canonically", () => {
    expect(parseFxRateInput({ ...valid, rate: " 518.400 ", source: "  NBK fixing " })).toEqual({ ...valid, rate: "518.4", source: "NBK fixing", effectiveAt: new Date("2026-11-27T09:00:00Z") });
    expect(parseFxRateInput({ ...valid, effectiveAt: undefined }).effectiveAt).toBeUndefined();
  });

  it.each([
    [{ rate: "0" }, "rate", "fx:field.rate_invalid"],
    [{ rate: "-1" }, "rate", "fx:field.rate_invalid"],
    [{ rate: "1,5" }, "rate", "fx:field.rate_invalid"],
    [{ rate: "" }, "rate", "fx:field.rate_required"],
    [{ rate: 7.1 }, "rate", "fx:field.rate_required"],
    [{ base: "XYZ" }, "base", "fx:field.currency_unknown"],
    [{ quote: "usd" }, "quote", "fx:field.currency_unknown"],
    [{ quote: "USD", base: "USD" }, "quote", "fx:field.same_currency"],
    [{ source: " " }, "source", "fx:field.source_required"],
    [{ source: "x".repeat(81) }, "source", "fx:field.source_too_long"],
    [{ effectiveAt: "yesterday" }, "effectiveAt", "fx:field.effective_at_invalid"],
    [{ effectiveAt: "2026-02-30" }, "effectiveAt", "fx:field.effective_at_invalid"],
    [{ effectiveAt: new Date(Date.now() + 25 * 3_600_000).toISOString() }, "effectiveAt", "fx:field.effective_at_future"],
  ])("refuses %o", (change, field, key) => {
    expect(fieldsOf({ ...valid, ...change })[field]).toBe(key);
  });

  it("allows a rate dated up to a day ahead", () => {
    expect(() => parseFxRateInput({ ...valid, effectiveAt: new Date(Date.now() + 23 * 3_600_000).toISOString() })).not.toThrow();
  });
});

describe("parseFxTimestamp", () => {
  it.each([
    ["2026-11-28T09:30:00Z", "2026-11-28T09:30:00.000Z"],
    ["2026-11-28T14:30+05:00", "2026-11-28T09:30:00.000Z"],
    ["2026-11-28T02:00:00.5-03:30", "2026-11-28T05:30:00.500Z"],
    ["2026-11-28T09:30", "2026-11-28T09:30:00.000Z"],
    ["2026-11-28 09:30", "2026-11-28T09:30:00.000Z"],
    ["2026-11-28", "2026-11-28T00:00:00.000Z"],
    ["2028-02-29", "2028-02-29T00:00:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(parseFxTimestamp(text)?.toISOString()).toBe(iso);
  });

  it.each(["2026-02-29", "2026-13-01", "2026-11-28T24:00", "2026-11-28T10:60", "28.11.2026", "2026-11-28T09:30+15:00", "", "1700000000"])("refuses %j", (text) => {
    expect(parseFxTimestamp(text)).toBeNull();
  });
});
