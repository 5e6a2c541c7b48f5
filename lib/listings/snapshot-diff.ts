import type { ListingSnapshot } from "./listing-snapshot";

type Tier = ListingSnapshot["priceTiers"][number];

/** One changed field between the approved snapshot (`before`) and the listing now (`after`). */
export type FieldChange =
  | { field: "title" | "description"; locale: string; before: string | null; after: string | null }
  | { field: "category" | "hsCode" | "unit" | "currency"; before: string; after: string }
  | { field: "moq"; before: number; after: number }
  | { field: "priceTiers"; before: { currency: string; tiers: Tier[] }; after: { currency: string; tiers: Tier[] } }
  | { field: "certifications"; before: string[]; after: string[] }
  | { field: "specifications"; name: string; before: string | null; after: string | null }
  | { field: "incoterms"; before: string[]; after: string[] }
  | { field: "images"; before: number; after: number; added: string[]; removed: string[] };

export type ListingDiff =
  /** Never approved: everything is new. */
  | { kind: "new" }
  /** Approved before snapshots were kept: no baseline to compare with. */
  | { kind: "no_snapshot" }
  | { kind: "changed"; approvedAt: Date; changes: FieldChange[] };

const localeOrder = ["en", "ru", "kk", "uz", "zh"];

/**
 * The field-by-field difference, in the order the editor shows the fields. Texts are compared
 * per locale, specifications per name; lists whose order carries no meaning (certifications)
 * are compared as sets, prices tier by tier.
 */
export function diffSnapshots(before: ListingSnapshot, after: ListingSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ["title", "description"] as const) {
    for (const locale of unionKeys(before[field], after[field], localeOrder)) {
      const was = before[field][locale] ?? null;
      const now = after[field][locale] ?? null;
      if (was !== now) changes.push({ field, locale, before: was, after: now });
    }
  }
  for (const field of ["category", "hsCode", "unit"] as const) if (before[field] !== after[field]) changes.push({ field, before: before[field], after: after[field] });
  if (before.moq !== after.moq) changes.push({ field: "moq", before: before.moq, after: after.moq });
  if (before.currency !== after.currency) changes.push({ field: "currency", before: before.currency, after: after.currency });
  if (before.currency !== after.currency || !sameTiers(before.priceTiers, after.priceTiers)) {
    changes.push({ field: "priceTiers", before: { currency: before.currency, tiers: before.priceTiers }, after: { currency: after.currency, tiers: after.priceTiers } });
  }
  if (!sameSet(before.certifications, after.certifications)) changes.push({ field: "certifications", before: before.certifications, after: after.certifications });
  for (const name of unionKeys(before.specifications, after.specifications)) {
    const was = before.specifications[name] ?? null;
    const now = after.specifications[name] ?? null;
    if (was !== now) changes.push({ field: "specifications", name, before: was, after: now });
  }
  const incoterms = (list: ListingSnapshot["incoterms"]) => list.map((offer) => [offer.term, offer.place].filter(Boolean).join(" "));
  if (incoterms(before.incoterms).join("|") !== incoterms(after.incoterms).join("|")) changes.push({ field: "incoterms", before: incoterms(before.incoterms), after: incoterms(after.incoterms) });
  const added = after.imageIds.filter((id) => !before.imageIds.includes(id));
  const removed = before.imageIds.filter((id) => !after.imageIds.includes(id));
  if (added.length || removed.length || before.imageIds.join() !== after.imageIds.join()) {
    changes.push({ field: "images", before: before.imageIds.length, after: after.imageIds.length, added, removed });
  }
  return changes;
}

/**
 * What the review queue shows for one listing: its latest approval compared with now, or
 * why there is nothing to compare with.
 */
export function listingDiff(current: ListingSnapshot, latest: { snapshot: ListingSnapshot | null; approvedAt: Date } | null, everPublished: boolean): ListingDiff {
  if (!latest?.snapshot) return everPublished ? { kind: "no_snapshot" } : { kind: "new" };
  return { kind: "changed", approvedAt: latest.approvedAt, changes: diffSnapshots(latest.snapshot, current) };
}

function unionKeys(a: Record<string, string>, b: Record<string, string>, order: string[] = []): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return keys.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

function sameTiers(a: Tier[], b: Tier[]): boolean {
  return a.length === b.length && a.every((tier, index) => tier.minQty === b[index]!.minQty && tier.unitPrice === b[index]!.unitPrice);
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
