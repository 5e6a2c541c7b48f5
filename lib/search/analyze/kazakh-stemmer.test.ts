import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "@/lib/search/normalize";
import { stemKazakh } from "./kazakh-stemmer";

const stem = (word: string) => stemKazakh(normalizeForSearch(word));

describe("stemKazakh", () => {
  it("strips plural, possessive and case suffixes down to the stem", () => {
    for (const word of ["Тоңазытқыш", "тоңазытқыштар", "тоңазытқыштың", "тоңазытқышты", "тоңазытқышқа", "тоңазытқышта", "тоңазытқыштан", "тоңазытқыштарды"]) {
      expect(stem(word)).toBe("тоназыткыш");
    }
  });
  it("reaches the same stem as Russian for loanwords", () => {
    expect(stem("кабельдері")).toBe("кабель");
    expect(stem("машинасы")).toBe("машина");
    expect(stem("генераторы")).toBe("генератор");
  });
  it("keeps at least three letters", () => {
    expect(stem("күні")).toBe("кун");
    expect(stem("суы")).toBe("суы");
    expect(stem("судан")).toBe("судан");
  });
});
