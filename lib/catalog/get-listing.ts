import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { variantSize } from "@/lib/listings/images/image-files";
import { listingImageUrl } from "@/lib/listings/images/listing-image-url";
import { categoryName } from "@/lib/taxonomy/category-names";
import { pickLocalized } from "./localized-text";

/**
 * One listing for its page. Anyone may see a published listing; a listing in any other state
 * only its own supplier and hub staff — to everyone else it does not exist (NOT_FOUND, not
 * FORBIDDEN, so drafts are not revealed).
 */
export async function getListing(client: Db, id: string, locale: Locale, actor: Actor | null) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND", "Listing not found");
  const row = await client.listing.findUnique({
    where: { id },
    include: {
      priceTiers: { orderBy: { minQty: "asc" } },
      images: { orderBy: { position: "asc" }, select: { id: true, storageKey: true, width: true, height: true, alt: true } },
      category: { select: { slug: true, names: true, parent: { select: { slug: true, names: true } } } },
      supplier: { select: { id: true, name: true, legalName: true, city: true, country: true, verificationStatus: true, verifiedAt: true, createdAt: true } },
    },
  });
  const visible = row && (row.status === "PUBLISHED" || actor?.organization.type === "HUB" || actor?.organization.id === row.supplierId);
  if (!row || !visible) throw new AppError("NOT_FOUND", "Listing not found");
  return {
    id: row.id,
    sku: row.sku,
    status: row.status,
    title: pickLocalized(row.title, locale),
    description: pickLocalized(row.description, locale),
    category: { slug: row.category.slug, name: categoryName(row.category.names, locale) },
    topCategory: row.category.parent ? { slug: row.category.parent.slug, name: categoryName(row.category.parent.names, locale) } : null,
    hsCode: row.hsCode,
    unit: row.unit,
    moq: row.moq,
    currency: row.currency,
    leadTimeDays: row.leadTimeDays,
    incoterms: row.incoterms as { term: string; place: string | null }[],
    certifications: row.certifications,
    specifications: row.specifications as Record<string, string>,
    priceTiers: row.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPriceMinor: tier.unitPriceMinor })),
    supplier: { ...row.supplier, verified: row.supplier.verificationStatus === "VERIFIED" },
    /** In the supplier's order; `alt.text` is empty when the supplier wrote none in any language. */
    images: row.images.map((image) => ({
      id: image.id,
      width: image.width,
      height: image.height,
      alt: pickLocalized(image.alt, locale),
      thumb: { url: listingImageUrl(image.storageKey, "thumb"), ...variantSize(image, "thumb") },
      large: { url: listingImageUrl(image.storageKey, "large"), ...variantSize(image, "large") },
    })),
    publishedAt: row.publishedAt,
  };
}
