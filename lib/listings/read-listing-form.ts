import { listingLocales } from "@/lib/catalog/listing-fields";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";

/**
 * The console's listing form → the raw input of `listingInputSchema`. Numbers are read in the
 * user's locale ("1 000", "12,50" in Russian); what cannot be read is reported on its field
 * here, the rest is left to the schema. Row fields are named like schema paths
 * (`priceTiers.0.unitPrice`) so schema errors land next to the right input.
 */
export function readListingForm(form: FormData, locale: Locale): { raw: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const integer = (name: string): number | undefined => {
    const value = text(name);
    if (!value) return undefined;
    const parsed = parseLocaleDecimal(value, locale);
    if (parsed === null || !/^\d+$/.test(parsed)) {
      errors[name] = "field.quantity_invalid";
      return undefined;
    }
    return Number(parsed);
  };
  const rows = (prefix: string) =>
    [...new Set([...form.keys()].filter((key) => key.startsWith(`${prefix}.`)).map((key) => Number(key.split(".")[1])))].filter(Number.isInteger).sort((a, b) => a - b);
  const localized = (name: string) => Object.fromEntries(listingLocales.map((lng) => [lng, text(`${name}.${lng}`)]));

  const priceTiers = rows("priceTiers")
    .filter((i) => text(`priceTiers.${i}.minQty`) || text(`priceTiers.${i}.unitPrice`))
    .map((i, index) => {
      const rawPrice = text(`priceTiers.${i}.unitPrice`);
      const unitPrice = rawPrice ? parseLocaleDecimal(rawPrice, locale) : null;
      if (rawPrice && (unitPrice === null || unitPrice.startsWith("-"))) errors[`priceTiers.${index}.unitPrice`] = "field.price_invalid";
      const minQty = integer(`priceTiers.${i}.minQty`);
      if (errors[`priceTiers.${i}.minQty`] && i !== index) {
        errors[`priceTiers.${index}.minQty`] = errors[`priceTiers.${i}.minQty`]!;
        delete errors[`priceTiers.${i}.minQty`];
      }
      return { minQty, unitPrice: unitPrice ?? rawPrice };
    });

  const incoterms = rows("incoterms")
    .filter((i) => text(`incoterms.${i}.term`))
    .map((i) => ({ term: text(`incoterms.${i}.term`), place: text(`incoterms.${i}.place`) || null }));

  const specifications: Record<string, string> = {};
  rows("specifications")
    .filter((i) => text(`specifications.${i}.name`) || text(`specifications.${i}.value`))
    .forEach((i, index) => {
      const name = text(`specifications.${i}.name`);
      if (!name) errors[`specifications.${index}.name`] = "field.required";
      else if (Object.hasOwn(specifications, name)) errors[`specifications.${index}.name`] = "field.spec_name_duplicate";
      else specifications[name] = text(`specifications.${i}.value`);
    });

  const other = text("certificationsOther")
    .split(/[,;，；]/)
    .map((item) => item.trim())
    .filter(Boolean);
  const raw = {
    sku: text("sku"),
    category: text("category"),
    title: localized("title"),
    description: localized("description"),
    hsCode: text("hsCode"),
    unit: text("unit"),
    moq: integer("moq"),
    currency: text("currency"),
    priceTiers,
    leadTimeDays: integer("leadTimeDays"),
    incoterms,
    certifications: [...form.getAll("certifications").map(String), ...other],
    specifications,
  };
  return { raw, errors };
}
