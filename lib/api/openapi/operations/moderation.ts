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
    description: "PENDING_REVIEW → REJECTED. The supplier sees the reason, fixes the listing and submits it again. 409 when it is no longer waiting for review.",
    auth: "required",
    access: "moderator",
    pathParams: listingIdParams,
    body: {
      contentType: "application/json",
      component: "RejectListing",
      schema: rejectListingSchema,
      example: { reason: "The photos show a different cable cross-section than the title." },
      fieldDocs: { reason: "What the supplier must change; they see it as written." },
    },
    success: [{ status: 200, description: "The listing's new status (REJECTED).", body: "ReviewResult" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
];
