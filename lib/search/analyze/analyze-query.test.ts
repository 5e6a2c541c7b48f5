import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";

describe("analyzeQuery", () => {
  it("makes one term per word, prefix-matching the last and longer ones, with typo budgets", () => {
    const terms = analyzeQuery("медный кабель ка");
    expect(terms.map((t) => t.text)).toEqual(["медныи", "кабель", "ка"]);
    const atoms = terms.map((t) => t.alternatives[0]!.atoms[0]!);
    expect(atoms.map((a) => a.typos)).toEqual([1, 1, 0]);
    expect(atoms.map((a) => a.prefixes.length > 0)).toEqual([true, true, true]);
    expect(analyzeQuery("tv cable")[0]!.alternatives[0]!.atoms[0]!.prefixes).toEqual([]);
  });
  it("drops function words unless nothing else is left", () => {
    expect(analyzeQuery("кабель для панелей").map((t) => t.text)).toEqual(["кабель", "панелеи"]);
    expect(analyzeQuery("для").map((t) => t.text)).toEqual(["для"]);
  });
  it("turns a synonym phrase into one term with the group's other entries", () => {
    const [term] = analyzeQuery("solar panels");
    expect(term!.text).toBe("solar panels");
    const alternatives = term!.alternatives.map((a) => a.atoms.map((atom) => atom.text).join(" "));
    expect(alternatives).toContain("photovoltaic");
    expect(alternatives).toContain("pv module");
    expect(analyzeQuery("fridge")[0]!.alternatives.map((a) => a.atoms[0]!.text)).toEqual(["fridge", "refrigerator"]);
    expect(analyzeQuery("спецовка")[0]!.alternatives.map((a) => a.atoms[0]!.text)).toContain("спецодежда");
    expect(analyzeQuery("暖气片")[0]!.alternatives.map((a) => a.atoms.map((atom) => atom.text).join(""))).toContain("散热器");
  });
  it("matches a model number whole, joined, or (when informative) by its parts", () => {
    const [sku] = analyzeQuery("KC-0001");
    expect(sku!.alternatives[0]!.atoms[0]!.forms.map((f) => f.term)).toEqual(["kc-0001", "kc0001"]);
    expect(sku!.alternatives[1]!.atoms.map((a) => a.text)).toEqual(["kc", "0001"]);
    expect(analyzeQuery("3x2.5")[0]!.alternatives).toHaveLength(1);
  });
  it("segments Chinese and never allows typos on digits", () => {
    expect(analyzeQuery("电力电缆").map((t) => t.text)).toEqual(["电力", "电缆"]);
    expect(analyzeQuery("rebar12345")[0]!.alternatives[0]!.atoms[0]!.typos).toBe(0);
  });
});
