import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { getOwnListing } from "@/lib/listings/get-own-listing";
import { ownListingJson } from "@/lib/listings/own-listing-json";
import { updateListing } from "@/lib/listings/update-listing";
import { publicRoute } from "@/lib/api/public-route";
import { moneyJson } from "@/lib/api/search-response";
import { getRequestActor } from "@/lib/auth/get-actor";
import { getListing } from "@/lib/catalog/get-listing";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

// GET /api/v1/listings/:id – one listing; published ones for anyone, others for their supplier and hub staff.
export const GET = publicRoute<{ id: string }>(async ({ request, params }) => {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : negotiateLocale(request.headers.get("accept-language"));
  const listing = await getListing(db(), params.id, locale, await getRequestActor(request));
  return Response.json({
    ...listing,
    priceTiers: listing.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPrice: moneyJson(tier.unitPriceMinor, listing.currency) })),
  });
});

// PATCH /api/v1/listings/:id – change some fields of one of the caller's listings.
export const PATCH = authenticatedRoute<{ id: string }>(async ({ actor, params, readJsonObject, request }) => {
  await updateListing(db(), actor, params.id, await readJsonObject(), "patch", { ip: clientIp(request.headers) });
  return Response.json(ownListingJson(await getOwnListing(db(), actor, params.id)));
});
