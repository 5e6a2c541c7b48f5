import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { createListing } from "@/lib/listings/create-listing";
import { getOwnListing } from "@/lib/listings/get-own-listing";
import { listOwnListings } from "@/lib/listings/list-own-listings";
import { ownListingJson } from "@/lib/listings/own-listing-json";

// GET /api/v1/listings – the caller supplier's own listings, any status; ?status=&q=&page=&pageSize=
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const result = await listOwnListings(db(), actor, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({
    total: result.total,
    page: result.query.page,
    pages: result.pages,
    counts: result.counts,
    listings: result.listings.map((row) => ({ id: row.id, status: row.status, sku: row.sku, title: row.title, category: row.category.slug, updatedAt: row.updatedAt })),
  });
});

// POST /api/v1/listings – create a draft listing.
export const POST = authenticatedRoute(async ({ actor, readJsonObject, request }) => {
  const { id } = await createListing(db(), actor, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(ownListingJson(await getOwnListing(db(), actor, id)), { status: 201, headers: { Location: `/api/v1/listings/${id}` } });
});
