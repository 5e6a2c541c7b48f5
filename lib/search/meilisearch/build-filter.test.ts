import { describe, expect, it } from "vitest";
import { filterClauses, filterExpression, formatFilterNumber, matchNothing, quoteFilterValue } from "./build-filter";

/**
 * Meilisearch's reading of a quoted value (filter-parser/src/value.rs, `quoted_by` + `unescape`),
 * ported to check that what quoteFilterValue writes is read back as the same string.
 */
function readQuoted(literal: string): string | null {
  const quote = literal[0]!;
  const body = [...literal.slice(1)];
  let escaped = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === quote) {
      if (i !== body.length - 1) return null; // ended early: the rest would be parsed as syntax
      const span = body.slice(0, i).join("");
      return escaped ? span.replaceAll(`\\${quote}`, quote) : span;
    }
    if (body[i] === "\\") {
      if (i + 1 >= body.length) return null;
      escaped ||= body[i + 1] === quote;
      i++;
    }
  }
  return null; // no closing quote
}

describe("quoteFilterValue", () => {
  it.each([
    "Shenzhen",
    "ISO 9001",
    'Say "hi"',
    "It's",
    `both ' and "`,
    "a\\b",
    "C:\\path\\file",
    'back\\"slash-quote',
    "back\\'slash-quote",
    "two \\\\ backslashes",
    "Ürümqi 乌鲁木齐",
    "x AND y = 1 OR (z)",
    "",
  ])("%j is read back by Meilisearch as written", (value) => {
    const literal = quoteFilterValue(value);
    expect(literal).not.toBeNull();
    expect(readQuoted(literal!)).toBe(value);
  });

  it("round-trips every short string of quotes and backslashes it accepts", () => {
    const alphabet = ["a", "\\", '"', "'", " "];
    let strings = [""];
    let accepted = 0;
    for (let length = 1; length <= 6; length++) {
      strings = strings.flatMap((s) => alphabet.map((ch) => s + ch));
      for (const value of strings) {
        const literal = quoteFilterValue(value);
        if (literal === null) continue;
        accepted++;
        expect(readQuoted(literal), `${value} as ${literal}`).toBe(value);
      }
    }
    expect(accepted).toBeGreaterThan(10_000);
  });

  it("refuses what Meilisearch's grammar cannot express", () => {
    expect(quoteFilterValue("ends with a backslash\\")).toBeNull();
    expect(quoteFilterValue(`both \\" and \\'`)).toBeNull();
  });
});

describe("formatFilterNumber", () => {
  it("writes plain decimals, never exponents", () => {
    expect(formatFilterNumber(1500)).toBe("1500");
    expect(formatFilterNumber(1e21)).toBe("1000000000000000000000");
    expect(formatFilterNumber(-3)).toBe("-3");
    expect(formatFilterNumber(10.5)).toBe("10.5");
    expect(formatFilterNumber(1e-7)).toBe("0");
    expect(formatFilterNumber(Number.NaN)).toBeNull();
    expect(formatFilterNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("filterClauses", () => {
  it("is empty without filters", () => {
    expect(filterClauses({})).toEqual([]);
    expect(filterExpression(filterClauses({ cities: [], certifications: [], incoterms: [], verifiedOnly: false }))).toBeUndefined();
  });

  it("maps each filter to its field with the documented semantics", () => {
    const clauses = filterClauses({
      category: "cables",
      cities: ["Shenzhen", "Yiwu", "Shenzhen"],
      certifications: ["CE", "ISO 9001"],
      verifiedOnly: true,
      incoterms: ["FOB", "DAP"],
      currency: "CNY",
      priceMinMinor: 1000,
      priceMaxMinor: 250_000,
      moqMax: 500,
      leadTimeMaxDays: 30,
    });
    expect(clauses).toEqual([
      { group: "category", expression: 'category_slugs IN ["cables"]' },
      { group: "city", expression: 'supplier_city IN ["Shenzhen", "Yiwu"]' },
      { group: "certification", expression: 'certifications = "CE" AND certifications = "ISO 9001"' },
      { group: "verified", expression: "supplier_verified = true" },
      { group: "incoterm", expression: 'incoterms IN ["FOB", "DAP"]' },
      { group: "price", expression: 'currency IN ["CNY"]' },
      { group: "price", expression: "price_from_minor >= 1000" },
      { group: "price", expression: "price_from_minor <= 250000" },
      { group: "moq", expression: "moq <= 500" },
      { group: "leadTime", expression: "lead_time_days <= 30" },
    ]);
  });

  it("keeps a zero bound, and a currency only together with bounds", () => {
    expect(filterClauses({ priceMinMinor: 0 })).toEqual([{ group: "price", expression: "price_from_minor >= 0" }]);
    expect(filterClauses({ currency: "USD" })).toEqual([]);
  });

  it("matches nothing rather than widening when a value cannot be written", () => {
    expect(filterClauses({ cities: ["bad\\"] })[0]!.expression).toBe(matchNothing);
    expect(filterClauses({ cities: ["bad\\", "Yiwu"] })[0]!.expression).toBe('supplier_city IN ["Yiwu"]');
    expect(filterClauses({ certifications: ["CE", "bad\\"] })[0]!.expression).toBe(matchNothing);
  });

  it("leaves one group's own conditions out for its disjunctive counts", () => {
    const clauses = filterClauses({ cities: ["Yiwu"], incoterms: ["FOB"], moqMax: 10, priceMaxMinor: 5, currency: "USD" });
    expect(filterExpression(clauses, "city")).toEqual(['incoterms IN ["FOB"]', 'currency IN ["USD"]', "price_from_minor <= 5", "moq <= 10"]);
    expect(filterExpression(clauses, "price")).toEqual(['supplier_city IN ["Yiwu"]', 'incoterms IN ["FOB"]', "moq <= 10"]);
    expect(filterExpression(filterClauses({ cities: ["Yiwu"] }), "city")).toBeUndefined();
  });
});
