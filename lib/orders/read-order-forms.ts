import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";

/*
 * The order page's forms → the raw input of the order schemas. Field names follow the schema
 * paths (`shipment.trackingNumber`), so schema errors land next to the right input. Safe for
 * the browser: the direct order form uses `quantityFromText` and `tierFor` while typing.
 */

/** Steps whose form asks why: the other side reads the note in the order's history. */
export const stepsWithNote = ["CANCELLED", "DISPUTED"] as const;

export function needsNote(step: string): boolean {
  return (stepsWithNote as readonly string[]).includes(step);
}

/** The transition form: the button names the step; shipping adds the shipment, cancelling and disputing a note. */
export function readTransitionForm(form: FormData): { raw: Record<string, unknown>; errors: FieldErrors } {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const errors: FieldErrors = {};
  const to = text("to");
  const raw: Record<string, unknown> = { to };
  if (to === "SHIPPED") {
    const route = text("shipment.route");
    raw.shipment = { carrier: text("shipment.carrier"), trackingNumber: text("shipment.trackingNumber"), ...(route ? { route } : {}) };
  }
  if (needsNote(to)) {
    const note = text("note");
    if (note) raw.note = note;
    else errors.note = "field.required";
  }
  return { raw, errors };
}

/** A whole quantity typed in the locale's format ("1 000", "1,000"), or null. */
export function quantityFromText(value: string, locale: Locale): number | null {
  const parsed = value.trim() ? parseLocaleDecimal(value, locale) : null;
  if (parsed === null || !/^\d+$/.test(parsed)) return null;
  const quantity = Number(parsed);
  return Number.isSafeInteger(quantity) && quantity > 0 ? quantity : null;
}

/** The direct order form: quantity in the user's locale, the chosen Incoterm, optional place and date. */
export function readDirectOrderForm(form: FormData, locale: Locale): { raw: Record<string, unknown>; errors: FieldErrors } {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const errors: FieldErrors = {};
  const raw: Record<string, unknown> = { incoterm: text("incoterm") };
  const typed = text("quantity");
  const quantity = quantityFromText(typed, locale);
  if (quantity === null) errors.quantity = typed ? "field.quantity_invalid" : "field.required";
  else raw.quantity = quantity;
  const namedPlace = text("namedPlace");
  if (namedPlace) raw.namedPlace = namedPlace;
  const deliveryDate = text("deliveryDate");
  if (deliveryDate) raw.deliveryDate = deliveryDate;
  return { raw, errors };
}

/** The price tier a quantity reaches — the highest whose minimum it meets — as createDirectOrder prices it. */
export function tierFor<T extends { minQty: number }>(tiers: readonly T[], quantity: number): T | undefined {
  const sorted = [...tiers].sort((a, b) => a.minQty - b.minQty);
  return [...sorted].reverse().find((tier) => quantity >= tier.minQty) ?? sorted[0];
}
