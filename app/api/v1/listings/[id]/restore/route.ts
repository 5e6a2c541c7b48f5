import { listingTransitionRoute } from "@/lib/api/listing-action-route";

// POST /api/v1/listings/:id/restore – restore an archived listing as a draft.
export const POST = listingTransitionRoute("restore");
