import { listingTransitionRoute } from "@/lib/api/listing-action-route";

// POST /api/v1/listings/:id/archive – archive it (hidden from buyers).
export const POST = listingTransitionRoute("archive");
