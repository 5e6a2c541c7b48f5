import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db/create-client";
import { copyListingImages } from "./images/copy-listing-images";
import { lockOwnListing } from "./lock-own-listing";

/**
 * Copies one of the supplier's listings into a new draft — the quick way to list a variant
 * (another size, another colour). The copy gets a free SKU derived from the original
 * ("ABC-1" → "ABC-1-COPY", "ABC-1-COPY-2", …) which the supplier will usually rename.
 */
export async function duplicateListing(client: Db, actor: Actor, listingId: string, context: { ip?: string } = {}): Promise<{ id: string; sku: string }> {
  return client.$transaction(async (tx) => {
    const source = await lockOwnListing(tx, actor, listingId);
    const sku = await freeCopySku(tx, source.supplierId, source.sku);
    const copy = await tx.listing.create({
      data: {
        supplierId: source.supplierId,
        sku,
        categoryId: source.categoryId,
        title: source.title ?? {},
        description: source.description ?? {},
        hsCode: source.hsCode,
        unit: source.unit,
        moq: source.moq,
        currency: source.currency,
        leadTimeDays: source.leadTimeDays,
        incoterms: source.incoterms ?? [],
        certifications: source.certifications,
        specifications: source.specifications ?? {},
        status: "DRAFT",
        priceTiers: { create: source.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPriceMinor: tier.unitPriceMinor })) },
      },
      select: { id: true, sku: true },
    });
    await copyListingImages(tx, source.id, copy.id);
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "listing.duplicated",
      targetType: "Listing",
      targetId: copy.id,
      organizationId: source.supplierId,
      data: { from: source.id, sku },
      ip: context.ip,
    });
    return copy;
  });
}

async function freeCopySku(tx: Tx, supplierId: string, sku: string): Promise<string> {
  const base = `${sku.slice(0, 52)}-COPY`;
  const taken = new Set((await tx.listing.findMany({ where: { supplierId, sku: { startsWith: base } }, select: { sku: true } })).map((row) => row.sku));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
