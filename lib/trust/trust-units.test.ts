import { describe, expect, it } from "vitest";
import { fullYearsBetween, minimumSample, rateSignal, responseTimeUnit } from "./trust-units";

describe("rateSignal", () => {
  it("gives no share below the minimum sample, so one good order is not a 100 %", () => {
    expect(minimumSample).toBe(3);
    expect(rateSignal(1, 1)).toEqual({ count: 1, of: 1, rate: null });
    expect(rateSignal(0, 0)).toEqual({ count: 0, of: 0, rate: null });
    expect(rateSignal(2, 2).rate).toBeNull();
    expect(rateSignal(2, 3).rate).toBeCloseTo(2 / 3);
    expect(rateSignal(0, 5).rate).toBe(0);
  });
});

describe("fullYearsBetween", () => {
  it("counts whole years, only from the anniversary on", () => {
    const since = new Date("2023-06-15T10:00:00Z");
    expect(fullYearsBetween(since, new Date("2024-06-15T09:59:59Z"))).toBe(0);
    expect(fullYearsBetween(since, new Date("2024-06-15T10:00:00Z"))).toBe(1);
    expect(fullYearsBetween(since, new Date("2026-06-14T00:00:00Z"))).toBe(2);
    expect(fullYearsBetween(since, new Date("2020-01-01T00:00:00Z"))).toBe(0);
  });
});

describe("responseTimeUnit", () => {
  it("reads under an hour, hours up to two days, then days", () => {
    expect(responseTimeUnit(59 * 60)).toEqual({ unit: "under_hour" });
    expect(responseTimeUnit(3600)).toEqual({ unit: "hours", count: 1 });
    expect(responseTimeUnit(5.4 * 3600)).toEqual({ unit: "hours", count: 5 });
    expect(responseTimeUnit(47 * 3600)).toEqual({ unit: "hours", count: 47 });
    expect(responseTimeUnit(48 * 3600)).toEqual({ unit: "days", count: 2 });
    expect(responseTimeUnit(4.6 * 86_400)).toEqual({ unit: "days", count: 5 });
  });
});
