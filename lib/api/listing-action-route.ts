import "server-only";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { getOwnListing } from "@/lib/listings/get-own-listing";
import type { SupplierTransition } from "@/lib/listings/listing-transitions";
import { ownListingJson } from "@/lib/listings/own-listing-json";
import { reviewListing } from "@/lib/listings/review-listing";
import { authenticatedRoute } from "./handler";

/** POST /api/v1/listings/:id/<transition> for the supplier's workflow steps; answers with the listing. */
export function listingTransitionRoute(transition: SupplierTransition) {
  return authenticatedRoute<{ id: string }>(async ({ actor, params, request }) => {
    await changeListingStatus(db(), actor, params.id, transition, { ip: clientIp(request.headers) });
    return Response.json(ownListingJson(await getOwnListing(db(), actor, params.id)));
  });
}

/** POST /api/v1/listings/:id/approve|reject for hub moderators; answers with the new status. */
export function listingReviewRoute(decision: "approve" | "reject") {
  return authenticatedRoute<{ id: string }>(async ({ actor, params, request, readJsonObject }) => {
    const body = decision === "reject" ? await readJsonObject() : {};
    const result = await reviewListing(db(), actor, params.id, { ...body, decision }, { ip: clientIp(request.headers) });
    return Response.json(result);
  });
}
