import type { SearchFilters } from "@/lib/search/types";
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
