import { imagePatchSchema } from "@/lib/listings/images/image-input";
import { imageLimits } from "@/lib/listings/images/image-files";
import type { ApiLimits, ApiOperation } from "../types";
import { imageUploadSchema, listingIdParams, listingImageParams } from "../request-schemas";

export function imageOperations(limits: ApiLimits): ApiOperation[] {
  return [
    {
      operationId: "listListingImages",
      method: "get",
      path: "/api/v1/listings/{id}/images",
      tag: "Images",
      summary: "List the photos of one of your listings",
      auth: "required",
      access: "supplier",
      pathParams: listingIdParams,
      success: [{ status: 200, description: "The photos in order (position 0 first).", body: "ListingImageList" }],
      errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"],
    },
    {
      operationId: "uploadListingImage",
      method: "post",
      path: "/api/v1/listings/{id}/images",
      tag: "Images",
      summary: "Add a photo to a listing",
      description: `multipart/form-data with the image in \`file\` (JPEG, PNG or WebP, at most ${limits.imageMaxMb} MB, at least ${imageLimits.minSide} × ${imageLimits.minSide} pixels; at most ${imageLimits.perListing} photos per listing) and optional alternative text per locale in \`alt.en\` … \`alt.zh\`. The type is read from the file itself, not from its name; a thumbnail and a large WebP version are made on upload. A new photo sends a published listing back to review.`,
      auth: "required",
      access: "supplier",
      pathParams: listingIdParams,
      body: { contentType: "multipart/form-data", component: "ImageUpload", schema: imageUploadSchema(limits.imageMaxMb), example: { file: "@photo.jpg", "alt.en": "Cable drum, side view" } },
      success: [{ status: 201, description: "The stored photo with its URLs.", body: "ListingImage", headers: { Location: "URL of the new image." } }],
      errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
    },
    {
      operationId: "updateListingImage",
      method: "patch",
      path: "/api/v1/listings/{id}/images/{imageId}",
      tag: "Images",
      summary: "Change a photo's alternative text or position",
      description: "Neither change sends the listing back to review. Alt text locales not sent are kept; an empty string clears one. A position past the end moves the photo to the last place.",
      auth: "required",
      access: "supplier",
      pathParams: listingImageParams,
      body: {
        contentType: "application/json",
        component: "ImagePatch",
        schema: imagePatchSchema,
        example: { position: 0, alt: { en: "Cable drum, side view", ru: "Барабан с кабелем, вид сбоку" } },
        fieldDocs: { alt: "Alternative text per locale; an empty string clears that locale.", position: "New place among the listing's photos, from 0 (the photo search results show)." },
      },
      success: [{ status: 200, description: "The photo after the change.", body: "ListingImage" }],
      errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
    },
    {
      operationId: "deleteListingImage",
      method: "delete",
      path: "/api/v1/listings/{id}/images/{imageId}",
      tag: "Images",
      summary: "Delete a photo",
      description: "Removing a photo sends a published listing back to review.",
      auth: "required",
      access: "supplier",
      pathParams: listingImageParams,
      success: [{ status: 204, description: "Deleted; the photos after it move up.", body: null }],
      errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
    },
  ];
}
