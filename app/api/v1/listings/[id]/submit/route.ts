import { listingTransitionRoute } from "@/lib/api/listing-action-route";

// POST /api/v1/listings/:id/submit – submit it for review (verified suppliers).
export const POST = listingTransitionRoute("submit");
