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
