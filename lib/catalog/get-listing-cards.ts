import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { variantSize } from "@/lib/listings/images/image-files";
import { listingImageUrl } from "@/lib/listings/images/listing-image-url";
import { categoryName } from "@/lib/taxonomy/category-names";
import { pickLocalized } from "./localized-text";

export type ListingCard = {
  id: string;
  sku: string;
  title: string;
  titleLocale: Locale;
  category: { slug: string; name: string };
  supplier: { id: string; name: string; city: string; verified: boolean };
  priceFromMinor: bigint;
  currency: string;
  unit: string;
  moq: number;
  leadTimeDays: number;
  certifications: string[];
  /** The first photo's thumbnail; null when the listing has none. `alt` is empty when the supplier wrote none. */
  image: { url: string; width: number; height: number; alt: string; altLocale: Locale } | null;
};

/**
 * What a result list shows for each listing, in the order of `ids`. Only published listings:
 * an id that stopped being public since the index was updated is simply left out.
 */
export async function getListingCards(client: Db, ids: string[], locale: Locale): Promise<ListingCard[]> {
  if (!ids.length) return [];
  const rows = await client.listing.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: {
      id: true,
      sku: true,
      title: true,
      unit: true,
      moq: true,
      currency: true,
      leadTimeDays: true,
      certifications: true,
      category: { select: { slug: true, names: true } },
      supplier: { select: { id: true, name: true, city: true, verificationStatus: true } },
      priceTiers: { orderBy: { minQty: "asc" }, take: 1, select: { unitPriceMinor: true } },
      images: { orderBy: { position: "asc" }, take: 1, select: { storageKey: true, width: true, height: true, alt: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const title = pickLocalized(row.title, locale);
    const photo = row.images[0];
    const alt = photo ? pickLocalized(photo.alt, locale) : null;
    return [
      {
        id: row.id,
        sku: row.sku,
        title: title.text,
        titleLocale: title.locale,
        category: { slug: row.category.slug, name: categoryName(row.category.names, locale) },
        supplier: { id: row.supplier.id, name: row.supplier.name, city: row.supplier.city, verified: row.supplier.verificationStatus === "VERIFIED" },
        priceFromMinor: row.priceTiers[0]?.unitPriceMinor ?? 0n,
        currency: row.currency,
        unit: row.unit,
        moq: row.moq,
        leadTimeDays: row.leadTimeDays,
        certifications: row.certifications,
        image: photo && alt ? { url: listingImageUrl(photo.storageKey, "thumb"), ...variantSize(photo, "thumb"), alt: alt.text, altLocale: alt.locale } : null,
      },
    ];
  });
}
