import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { formReader, localDateTimeToIso } from "./form-fields";

/**
 * The buyer's RFQ form → the raw input of `rfqInputSchema`. Numbers are read the user's way
 * ("1 000", "1 234,50" in Russian) and money stays a decimal string; the expiry is a
 * `datetime-local` value read in the browser's time zone (`timeZoneOffset`, sent with the
 * form). What cannot be read is reported on its field; the rest is left to the schema. The
 * submit button says whether to publish or keep a draft (`intent`).
 */
export function readRfqForm(form: FormData, locale: Locale): { raw: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const read = formReader(form, locale, errors);

  const amount = read.decimal("targetPrice.amount");
  const targetPrice = amount === undefined ? undefined : { amount, currency: read.text("targetPrice.currency") };

  const expiresLocal = read.text("expiresAt");
  const expiresAt = expiresLocal ? localDateTimeToIso(expiresLocal, read.text("timeZoneOffset")) : undefined;
  if (expiresLocal && expiresAt === null) errors.expiresAt = "field.date_invalid";

  const listingId = read.optionalText("listingId");
  const raw: Record<string, unknown> = {
    title: read.text("title"),
    description: read.text("description"),
    language: read.optionalText("language"),
    categorySlug: read.text("categorySlug"),
    quantity: read.integer("quantity"),
    unit: read.text("unit"),
    targetPrice,
    incoterm: read.text("incoterm"),
    namedPlace: read.text("namedPlace"),
    destination: { country: read.text("destination.country"), city: read.text("destination.city") },
    requiredBy: read.text("requiredBy"),
    expiresAt: expiresAt ?? expiresLocal,
    visibility: read.text("visibility") || "CATEGORY",
    invitedSupplierIds: read.list("invitedSupplierIds"),
    attachmentIds: read.list("attachmentIds"),
    listingId,
    publish: read.text("intent") !== "draft",
  };
  return { raw, errors };
}
