import { listingInputSchema, listingPatchSchema } from "@/lib/listings/listing-input";
import { ownListingsQuerySchema } from "@/lib/listings/list-own-listings";
import type { ApiOperation } from "../types";
import { listingFieldDocs } from "../field-docs";
import { listingIdParams } from "../request-schemas";

const exampleListing = {
  sku: "YJV-3x95-CU",
  category: "copper-power-cable",
  title: { en: "Copper power cable YJV 3×95 mm², 0.6/1 kV", zh: "铜芯交联电力电缆 YJV 3×95 mm²", ru: "Кабель силовой медный YJV 3×95 мм², 0,6/1 кВ" },
  description: { en: "XLPE insulation, PVC sheath. Supplied on drums of 500 m." },
  hsCode: "8544.49",
  unit: "m",
  moq: 1000,
  currency: "CNY",
  priceTiers: [
    { minQty: 1000, unitPrice: "182.40" },
    { minQty: 10000, unitPrice: "176.90" },
  ],
  leadTimeDays: 21,
  incoterms: [
    { term: "FOB", place: "Shanghai" },
    { term: "DAP", place: "Almaty" },
  ],
  certifications: ["CCC", "EAC"],
  specifications: { Conductor: "Copper, class 2", "Rated voltage": "0.6/1 kV" },
};

/** submit, withdraw, archive, restore: no body, the listing after the change. */
function transition(operationId: string, action: string, summary: string, description: string): ApiOperation {
  return {
    operationId,
    method: "post",
    path: `/api/v1/listings/{id}/${action}`,
    tag: "Listings",
    summary,
    description: `${description} Answers 409 when the listing is not in a state that allows it (for example after a change in another tab).`,
    auth: "required",
    access: "supplier",
    pathParams: listingIdParams,
    success: [{ status: 200, description: "The listing in its new state.", body: "OwnListing" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"],
  };
}

export const listingOperations: ApiOperation[] = [
  {
    operationId: "listOwnListings",
    method: "get",
    path: "/api/v1/listings",
    tag: "Listings",
    summary: "List your company's listings",
    description: "Every status, most recently changed first, with counts per status. Only your own organization's listings. Invalid filter values are ignored.",
    auth: "required",
    access: "supplier",
    query: ownListingsQuerySchema,
    queryDocs: {
      status: "Only listings in this state.",
      q: "Text to find in the SKU or the title (any language).",
      page: "Page number, from 1.",
      pageSize: "Listings per page (at most 100).",
    },
    exampleQuery: { status: "DRAFT", page: "1", pageSize: "50" },
    success: [{ status: 200, description: "One page of listings, short form; GET /api/v1/listings/{id} has the rest.", body: "OwnListingPage" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"],
  },
  {
    operationId: "createListing",
    method: "post",
    path: "/api/v1/listings",
    tag: "Listings",
    summary: "Create a listing as a draft",
    description: "The same fields and rules as the listing form of the supplier console. The new listing is a DRAFT until it is submitted for review.",
    auth: "required",
    access: "supplier",
    body: { contentType: "application/json", component: "ListingInput", schema: listingInputSchema, example: exampleListing, fieldDocs: listingFieldDocs },
    success: [{ status: 201, description: "The new draft.", body: "OwnListing", headers: { Location: "URL of the new listing." } }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "updateListing",
    method: "patch",
    path: "/api/v1/listings/{id}",
    tag: "Listings",
    summary: "Change some fields of a listing",
    description:
      "Send only the fields to change; the merged listing is validated as a whole. Changing what moderators check (category, texts, HS code, unit, certifications, specifications) sends a published listing back to review and out of search until approved; MOQ, currency, prices, lead time and Incoterms apply at once. Archived listings cannot be edited.",
    auth: "required",
    access: "supplier",
    pathParams: listingIdParams,
    body: { contentType: "application/json", component: "ListingPatch", schema: listingPatchSchema, example: { moq: 2000, priceTiers: [{ minQty: 2000, unitPrice: "179.00" }] }, fieldDocs: listingFieldDocs },
    success: [{ status: 200, description: "The listing after the change.", body: "OwnListing" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  transition("submitListing", "submit", "Submit a listing for review", "DRAFT or REJECTED → PENDING_REVIEW. Your company must be verified by the trade hub."),
  transition("withdrawListing", "withdraw", "Withdraw a listing from review", "PENDING_REVIEW → DRAFT."),
  transition("archiveListing", "archive", "Archive a listing", "Any state but ARCHIVED → ARCHIVED: hidden from buyers and no longer editable; its data is kept."),
  transition("restoreListing", "restore", "Restore an archived listing", "ARCHIVED → DRAFT."),
  {
    operationId: "duplicateListing",
    method: "post",
    path: "/api/v1/listings/{id}/duplicate",
    tag: "Listings",
    summary: "Copy a listing into a new draft",
    description: "A quick start for a similar product: the copy is a new DRAFT with its own ID.",
    auth: "required",
    access: "supplier",
    pathParams: listingIdParams,
    success: [{ status: 201, description: "The new draft.", body: "OwnListing", headers: { Location: "URL of the new listing." } }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"],
  },
];
