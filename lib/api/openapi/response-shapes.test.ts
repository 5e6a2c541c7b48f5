import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { toMeResponse } from "@/lib/api/me-response";
import type { moneyJson, toSearchResponse } from "@/lib/api/search-response";
import type { getListing } from "@/lib/catalog/get-listing";
import type { ConsoleImportDetail, ConsoleImportView } from "@/lib/catalog/console-import/console-import-view";
import type { StartedImport } from "@/lib/catalog/console-import/start-console-import";
import type { checkHealth } from "@/lib/health/check-health";
import type { ListingImageJson } from "@/lib/listings/images/listing-image-json";
import type { ownListingJson } from "@/lib/listings/own-listing-json";
import type { reviewListing } from "@/lib/listings/review-listing";
import type * as documented from "./response-schemas";

/*
 * Compile-time checks (run by `tsc`, which covers test files): what each builder returns,
 * after JSON.stringify, is what the document says — both ways, so a field added, removed or
 * retyped on either side fails the type check. Routes that build their JSON inline cannot
 * be checked here; see the ADR.
 */

/** What JSON.stringify makes of a value's type. */
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends z.ZodType> = z.output<S>;

type ListingRoute = Omit<Awaited<ReturnType<typeof getListing>>, "priceTiers"> & { priceTiers: { minQty: number; unitPrice: ReturnType<typeof moneyJson> }[] };
type OwnListing = Json<ReturnType<typeof ownListingJson>>;
type DocumentedOwnListing = Out<typeof documented.ownListingSchema>;
type ImportDetailRoute = Omit<ConsoleImportDetail, "issues"> & { issues: (ConsoleImportDetail["issues"][number] & { message: string })[] };

const me: Same<Json<ReturnType<typeof toMeResponse>>, Out<typeof documented.meSchema>> = true;
const search: Same<Json<ReturnType<typeof toSearchResponse>>, Out<typeof documented.searchResponseSchema>> = true;
const listing: Same<Json<ListingRoute>, Out<typeof documented.listingSchema>> = true;
// ownListingJson passes image alt text through as stored JSON (Prisma's JsonValue); the rest must match exactly.
const ownListing: Same<Omit<OwnListing, "images">, Omit<DocumentedOwnListing, "images">> = true;
const ownListingImages: Same<Omit<OwnListing["images"][number], "alt">, Omit<DocumentedOwnListing["images"][number], "alt">> = true;
const image: Same<Json<ListingImageJson>, Out<typeof documented.listingImageSchema>> = true;
const review: Same<Json<Awaited<ReturnType<typeof reviewListing>>>, Out<typeof documented.reviewResultSchema>> = true;
const importStarted: Same<Json<StartedImport>, Out<typeof documented.catalogImportStartedSchema>> = true;
const importDetail: Same<Json<ImportDetailRoute>, Out<typeof documented.catalogImportDetailSchema>> = true;
const importList: Same<{ imports: Json<ConsoleImportView>[] }, Out<typeof documented.catalogImportListSchema>> = true;
const health: Same<Json<Awaited<ReturnType<typeof checkHealth>>>, Out<typeof documented.healthSchema>> = true;

describe("documented response shapes", () => {
  it("match what the handlers build (checked by tsc)", () => {
    expect([me, search, listing, ownListing, ownListingImages, image, review, importStarted, importDetail, importList, health].every(Boolean)).toBe(true);
  });
});
