import { describe, expect, it } from "vitest";
import { stemEnglish, stemUzbek } from "./latin-stemmers";

describe("stemEnglish", () => {
  it.each([
    ["cables", "cable"],
    ["batteries", "battery"],
    ["boxes", "box"],
    ["switches", "switch"],
    ["refrigerators", "refrigerator"],
    ["glass", "glass"],
    ["bus", "bus"],
    ["tv", "tv"],
  ])("%s → %s", (word, expected) => expect(stemEnglish(word)).toBe(expected));
});

describe("stemUzbek", () => {
  it.each([
    ["muzlatgichlar", "muzlatgich"],
    ["muzlatgichning", "muzlatgich"],
    ["muzlatgichga", "muzlatgich"],
    ["kabellari", "kabel"],
    ["paneli", "panel"],
    ["mashinasi", "mashina"],
    ["uskunalari", "uskuna"],
    ["muzlatgich", "muzlatgich"],
    ["quyosh", "quyosh"],
  ])("%s → %s", (word, expected) => expect(stemUzbek(word)).toBe(expected));
});
