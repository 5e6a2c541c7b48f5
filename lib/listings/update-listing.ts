import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { listingInputSchema, listingPatchSchema, reviewedFields } from "./listing-input";
import { asSkuTaken, changedFields, listingColumns, priceTierRows, resolveLeafCategory, toListingInput } from "./listing-values";
import { lockOwnListing } from "./lock-own-listing";
import { reviewAgainIfPublished } from "./review-again-if-published";

export type UpdateMode = "replace" | "patch";

/**
 * A supplier edits one of its listings: the whole listing (console form, `mode: "replace"`) or
 * some fields (`PATCH`, merged over the stored values and validated as a whole). A published
 * listing whose reviewed content changed goes back to review; price and terms changes apply
 * at once (ADR 0007). Archived listings must be restored first.
 */
export async function updateListing(client: Db, actor: Actor, listingId: string, rawInput: unknown, mode: UpdateMode, context: { ip?: string } = {}) {
  const patch = mode === "patch" ? parseInput(listingPatchSchema, rawInput) : null;
  const replacement = mode === "replace" ? parseInput(listingInputSchema, rawInput) : null;
  try {
    return await client.$transaction(async (tx): Promise<{ id: string; status: ListingStatus; previousStatus: ListingStatus; changed: string[] }> => {
      const current = await lockOwnListing(tx, actor, listingId);
      if (current.status === "ARCHIVED") throw new AppError("CONFLICT", "Archived listing", { messageKey: "listing.archived_not_editable" });
      const before = toListingInput(current);
      const input = replacement ?? parseInput(listingInputSchema, { ...before, ...patch });
      const changed = changedFields(before, input);
      if (!changed.length) return { id: current.id, status: current.status, previousStatus: current.status, changed };

      const categoryId = changed.includes("category") ? await resolveLeafCategory(tx, input.category) : current.categoryId;
      await tx.listing.update({ where: { id: current.id }, data: listingColumns(input, categoryId), select: { id: true } });
      if (changed.some((field) => field === "priceTiers" || field === "currency")) {
        await tx.listingPriceTier.deleteMany({ where: { listingId: current.id } });
        await tx.listingPriceTier.createMany({ data: priceTierRows(input).map((tier) => ({ ...tier, listingId: current.id })) });
      }
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "listing.updated",
        targetType: "Listing",
        targetId: current.id,
        organizationId: current.supplierId,
        data: { changed },
        ip: context.ip,
      });
      const reviewed = changed.filter((field) => (reviewedFields as readonly string[]).includes(field));
      const status = reviewed.length ? await reviewAgainIfPublished(tx, current, auditActorOf(actor), `changed: ${reviewed.join(", ")}`) : current.status;
      await queueSearchUpdate(tx, [current.id]);
      return { id: current.id, status, previousStatus: current.status, changed };
    });
  } catch (error) {
    throw asSkuTaken(error);
  }
}
