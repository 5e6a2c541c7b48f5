import { locales, type Locale } from "@/lib/i18n/config";
import type { SearchDocument } from "@/lib/search/types";
import { resized } from "./growable";

/** Strings of one facet ↔ small integers, so filters and counts work on typed arrays. */
export class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

export type Interners = { category: Interner; city: Interner; certification: Interner; incoterm: Interner; currency: Interner };

export function newInterners(): Interners {
  return { category: new Interner(), city: new Interner(), certification: new Interner(), incoterm: new Interner(), currency: new Interner() };
}

export const localeBit = Object.fromEntries(locales.map((l, i) => [l, 1 << i])) as Record<Locale, number>;

/**
 * Per-document values for filtering, faceting, sorting and display, by slot. A slot is never
 * reused: an upsert takes a new slot and the old one is marked dead until compaction.
 */
export class DocColumns {
  size = 0;
  aliveCount = 0;
  capacity: number;
  alive: Uint8Array;
  leaf: Int32Array;
  top: Int32Array;
  city: Int32Array;
  currency: Int32Array;
  verified: Uint8Array;
  titleLocales: Uint8Array;
  price: Float64Array;
  moq: Float64Array;
  lead: Float64Array;
  published: Float64Array;
  /** Certifications / incoterms with id < 32 as bits, for tight filter and facet loops; the arrays stay the truth. */
  certificationBits: Int32Array;
  incotermBits: Int32Array;
  /** Publication day (days since 1970), for the rank key. */
  day: Uint16Array;
  /** 1 where a slot has a certification or incoterm id ≥ 32 (beyond the bits): read the arrays there. */
  overflow: Uint8Array;
  ids: string[] = [];
  titles: Partial<Record<Locale, string>>[] = [];
  certifications: number[][] = [];
  incoterms: number[][] = [];

  constructor(
    readonly interners: Interners,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    this.alive = new Uint8Array(capacity);
    this.leaf = new Int32Array(capacity);
    this.top = new Int32Array(capacity);
    this.city = new Int32Array(capacity);
    this.currency = new Int32Array(capacity);
    this.verified = new Uint8Array(capacity);
    this.titleLocales = new Uint8Array(capacity);
    this.price = new Float64Array(capacity);
    this.moq = new Float64Array(capacity);
    this.lead = new Float64Array(capacity);
    this.published = new Float64Array(capacity);
    this.certificationBits = new Int32Array(capacity);
    this.incotermBits = new Int32Array(capacity);
    this.day = new Uint16Array(capacity);
    this.overflow = new Uint8Array(capacity);
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.alive = resized(this.alive, capacity, Uint8Array);
    this.leaf = resized(this.leaf, capacity, Int32Array);
    this.top = resized(this.top, capacity, Int32Array);
    this.city = resized(this.city, capacity, Int32Array);
    this.currency = resized(this.currency, capacity, Int32Array);
    this.verified = resized(this.verified, capacity, Uint8Array);
    this.titleLocales = resized(this.titleLocales, capacity, Uint8Array);
    this.price = resized(this.price, capacity, Float64Array);
    this.moq = resized(this.moq, capacity, Float64Array);
    this.lead = resized(this.lead, capacity, Float64Array);
    this.published = resized(this.published, capacity, Float64Array);
    this.certificationBits = resized(this.certificationBits, capacity, Int32Array);
    this.incotermBits = resized(this.incotermBits, capacity, Int32Array);
    this.day = resized(this.day, capacity, Uint16Array);
    this.overflow = resized(this.overflow, capacity, Uint8Array);
  }

  add(doc: SearchDocument): number {
    if (this.size === this.capacity) this.grow(this.capacity * 2);
    const slot = this.size++;
    const { interners } = this;
    this.alive[slot] = 1;
    this.aliveCount += 1;
    this.leaf[slot] = interners.category.intern(doc.category.slug);
    this.top[slot] = interners.category.intern(doc.category.topSlug);
    this.city[slot] = interners.city.intern(doc.supplier.city);
    this.currency[slot] = interners.currency.intern(doc.currency);
    this.verified[slot] = doc.supplier.verified ? 1 : 0;
    let titleLocales = 0;
    const titles: Partial<Record<Locale, string>> = {};
    for (const locale of locales) {
      const text = doc.title[locale]?.trim();
      if (text) {
        titleLocales |= localeBit[locale];
        titles[locale] = text;
      }
    }
    this.titleLocales[slot] = titleLocales;
    this.price[slot] = doc.priceFromMinor;
    this.moq[slot] = doc.moq;
    this.lead[slot] = doc.leadTimeDays;
    this.published[slot] = doc.publishedAt;
    this.day[slot] = Math.min(65_535, Math.max(0, Math.floor(doc.publishedAt / 86_400_000)));
    this.ids[slot] = doc.id;
    this.titles[slot] = titles;
    const certifications = [...new Set(doc.certifications)].map((c) => interners.certification.intern(c));
    const incoterms = [...new Set(doc.incoterms)].map((c) => interners.incoterm.intern(c));
    this.certifications[slot] = certifications;
    this.incoterms[slot] = incoterms;
    this.certificationBits[slot] = toBits(certifications);
    this.incotermBits[slot] = toBits(incoterms);
    this.overflow[slot] = [...certifications, ...incoterms].some((id) => id >= 32) ? 1 : 0;
    return slot;
  }

  kill(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    this.aliveCount -= 1;
  }

  /** The live slots copied into fresh columns, in order; `remap[old]` is the new slot or -1. */
  compacted(): { columns: DocColumns; remap: Int32Array } {
    const next = new DocColumns(this.interners, Math.max(1024, this.aliveCount));
    const remap = new Int32Array(this.size).fill(-1);
    for (let slot = 0; slot < this.size; slot++) {
      if (!this.alive[slot]) continue;
      const to = next.size++;
      remap[slot] = to;
      next.alive[to] = 1;
      next.leaf[to] = this.leaf[slot]!;
      next.top[to] = this.top[slot]!;
      next.city[to] = this.city[slot]!;
      next.currency[to] = this.currency[slot]!;
      next.verified[to] = this.verified[slot]!;
      next.titleLocales[to] = this.titleLocales[slot]!;
      next.price[to] = this.price[slot]!;
      next.moq[to] = this.moq[slot]!;
      next.lead[to] = this.lead[slot]!;
      next.published[to] = this.published[slot]!;
      next.day[to] = this.day[slot]!;
      next.ids[to] = this.ids[slot]!;
      next.titles[to] = this.titles[slot]!;
      next.certifications[to] = this.certifications[slot]!;
      next.certificationBits[to] = this.certificationBits[slot]!;
      next.incotermBits[to] = this.incotermBits[slot]!;
      next.overflow[to] = this.overflow[slot]!;
      next.incoterms[to] = this.incoterms[slot]!;
    }
    next.aliveCount = next.size;
    return { columns: next, remap };
  }
}

export function toBits(ids: number[]): number {
  let bits = 0;
  for (const id of ids) if (id < 32) bits |= 1 << id;
  return bits;
}
