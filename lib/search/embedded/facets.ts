import type { FacetCounts, SearchFacets, SearchFilters } from "@/lib/search/types";
import { toBits, type DocColumns, type Interner } from "./columns";

/** One bit per filter; a listing's fail mask says which filters reject it. */
export const filterBit = { category: 1, city: 2, certification: 4, verified: 8, incoterm: 16, price: 32, moq: 64, leadTime: 128 } as const;

export type CompiledFilters = {
  /** No filter set: every candidate passes. */
  none: boolean;
  category: number | null;
  cities: Uint8Array | null;
  /** All of these ids; `certificationBits` holds those < 32. */
  certifications: number[] | null;
  certificationBits: number;
  verifiedOnly: boolean;
  incoterms: number[] | null;
  incotermBits: number;
  hasPrice: boolean;
  priceMin: number;
  priceMax: number;
  /** Currency id the bounds are in; -1: any currency. */
  priceCurrency: number;
  moqMax: number;
  leadTimeMax: number;
};

const unknown = -2;

export function compileFilters(columns: DocColumns, filters: SearchFilters): CompiledFilters {
  const { interners } = columns;
  const ids = (interner: Interner, values: string[] | undefined) => (values?.length ? values.map((v) => interner.ids.get(v) ?? unknown) : null);
  const certifications = ids(interners.certification, filters.certifications);
  const incoterms = ids(interners.incoterm, filters.incoterms);
  let cities: Uint8Array | null = null;
  if (filters.cities?.length) {
    cities = new Uint8Array(interners.city.names.length);
    for (const id of ids(interners.city, filters.cities)!) if (id >= 0) cities[id] = 1;
  }
  const hasPrice = filters.priceMinMinor !== undefined || filters.priceMaxMinor !== undefined;
  const none =
    !filters.category && !cities && !certifications && !incoterms && filters.verifiedOnly !== true && !hasPrice && filters.moqMax === undefined && filters.leadTimeMaxDays === undefined;
  return {
    none,
    category: filters.category ? (interners.category.ids.get(filters.category) ?? unknown) : null,
    cities,
    certifications,
    certificationBits: certifications ? toBits(certifications.filter((id) => id >= 0)) : 0,
    verifiedOnly: filters.verifiedOnly === true,
    incoterms,
    incotermBits: incoterms ? toBits(incoterms.filter((id) => id >= 0)) : 0,
    hasPrice,
    priceMin: filters.priceMinMinor ?? -Infinity,
    priceMax: filters.priceMaxMinor ?? Infinity,
    // The bounds are in `currency`; listings priced in another one cannot be compared.
    priceCurrency: hasPrice && filters.currency ? (interners.currency.ids.get(filters.currency) ?? unknown) : -1,
    moqMax: filters.moqMax ?? Infinity,
    leadTimeMax: filters.leadTimeMaxDays ?? Infinity,
  };
}

function hasAllCertifications(c: DocColumns, slot: number, f: CompiledFilters): boolean {
  if (!c.overflow[slot] && f.certifications!.every((id) => id >= 0 && id < 32)) return (c.certificationBits[slot]! & f.certificationBits) === f.certificationBits;
  return f.certifications!.every((id) => c.certifications[slot]!.includes(id));
}

function hasAnyIncoterm(c: DocColumns, slot: number, f: CompiledFilters): boolean {
  if (c.incotermBits[slot]! & f.incotermBits) return true;
  return c.overflow[slot] === 1 && f.incoterms!.some((id) => id >= 32 && c.incoterms[slot]!.includes(id));
}

export function failMask(c: DocColumns, slot: number, f: CompiledFilters): number {
  let fails = 0;
  if (f.category !== null && c.leaf[slot] !== f.category && c.top[slot] !== f.category) fails |= filterBit.category;
  if (f.cities && !f.cities[c.city[slot]!]) fails |= filterBit.city;
  if (f.certifications && !hasAllCertifications(c, slot, f)) fails |= filterBit.certification;
  if (f.verifiedOnly && !c.verified[slot]) fails |= filterBit.verified;
  if (f.incoterms && !hasAnyIncoterm(c, slot, f)) fails |= filterBit.incoterm;
  if (f.hasPrice) {
    const price = c.price[slot]!;
    if (price < f.priceMin || price > f.priceMax || (f.priceCurrency !== -1 && c.currency[slot] !== f.priceCurrency)) fails |= filterBit.price;
  }
  if (c.moq[slot]! > f.moqMax) fails |= filterBit.moq;
  if (c.lead[slot]! > f.leadTimeMax) fails |= filterBit.leadTime;
  return fails;
}

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
