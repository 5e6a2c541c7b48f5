import { describe, expect, it } from "vitest";
import type { FoundRate } from "./find-rate";
import { composeLegs, type RateLeg } from "./compose-legs";
import { convertMinor } from "./convert-minor";
import { convertWithSnapshot } from "./convert-with-snapshot";
import { formatRate } from "./format-rate";
import { toRateSnapshot } from "./rate-snapshot";

const legs: RateLeg[] = [
  { base: "USD", quote: "KZT", rate: "518.4", source: "NBK", effectiveAt: new Date("2026-11-27T09:00:00Z"), inverted: true },
  { base: "USD", quote: "CNY", rate: "7.095", source: "PBoC", effectiveAt: new Date("2026-11-28T01:15:00Z"), inverted: false },
];
const rate = composeLegs("KZT", "CNY", legs);
const found: FoundRate = { from: "KZT", to: "CNY", rate, display: formatRate(rate), legs, effectiveAt: legs[0]!.effectiveAt, stale: false };

describe("rate snapshots", () => {
  it("are plain JSON and convert exactly like the rate they record", () => {
    const snapshot = JSON.parse(JSON.stringify(toRateSnapshot(found))) as unknown;
    expect(snapshot).toMatchObject({ version: 1, from: "KZT", to: "CNY", rate: "473/34560", display: "0.0136863425926", effectiveAt: "2026-11-27T09:00:00.000Z" });
    for (const amount of [1n, 100_000_000n, 123_456_789_012n, -55n]) {
      expect(convertWithSnapshot(amount, "KZT", "CNY", snapshot)).toBe(convertMinor(amount, "KZT", "CNY", rate));
    }
    expect(convertWithSnapshot(100_000_000n, "KZT", "CNY", snapshot)).toBe(1_368_634n);
  });

  it("convert the opposite way with the inverse", () => {
    const snapshot = toRateSnapshot(found);
    // 13 686.34 CNY × 34560/473 = 999 999.8105… KZT
    expect(convertWithSnapshot(1_368_634n, "CNY", "KZT", snapshot)).toBe(99_999_981n);
  });

  it("refuse another pair, a tampered rate and malformed JSON", () => {
    const snapshot = toRateSnapshot(found);
    expect(() => convertWithSnapshot(100n, "KZT", "USD", snapshot)).toThrow(RangeError);
    expect(() => convertWithSnapshot(100n, "KZT", "CNY", { ...snapshot, rate: "1/73" })).toThrow(/recorded rate/);
    expect(() => convertWithSnapshot(100n, "KZT", "CNY", { ...snapshot, legs: [snapshot.legs[1]] })).toThrow(RangeError);
    expect(() => convertWithSnapshot(100n, "KZT", "CNY", { ...snapshot, version: 2 })).toThrow();
    expect(() => convertWithSnapshot(100n, "KZT", "CNY", null)).toThrow();
  });

  it("record the identity for one currency", () => {
    const identity: FoundRate = { from: "USD", to: "USD", rate: { num: 1n, den: 1n }, display: "1", legs: [], effectiveAt: new Date(), stale: false };
    expect(convertWithSnapshot(12_345n, "USD", "USD", toRateSnapshot(identity))).toBe(12_345n);
  });
});
