import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { parseInput } from "@/lib/errors/validation";
import { listingInputSchema } from "./listing-input";
import { asSkuTaken, listingColumns, priceTierRows, resolveLeafCategory } from "./listing-values";

/** A supplier creates a listing. It starts as a draft; submitting it for review is a separate step. */
export async function createListing(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<{ id: string }> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  const input = parseInput(listingInputSchema, rawInput);
  try {
    return await client.$transaction(async (tx) => {
      const categoryId = await resolveLeafCategory(tx, input.category);
      const listing = await tx.listing.create({
        data: { ...listingColumns(input, categoryId), supplierId: actor.organization.id, status: "DRAFT", priceTiers: { create: priceTierRows(input) } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "listing.created",
        targetType: "Listing",
        targetId: listing.id,
        organizationId: actor.organization.id,
        data: { sku: input.sku, category: input.category },
        ip: context.ip,
      });
      return listing;
    });
  } catch (error) {
    throw asSkuTaken(error);
  }
}
