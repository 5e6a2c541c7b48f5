import { listingReviewRoute } from "@/lib/api/listing-action-route";

// POST /api/v1/listings/:id/reject – hub moderators decide on a listing waiting for review.
export const POST = listingReviewRoute("reject");
