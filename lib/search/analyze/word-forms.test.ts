import { describe, expect, it } from "vitest";
import { wordForms } from "./word-forms";

const terms = (raw: string, reading: Parameters<typeof wordForms>[1]) => wordForms(raw, reading).map((f) => `${f.kind}:${f.term}`);

describe("wordForms", () => {
  it("gives a Russian word its stem and Latin keys", () => {
    expect(terms("Холодильники", "ru")).toEqual(["surface:холодильники", "stem:холодильник", "key:holodilniki", "key:holodilnik"]);
  });
  it("stems Kazakh fields as Kazakh, in the Russian-keyboard spelling", () => {
    expect(terms("Тоңазытқыштар", "kk")).toEqual(["surface:тоназыткыштар", "stem:тоназыткыш", "key:tonazitkishtar", "key:tonazitkish"]);
  });
  it("stems a query word in every language of its script", () => {
    const forms = wordForms("кабели", "query").map((f) => f.term);
    expect(forms).toContain("кабел");
    expect(wordForms("muzlatgichlar", "query").map((f) => f.term)).toContain("muzlatgich");
  });
  it("keeps English words as they are when nothing applies", () => {
    expect(terms("fridge", "en")).toEqual(["surface:fridge"]);
  });
});
