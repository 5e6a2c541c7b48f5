import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { endOfLocalDayIso, formReader } from "./form-fields";

/**
 * The supplier's quote form → the raw input of `quoteInputSchema`. Prices are typed the user's
 * way and kept as decimal strings; "valid until" is a date, read as the end of that day in the
 * browser's time zone (`timeZoneOffset`). Quantity-break rows are named like schema paths
 * (`quantityBreaks.0.unitPrice`); empty rows are skipped and errors follow the row's position.
 */
export function readQuoteForm(form: FormData, locale: Locale): { raw: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const read = formReader(form, locale, errors);
  const rows = [...new Set([...form.keys()].filter((key) => key.startsWith("quantityBreaks.")).map((key) => Number(key.split(".")[1])))]
    .filter(Number.isInteger)
    .sort((a, b) => a - b)
    .filter((i) => read.text(`quantityBreaks.${i}.minQty`) || read.text(`quantityBreaks.${i}.unitPrice`));
  const quantityBreaks = rows.map((i, index) => ({
    minQty: read.integer(`quantityBreaks.${i}.minQty`, `quantityBreaks.${index}.minQty`),
    unitPrice: read.decimal(`quantityBreaks.${i}.unitPrice`, `quantityBreaks.${index}.unitPrice`) ?? "",
  }));

  const validDate = read.text("validUntil");
  const validUntil = validDate ? endOfLocalDayIso(validDate, read.text("timeZoneOffset")) : undefined;
  if (validDate && validUntil === null) errors.validUntil = "field.date_invalid";

  const raw: Record<string, unknown> = {
    unitPrice: { amount: read.decimal("unitPrice.amount") ?? "", currency: read.text("unitPrice.currency") },
    quantity: read.integer("quantity"),
    quantityBreaks,
    leadTimeDays: read.integer("leadTimeDays"),
    incoterm: read.text("incoterm"),
    namedPlace: read.text("namedPlace"),
    validUntil: validUntil ?? validDate,
    paymentTerms: read.optionalText("paymentTerms"),
    note: read.optionalText("note"),
    attachmentIds: read.list("attachmentIds"),
  };
  return { raw, errors };
}

/**
 * The buyer's counter-offer form → the raw input of `counterInputSchema`: only the terms the
 * form sends (the page leaves out what the buyer did not change), so the counter-offer names
 * exactly what the buyer proposes. A price is sent with its currency.
 */
export function readCounterForm(form: FormData, locale: Locale): { raw: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const read = formReader(form, locale, errors);
  const amount = read.decimal("unitPrice.amount");
  const raw: Record<string, unknown> = {
    unitPrice: amount === undefined ? undefined : { amount, currency: read.text("unitPrice.currency") },
    quantity: read.integer("quantity"),
    leadTimeDays: read.integer("leadTimeDays"),
    incoterm: read.optionalText("incoterm"),
    namedPlace: read.optionalText("namedPlace"),
    paymentTerms: read.optionalText("paymentTerms"),
    note: read.optionalText("note"),
  };
  return { raw: Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)), errors };
}
