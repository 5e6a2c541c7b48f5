import { describe, expect, it } from "vitest";
import { correctedQuery, queryTokens, vocabularyProbe } from "./suggest-query";
import { sampleListing } from "./testing/sample-listing";
import { toMeiliDocument } from "./to-meili-document";
import { documentWords, vocabularyDocuments, vocabularyEntry, vocabularySettings, wordsOf } from "./vocabulary";

describe("vocabulary", () => {
  it("keeps words a suggestion may offer: letters only, no Chinese, no numbers", () => {
    expect(wordsOf("Copper power cable YJV 3x2.5 mm² — Кабель ВВГнг 铜芯电缆 a")).toEqual(["copper", "power", "cable", "yjv", "кабель", "ввгнг"]);
  });

  it("collects titles, category and supplier names and their other spellings", () => {
    const words = documentWords(toMeiliDocument(sampleListing("x")));
    expect(words).toEqual(expect.arrayContaining(["pump", "pumps", "насосы", "nasosy", "nasoslar", "насослар", "ltd"]));
    expect(words).not.toContain("x");
  });

  it("counts each word once per listing and gives it an id Meilisearch accepts", () => {
    const docs = vocabularyDocuments([toMeiliDocument(sampleListing("a")), toMeiliDocument(sampleListing("b"))]);
    expect(docs.find((d) => d.word === "pump")).toEqual({ id: "70756d70", word: "pump", count: 2 });
    for (const { id } of docs) expect(id).toMatch(/^[0-9a-f]+$/);
    expect(vocabularyEntry("кабель")).toEqual({ id: Buffer.from("кабель").toString("hex"), word: "кабель" });
  });

  it("corrects short words and prefers common ones", () => {
    const settings = vocabularySettings();
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 3, twoTypos: 6 } });
    expect(settings.rankingRules).toEqual(["words", "typo", "exactness", "count:desc"]);
    expect(settings.sortableAttributes).toContain("count");
  });
});

describe("suggestion helpers", () => {
  it("replaces only correctable words, in place", () => {
    const tokens = queryTokens("Kabl 3x2 медни");
    expect(tokens).toEqual([
      { word: "kabl", correctable: true },
      { word: "3x2", correctable: false },
      { word: "медни", correctable: true },
    ]);
    expect(correctedQuery(tokens, ["kabel", "медный"])).toBe("kabel 3x2 медный");
    expect(correctedQuery(tokens, ["kabl", undefined])).toBeNull();
  });

  it("asks the vocabulary for the single closest word", () => {
    expect(vocabularyProbe("listings_vocabulary", "kabl")).toEqual({ indexUid: "listings_vocabulary", q: "kabl", limit: 1, attributesToRetrieve: ["word"] });
  });
});
