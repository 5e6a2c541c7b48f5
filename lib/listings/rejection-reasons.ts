/**
 * Why a moderator sends a listing back, as codes: the supplier reads each one in their own
 * language (locales/<lng>/review.json `reasons.*`, notifications.json `listing_reason.*`),
 * whatever language the moderator works in. "other" needs a note; every code may carry one.
 * Plain data, shared by the review form in the browser and the service.
 */
export const rejectionReasonCodes = [
  "prohibited_goods",
  "licence_required",
  "counterfeit",
  "price_implausible",
  "missing_certificate",
  "poor_photos",
  "incomplete_description",
  "wrong_category",
  "other",
] as const;

export type RejectionReasonCode = (typeof rejectionReasonCodes)[number];

export function isRejectionReasonCode(value: unknown): value is RejectionReasonCode {
  return typeof value === "string" && (rejectionReasonCodes as readonly string[]).includes(value);
}
