import { authenticatedRoute } from "@/lib/api/handler";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { readImageUpload } from "@/lib/listings/images/read-image-upload";
import { addListingImage } from "@/lib/listings/images/add-listing-image";
import { listOwnListingImages } from "@/lib/listings/images/list-own-listing-images";

// GET /api/v1/listings/:id/images – the photos of one of your listings, in order.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => {
  return Response.json({ images: await listOwnListingImages(db(), actor, params.id) });
});

// POST /api/v1/listings/:id/images – upload a photo: multipart/form-data with `file` (JPEG, PNG or WebP) and optional `alt.en` … `alt.zh`.
export const POST = authenticatedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const upload = await readImageUpload(request);
  const image = await addListingImage(db(), actor, params.id, upload, { ip: clientIp(request.headers) });
  return Response.json(image, { status: 201, headers: { Location: `/api/v1/listings/${params.id}/images/${image.id}` } });
});
