import type { RfqInput } from "./rfq-input";

/** The RFQ columns written from a buyer's input, when creating it and when editing a draft. */
export function rfqColumns(input: RfqInput, categoryId: string, language: string) {
  return {
    title: input.title,
    description: input.description,
    language: input.language ?? language,
    categoryId,
    quantity: input.quantity,
    unit: input.unit,
    targetPriceMinor: input.targetPrice?.minor ?? null,
    targetCurrency: input.targetPrice?.currency ?? null,
    incoterm: input.incoterm,
    namedPlace: input.namedPlace,
    destinationCountry: input.destination.country,
    destinationCity: input.destination.city,
    requiredBy: new Date(`${input.requiredBy}T00:00:00Z`),
    expiresAt: new Date(input.expiresAt),
    visibility: input.visibility,
  };
}
