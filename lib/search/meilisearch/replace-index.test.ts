import { describe, expect, it } from "vitest";
import { abandonedStagingUids, planBatches } from "./replace-index";

describe("abandonedStagingUids", () => {
  const now = 1_800_000_000_000;
  it("picks only this index's staging copies older than a day", () => {
    const uids = [
      "listings",
      `listings_${now - 90_000_000}_abc123`,
      `listings_${now - 1_000}_abc123`,
      `listings_archive_${now - 90_000_000}_abc123`,
      `other_${now - 90_000_000}_abc123`,
      "listings_backup",
    ];
    expect(abandonedStagingUids("listings", uids, now)).toEqual([`listings_${now - 90_000_000}_abc123`]);
  });
});

describe("planBatches", () => {
  it("cuts by count and by size, keeping order and never leaving a batch empty", () => {
    const docs = Array.from({ length: 5 }, (_, i) => ({ id: String(i), text: "x".repeat(100) }));
    expect(planBatches(docs, 2).map((b) => b.map((d) => d.id))).toEqual([["0", "1"], ["2", "3"], ["4"]]);
    expect(planBatches(docs, 10, 250).map((b) => b.length)).toEqual([2, 2, 1]);
    expect(planBatches(docs, 10, 10).map((b) => b.length)).toEqual([1, 1, 1, 1, 1]);
    expect(planBatches([], 10)).toEqual([]);
  });
});
