import { describe, expect, it } from "vitest";
import { hsCodeTerms, normalizeToken, splitCompound, tokenize } from "./tokenize";

const raws = (text: string) => tokenize(text).map((t) => t.raw);

describe("tokenize", () => {
  it("keeps model numbers, SKUs and HS codes whole", () => {
    expect(raws("Кабель ВВГнг 3x2.5, IP65; SKU 0001-KC-0001 (HS 8544.49)")).toEqual(["Кабель", "ВВГнг", "3x2.5", "IP65", "SKU", "0001-KC-0001", "HS", "8544.49"]);
  });
  it("joins a decimal comma but not a list comma", () => {
    expect(raws("3×2,5 мм")).toEqual(["3×2,5", "мм"]);
    expect(raws("EAC, CE,CCC")).toEqual(["EAC", "CE", "CCC"]);
  });
  it("keeps Uzbek apostrophes inside words and separates Chinese runs", () => {
    expect(raws("Oʻzbekiston g'isht")).toEqual(["Oʻzbekiston", "g'isht"]);
    const tokens = tokenize("PVC绝缘电线 2.5mm²");
    expect(tokens.map((t) => [t.raw, t.han])).toEqual([
      ["PVC", false],
      ["绝缘电线", true],
      ["2.5mm²", false],
    ]);
    expect(tokens[1]).toMatchObject({ start: 3, end: 7 });
  });
  it("does not let a trailing dot or dash join", () => {
    expect(raws("Lead time 60 days. Size: 1–3 years")).toEqual(["Lead", "time", "60", "days", "Size", "1", "3", "years"]);
  });
});

describe("normalizeToken / splitCompound", () => {
  it("writes × and decimal commas the way people type them", () => {
    expect(normalizeToken("3×2,5")).toBe("3x2.5");
  });
  it("splits at joiners and at letter/digit boundaries", () => {
    expect(splitCompound("0001-KC-0001")).toEqual({ whole: "0001-kc-0001", joined: "0001kc0001", pieces: ["0001", "KC", "0001"] });
    expect(splitCompound("IP65")).toEqual({ whole: "ip65", joined: "ip65", pieces: ["IP", "65"] });
    expect(splitCompound("3x2.5")?.joined).toBe("3x2.5");
    expect(splitCompound("Сплит-кондиционер")?.pieces).toEqual(["Сплит", "кондиционер"]);
  });
  it("leaves plain words and plain numbers alone", () => {
    expect(splitCompound("холодильник")).toBeNull();
    expect(splitCompound("2026")).toBeNull();
  });
});

describe("hsCodeTerms", () => {
  it("indexes the dotted code, its digits and its heading", () => {
    expect(hsCodeTerms("8544.49")).toEqual(["8544.49", "854449", "8544"]);
    expect(hsCodeTerms("5208")).toEqual(["5208"]);
    expect(hsCodeTerms("")).toEqual([]);
  });
});
