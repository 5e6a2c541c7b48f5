import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import type { SearchDocument } from "./types";

const listingSelect = {
  id: true,
  sku: true,
  title: true,
  description: true,
  hsCode: true,
  unit: true,
  moq: true,
  currency: true,
  leadTimeDays: true,
  incoterms: true,
  certifications: true,
  publishedAt: true,
  updatedAt: true,
  supplier: { select: { id: true, name: true, legalName: true, city: true, verificationStatus: true } },
  category: { select: { slug: true, names: true, parent: { select: { slug: true, names: true } } } },
  priceTiers: { orderBy: { minQty: "asc" as const }, take: 1, select: { unitPriceMinor: true } },
} as const;

type ListingRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(client: Db, where: { id?: { in: string[] }; id_gt?: string }, take?: number) {
  return client.listing.findMany({
    where: { status: "PUBLISHED", ...(where.id ? { id: where.id } : {}), ...(where.id_gt ? { id: { gt: where.id_gt } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: listingSelect,
  });
}

function toDocument(row: ListingRow): SearchDocument {
  const top = row.category.parent ?? row.category;
  return {
    id: row.id,
    sku: row.sku,
    title: row.title as SearchDocument["title"],
    description: row.description as SearchDocument["description"],
    category: {
      slug: row.category.slug,
      names: row.category.names as Record<Locale, string>,
      topSlug: top.slug,
      topNames: top.names as Record<Locale, string>,
    },
    supplier: {
      id: row.supplier.id,
      name: row.supplier.name,
      legalName: row.supplier.legalName,
      city: row.supplier.city,
      verified: row.supplier.verificationStatus === "VERIFIED",
    },
    hsCode: row.hsCode,
    unit: row.unit,
    moq: row.moq,
    currency: row.currency,
    priceFromMinor: Number(row.priceTiers[0]?.unitPriceMinor ?? 0n),
    leadTimeDays: row.leadTimeDays,
    incoterms: [...new Set((row.incoterms as { term: string }[]).map((offer) => offer.term))],
    certifications: row.certifications,
    publishedAt: (row.publishedAt ?? row.updatedAt).getTime(),
  };
}

/** Every published listing as a search document, read in pages so memory stays flat. */
export async function* loadAllSearchDocuments(client: Db, pageSize = 2000): AsyncGenerator<SearchDocument[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await loadRows(client, after ? { id_gt: after } : {}, pageSize);
    if (!rows.length) return;
    yield rows.map(toDocument);
    after = rows.at(-1)!.id;
  }
}

/**
 * The current documents for some listings: those still published come back as documents, the
 * rest (archived, rejected, deleted) as ids to remove from the index.
 */
export async function loadSearchDocuments(client: Db, ids: string[]): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  const rows = await loadRows(client, { id: { in: ids } });
  const documents = rows.map(toDocument);
  const present = new Set(documents.map((d) => d.id));
  return { documents, removed: ids.filter((id) => !present.has(id)) };
}
