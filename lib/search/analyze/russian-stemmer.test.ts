import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "@/lib/search/normalize";
import { stemRussian } from "./russian-stemmer";

const stem = (word: string) => stemRussian(normalizeForSearch(word));

describe("stemRussian", () => {
  it.each([
    [["холодильник", "холодильники", "холодильников", "холодильника", "холодильнику", "холодильниками"], "холодильник"],
    [["кабель", "кабели", "кабеля", "кабелей", "кабелями"], "кабел"],
    [["солнечная", "солнечные", "солнечной", "солнечных"], "солнечн"],
    [["панель", "панели", "панелей"], "панел"],
    [["машина", "машины", "машин"], "машин"],
  ])("%j → %s", (words, expected) => {
    for (const word of words) expect(stem(word)).toBe(expected);
  });

  it("handles endings with й after normalization turned it into и", () => {
    expect(stem("холодильный")).toBe("холодильн");
    expect(stem("силовой")).toBe("силов");
  });

  it("leaves short, non-Russian or already bare words alone", () => {
    expect(stemRussian("он")).toBe("он");
    expect(stemRussian("cable")).toBe("cable");
    expect(stem("трактор")).toBe("трактор");
  });
});
