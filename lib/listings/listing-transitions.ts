import type { ListingStatus } from "@/lib/db/generated/enums.ts";

/**
 * Every status change a supplier may make, with the states it starts from. Review decisions
 * (approve, reject) belong to hub staff and live in review-listing.ts.
 *
 *   DRAFT ──submit──> PENDING_REVIEW ──approve──> PUBLISHED
 *     ^                 │   │                       │
 *     └───withdraw──────┘   └──reject──> REJECTED ──submit──> PENDING_REVIEW
 *   any but ARCHIVED ──archive──> ARCHIVED ──restore──> DRAFT
 */
export const supplierTransitions = {
  submit: { from: ["DRAFT", "REJECTED"], to: "PENDING_REVIEW", audit: "listing.submitted" },
  withdraw: { from: ["PENDING_REVIEW"], to: "DRAFT", audit: "listing.withdrawn" },
  archive: { from: ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED"], to: "ARCHIVED", audit: "listing.archived" },
  restore: { from: ["ARCHIVED"], to: "DRAFT", audit: "listing.restored" },
} as const satisfies Record<string, { from: readonly ListingStatus[]; to: ListingStatus; audit: string }>;

export type SupplierTransition = keyof typeof supplierTransitions;

export const supplierTransitionNames = Object.keys(supplierTransitions) as SupplierTransition[];

export function isSupplierTransition(value: string): value is SupplierTransition {
  return Object.hasOwn(supplierTransitions, value);
}

/** The transitions open to the supplier from a status, in the order the console shows them. */
export function transitionsFrom(status: ListingStatus): SupplierTransition[] {
  return supplierTransitionNames.filter((name) => (supplierTransitions[name].from as readonly ListingStatus[]).includes(status));
}
