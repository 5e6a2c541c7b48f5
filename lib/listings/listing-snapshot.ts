import { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { toListingInput } from "./listing-values";

/**
 * What a moderator approved, stored in ListingApproval.snapshot: everything they judged — text
 * per locale, category, HS code, unit, MOQ, prices, certifications, specifications, Incoterms
 * and which photos. The next review compares the listing with its latest snapshot
 * (snapshot-diff.ts). Prices are decimal strings in major units, as suppliers write them.
 */
export const listingSnapshotSchema = z.object({
  version: z.literal(1),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  category: z.string(),
  hsCode: z.string(),
  unit: z.string(),
  moq: z.number().int(),
  currency: z.string(),
  priceTiers: z.array(z.object({ minQty: z.number().int(), unitPrice: z.string() })),
  certifications: z.array(z.string()),
  specifications: z.record(z.string(), z.string()),
  incoterms: z.array(z.object({ term: z.string(), place: z.string().nullable().optional() })),
  imageIds: z.array(z.string()),
});

export type ListingSnapshot = z.infer<typeof listingSnapshotSchema>;

type SnapshotSource = Parameters<typeof toListingInput>[0] & { images: { id: string }[] };

/** The Prisma include that gives a listing row everything its snapshot needs. */
export const snapshotInclude = {
  priceTiers: { orderBy: { minQty: "asc" } },
  category: { select: { slug: true } },
  images: { orderBy: { position: "asc" }, select: { id: true } },
} as const satisfies Prisma.ListingInclude;

export function toListingSnapshot(row: SnapshotSource): ListingSnapshot {
  const input = toListingInput(row);
  return {
    version: 1,
    title: withoutEmpty(input.title),
    description: withoutEmpty(input.description),
    category: input.category,
    hsCode: input.hsCode,
    unit: input.unit,
    moq: input.moq,
    currency: input.currency,
    priceTiers: input.priceTiers,
    certifications: input.certifications,
    specifications: input.specifications,
    incoterms: input.incoterms.map((offer) => ({ term: offer.term, place: offer.place ?? null })),
    imageIds: row.images.map((image) => image.id),
  };
}

/** A stored snapshot, or null when it is not one this code can read (then there is nothing to compare with). */
export function parseListingSnapshot(json: unknown): ListingSnapshot | null {
  const parsed = listingSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Records the listing's current content as approved. Call inside the approving transaction, after locking the row. */
export async function recordApproval(tx: Tx, listingId: string, approvedById: string): Promise<{ id: string; snapshot: ListingSnapshot }> {
  const row = await tx.listing.findUniqueOrThrow({ where: { id: listingId }, include: snapshotInclude });
  const snapshot = toListingSnapshot(row);
  const approval = await tx.listingApproval.create({ data: { listingId, snapshot, approvedById }, select: { id: true } });
  return { id: approval.id, snapshot };
}

function withoutEmpty(texts: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((texts ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}
