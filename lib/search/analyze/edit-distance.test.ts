import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "./edit-distance";

describe("boundedEditDistance", () => {
  it.each([
    ["refrigerator", "refrigirator", 2, 1],
    ["холодильник", "холодилник", 2, 1],
    ["fridge", "firdge", 1, 1],
    ["cable", "cable", 1, 0],
    ["kabel", "kabl", 2, 1],
    ["", "ab", 2, 2],
  ])("%s ↔ %s (max %i) = %i", (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
    expect(boundedEditDistance(b, a, max)).toBe(expected);
  });

  it("gives up beyond the bound", () => {
    expect(boundedEditDistance("холодильник", "хлдлник", 2)).toBe(3);
    expect(boundedEditDistance("cable", "table", 0)).toBe(1);
    expect(boundedEditDistance("short", "muchlongerword", 2)).toBe(3);
  });
});
