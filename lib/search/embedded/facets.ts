import type { FacetCounts, SearchFacets } from "@/lib/search/types";
import type { DocColumns, Interner } from "./columns";
import { filterBit } from "./filters";

type Range = { min: number; max: number };

function toRecord(counts: Int32Array, interner: Interner): FacetCounts {
  const out: FacetCounts = {};
  counts.forEach((n, id) => {
    if (n > 0) out[interner.names[id]!] = n;
  });
  return out;
}

/**
 * Counts of a multi-valued facet. With at most 16 distinct values the value sets are counted as
 * 16-bit masks first (one increment per listing) and expanded per value afterwards; beyond that,
 * bit by bit. Ids ≥ 32 (rare) come from the arrays.
 */
function countMulti(c: DocColumns, bitsOf: Int32Array, lists: number[][], size: number, slots: Int32Array, fails: Uint8Array, count: number, keep: number): Int32Array {
  const counts = new Int32Array(size);
  const overflow = c.overflow;
  if (size <= 16) {
    const byMask = new Int32Array(1 << size);
    for (let i = 0; i < count; i++) if ((fails[i]! & keep) === 0) byMask[bitsOf[slots[i]!]!]! += 1;
    for (let mask = 1; mask < byMask.length; mask++) {
      const n = byMask[mask]!;
      if (n) for (let b = mask; b !== 0; b &= b - 1) counts[31 - Math.clz32(b & -b)]! += n;
    }
    return counts;
  }
  for (let i = 0; i < count; i++) {
    if (fails[i]! & keep) continue;
    const slot = slots[i]!;
    for (let b = bitsOf[slot]!; b !== 0; b &= b - 1) counts[31 - Math.clz32(b & -b)]! += 1;
    if (overflow[slot]) for (const id of lists[slot]!) if (id >= 32) counts[id]! += 1;
  }
  return counts;
}

type Ranges = { min: Float64Array; max: Float64Array };

function ranges(size: number): Ranges {
  return { min: new Float64Array(size).fill(Infinity), max: new Float64Array(size).fill(-Infinity) };
}

function widen(r: Ranges, at: number, value: number): void {
  if (value < r.min[at]!) r.min[at] = value;
  if (value > r.max[at]!) r.max[at] = value;
}

function toRange(r: Ranges, at: number): Range | null {
  return r.min[at]! <= r.max[at]! ? { min: r.min[at]!, max: r.max[at]! } : null;
}

/**
 * Facet counts, disjunctive: a listing rejected by exactly one filter still counts for that
 * filter's own facet, so choosing "Wuxi" leaves the other cities' counts visible while every
 * other filter applies. `keep` masks are the filters that must pass for a candidate to count
 * (all but the facet's own). Single-valued facets and ranges share one pass.
 */
export function countFacets(c: DocColumns, slots: Int32Array, fails: Uint8Array, count: number): SearchFacets {
  const { interners, leaf, top, city: cityOf, verified: verifiedOf, currency: currencyOf, price: priceOf, moq: moqOf, lead: leadOf } = c;
  const keep = (bit: number) => 255 & ~bit;
  const keepCategory = keep(filterBit.category);
  const keepCity = keep(filterBit.city);
  const keepVerified = keep(filterBit.verified);
  const keepPrice = keep(filterBit.price);
  const keepMoq = keep(filterBit.moq);
  const keepLead = keep(filterBit.leadTime);
  const category = new Int32Array(interners.category.names.length);
  const city = new Int32Array(interners.city.names.length);
  const verified = new Int32Array(2);
  const price = ranges(interners.currency.names.length);
  const quantities = ranges(2);
  for (let i = 0; i < count; i++) {
    const failed = fails[i]!;
    const slot = slots[i]!;
    if (failed > 0 && (failed & (failed - 1)) !== 0) continue;
    if ((failed & keepCategory) === 0) {
      const l = leaf[slot]!;
      const t = top[slot]!;
      category[l]! += 1;
      if (t !== l) category[t]! += 1;
    }
    if ((failed & keepCity) === 0) city[cityOf[slot]!]! += 1;
    if ((failed & keepVerified) === 0) verified[verifiedOf[slot]!]! += 1;
    if ((failed & keepPrice) === 0) widen(price, currencyOf[slot]!, priceOf[slot]!);
    if ((failed & keepMoq) === 0) widen(quantities, 0, moqOf[slot]!);
    if ((failed & keepLead) === 0) widen(quantities, 1, leadOf[slot]!);
  }
  const certification = countMulti(c, c.certificationBits, c.certifications, interners.certification.names.length, slots, fails, count, keep(filterBit.certification));
  const incoterm = countMulti(c, c.incotermBits, c.incoterms, interners.incoterm.names.length, slots, fails, count, keep(filterBit.incoterm));
  const priceFacet: SearchFacets["price"] = {};
  interners.currency.names.forEach((code, id) => {
    const range = toRange(price, id);
    if (range) priceFacet[code] = range;
  });
  return {
    category: toRecord(category, interners.category),
    city: toRecord(city, interners.city),
    certification: toRecord(certification, interners.certification),
    verified: Object.fromEntries((["true", "false"] as const).map((key, i) => [key, verified[1 - i]!] as const).filter(([, n]) => n > 0)),
    incoterm: toRecord(incoterm, interners.incoterm),
    price: priceFacet,
    moq: toRange(quantities, 0),
    leadTime: toRange(quantities, 1),
  };
}
