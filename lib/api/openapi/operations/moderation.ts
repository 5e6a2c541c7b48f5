import type { ApiOperation } from "../types";
import { listingIdParams, rejectListingSchema } from "../request-schemas";

export const moderationOperations: ApiOperation[] = [
  {
    operationId: "approveListing",
    method: "post",
    path: "/api/v1/listings/{id}/approve",
    tag: "Moderation",
    summary: "Approve a listing and publish it",
    description: "PENDING_REVIEW → PUBLISHED; the listing appears in search within seconds. 409 when it is no longer waiting for review (withdrawn, or decided by another moderator).",
    auth: "required",
    access: "moderator",
    pathParams: listingIdParams,
    success: [{ status: 200, description: "The listing's new status (PUBLISHED).", body: "ReviewResult" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
  },
  {
    operationId: "rejectListing",
    method: "post",
    path: "/api/v1/listings/{id}/reject",
    tag: "Moderation",
    summary: "Reject a listing with a reason",
    description:
      "PENDING_REVIEW → REJECTED. The supplier reads the reason code in their own language, with the note as written, fixes the listing and submits it again. Without a reasonCode the reason is `other`, which needs a note. 409 when it is no longer waiting for review.",
    auth: "required",
    access: "moderator",
    pathParams: listingIdParams,
    body: {
      contentType: "application/json",
      component: "RejectListing",
      schema: rejectListingSchema,
      example: { reasonCode: "poor_photos", reason: "The photos show a different cable cross-section than the title." },
      fieldDocs: {
        reasonCode: "Why the listing is rejected; the supplier reads it in their own language. Default other.",
        reason: "Note to the supplier, shown as written (3–1000 characters); required when reasonCode is other.",
      },
    },
    success: [{ status: 200, description: "The listing's new status (REJECTED).", body: "ReviewResult" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
];
