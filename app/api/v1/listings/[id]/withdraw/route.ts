import { listingTransitionRoute } from "@/lib/api/listing-action-route";

// POST /api/v1/listings/:id/withdraw – take it back from review to draft.
export const POST = listingTransitionRoute("withdraw");
