import { describe, expect, it } from "vitest";
import { fallbackQueries, probe, relaxableWords } from "./relax-query";

describe("relaxableWords", () => {
  it("splits multi-word queries and leaves single words, phrases and negations alone", () => {
    expect(relaxableWords("  copper   cable yjv ")).toEqual(["copper", "cable", "yjv"]);
    expect(relaxableWords("cable")).toBeNull();
    expect(relaxableWords('"copper cable" yjv')).toBeNull();
    expect(relaxableWords("cable -aluminium")).toBeNull();
  });
});

describe("fallbackQueries", () => {
  it("tries every kept word first, then drops from the end", () => {
    expect(fallbackQueries(["pump", "xyzzy", "steel"], ["pump", "steel"])).toEqual(["pump steel", "pump"]);
    expect(fallbackQueries(["pump", "steel", "x"], ["pump", "steel", "x"])).toEqual(["pump steel", "pump"]);
    expect(fallbackQueries(["a", "b"], [])).toEqual([]);
  });
});

describe("probe", () => {
  it("counts strict matches without filters or hits", () => {
    expect(probe("listings", "pump")).toEqual({ indexUid: "listings", q: "pump", matchingStrategy: "all", limit: 0 });
    expect(probe("listings", "水泵")).toMatchObject({ locales: ["cmn"] });
  });
});
