import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { removeListingImage } from "@/lib/listings/images/remove-listing-image";
import { updateListingImage } from "@/lib/listings/images/update-listing-image";

type Params = { id: string; imageId: string };

// PATCH /api/v1/listings/:id/images/:imageId – change alt text per locale ("" clears one) and/or move to `position` (0 = first).
export const PATCH = authenticatedRoute<Params>(async ({ request, actor, params, readJsonObject }) => {
  const image = await updateListingImage(db(), actor, params.id, params.imageId, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(image);
});

// DELETE /api/v1/listings/:id/images/:imageId – remove a photo; the ones after it move up.
export const DELETE = authenticatedRoute<Params>(async ({ request, actor, params }) => {
  await removeListingImage(db(), actor, params.id, params.imageId, { ip: clientIp(request.headers) });
  return new Response(null, { status: 204 });
});
