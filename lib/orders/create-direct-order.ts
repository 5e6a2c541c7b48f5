import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { isLocale } from "@/lib/i18n/config";
import { createOrderInTx } from "./create-order-in-tx";
import { directOrderInputSchema } from "./direct-order-input";

/**
 * A buyer orders straight from a published listing: at least the MOQ, at the price of the
 * highest tier the quantity reaches, on one of the Incoterms the listing offers.
 */
export async function createDirectOrder(client: Db, actor: Actor, rawInput: unknown, context: { now?: Date } = {}) {
  authorize(actor, "rfq:buy", { organizationId: actor.organization.id });
  const input = parseInput(directOrderInputSchema, rawInput);
  const now = context.now ?? new Date();
  return client.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({ where: { id: input.listingId, status: "PUBLISHED" }, include: { priceTiers: { orderBy: { minQty: "asc" } } } });
    if (!listing) throw new AppError("VALIDATION_FAILED", "Listing not available", { fields: { listingId: "field.invalid" } });
    if (input.quantity < listing.moq) throw new AppError("VALIDATION_FAILED", "Below MOQ", { fields: { quantity: "field.quantity_below_moq" } });
    const offer = (listing.incoterms as { term: string; place: string | null }[]).find((o) => o.term === input.incoterm);
    if (!offer) throw new AppError("VALIDATION_FAILED", "Incoterm not offered", { fields: { incoterm: "field.incoterm_invalid" } });
    const tier = [...listing.priceTiers].reverse().find((t) => input.quantity >= t.minQty) ?? listing.priceTiers[0]!;
    const buyer = await tx.organization.findUniqueOrThrow({ where: { id: actor.organization.id }, select: { id: true, name: true, country: true } });
    const locale = isLocale(actor.locale) ? actor.locale : "en";
    return createOrderInTx(
      tx,
      {
        buyer,
        supplierId: listing.supplierId,
        listingId: listing.id,
        currency: listing.currency,
        line: { description: `${listing.sku} — ${pickLocalized(listing.title, locale).text}`, listingId: listing.id, quantity: input.quantity, unit: listing.unit, unitPriceMinor: tier.unitPriceMinor },
        incoterm: offer.term,
        namedPlace: offer.place ?? input.namedPlace ?? "",
        paymentTerms: null,
        deliveryDate: input.deliveryDate ? new Date(`${input.deliveryDate}T00:00:00Z`) : null,
      },
      auditActorOf(actor),
      now,
    );
  });
}
