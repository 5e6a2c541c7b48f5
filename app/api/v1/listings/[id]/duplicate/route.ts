import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { duplicateListing } from "@/lib/listings/duplicate-listing";
import { getOwnListing } from "@/lib/listings/get-own-listing";
import { ownListingJson } from "@/lib/listings/own-listing-json";

// POST /api/v1/listings/:id/duplicate – copy one of the caller's listings into a new draft.
export const POST = authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => {
  const { id } = await duplicateListing(db(), actor, params.id, { ip: clientIp(request.headers) });
  return Response.json(ownListingJson(await getOwnListing(db(), actor, id)), { status: 201, headers: { Location: `/api/v1/listings/${id}` } });
});
