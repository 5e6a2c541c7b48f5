import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import { queueSearchUpdate } from "@/lib/search/outbox-topics";
import { supplierTransitions, type SupplierTransition } from "./listing-transitions";
import { lockOwnListing } from "./lock-own-listing";

/**
 * A supplier moves one of its listings along the workflow (submit, withdraw, archive, restore).
 * Only verified suppliers may submit for review. A transition from the wrong state (a double
 * click, a second tab, a moderator who decided meanwhile) is a CONFLICT that changes nothing.
 */
export async function changeListingStatus(client: Db, actor: Actor, listingId: string, transition: SupplierTransition, context: { ip?: string } = {}): Promise<{ id: string; status: ListingStatus }> {
  const rule = supplierTransitions[transition];
  return client.$transaction(async (tx) => {
    const listing = await lockOwnListing(tx, actor, listingId);
    if (!(rule.from as readonly ListingStatus[]).includes(listing.status)) {
      throw new AppError("CONFLICT", `Cannot ${transition} a listing in ${listing.status}`, { messageKey: "listing.wrong_status" });
    }
    if (transition === "submit") {
      const supplier = await tx.organization.findUniqueOrThrow({ where: { id: listing.supplierId }, select: { verificationStatus: true } });
      if (supplier.verificationStatus !== "VERIFIED") throw new AppError("CONFLICT", "Supplier not verified", { messageKey: "listing.supplier_not_verified" });
    }
    await tx.listing.update({
      where: { id: listing.id },
      data: { status: rule.to, ...(transition === "submit" ? { submittedAt: new Date(), rejectionReason: null } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: rule.audit,
      targetType: "Listing",
      targetId: listing.id,
      organizationId: listing.supplierId,
      data: { from: listing.status, to: rule.to },
      ip: context.ip,
    });
    await queueSearchUpdate(tx, [listing.id]);
    return { id: listing.id, status: rule.to };
  });
}
