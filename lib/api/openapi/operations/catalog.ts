import type { ApiLimits, ApiOperation } from "../types";
import { listingIdParams, listingQuerySchema, searchQuerySchema } from "../request-schemas";

export function catalogOperations(limits: ApiLimits): ApiOperation[] {
  const rateLimit = `Rate-limited to ${limits.searchRequestsPerMinute} requests per minute per client IP; over the limit the answer is 429 with Retry-After.`;
  return [
    {
      operationId: "searchListings",
      method: "get",
      path: "/api/v1/search",
      tag: "Catalog",
      summary: "Search published listings",
      description: `Multilingual full-text search with filters and facets. Malformed parameters are ignored rather than rejected, so a shared link with one bad value still answers. ${rateLimit}`,
      auth: "none",
      query: searchQuerySchema,
      exampleQuery: { q: "кабель", locale: "ru", verified: "1", limit: "5" },
      success: [{ status: 200, description: "One page of hits with facet counts.", body: "SearchResponse" }],
      errors: ["RATE_LIMITED", "INTERNAL"],
    },
    {
      operationId: "getListing",
      method: "get",
      path: "/api/v1/listings/{id}",
      tag: "Catalog",
      summary: "Get one listing",
      description: `A published listing for anyone; a listing in another state only for its own supplier and hub staff — to everyone else it does not exist (404). ${rateLimit}`,
      auth: "optional",
      pathParams: listingIdParams,
      query: listingQuerySchema,
      exampleQuery: { locale: "en" },
      success: [{ status: 200, description: "The listing, with texts in the requested locale or the nearest available one.", body: "Listing" }],
      errors: ["NOT_FOUND", "RATE_LIMITED", "INTERNAL"],
    },
  ];
}
