import { publicRoute } from "@/lib/api/public-route";
import { toSearchResponse } from "@/lib/api/search-response";
import { getListingCardsCached } from "@/lib/catalog/listing-card-cache";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { runSearch } from "@/lib/search/run-search";
import { parseSearchParams } from "@/lib/search/search-params";

// GET /api/v1/search – public catalog search: ?q=&locale=&category=&city=&cert=&verified=&priceMin=&priceMax=&currency=&sort=&page=&limit=
export const GET = publicRoute(async ({ request }) => {
  const url = new URL(request.url);
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  const requested = url.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : negotiateLocale(request.headers.get("accept-language"));
  const query = parseSearchParams(raw, locale);
  const outcome = await runSearch(query);
  if (!outcome.ok) throw new AppError("INTERNAL", "Search is unavailable");
  const cards = await getListingCardsCached(db(), outcome.result.hits.map((hit) => hit.id), locale);
  return Response.json(toSearchResponse(outcome.result, cards, locale));
});
