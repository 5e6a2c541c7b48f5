import type { SearchDocument } from "@/lib/search/types";

const names = { en: "Pumps", ru: "Насосы", kk: "Сорғылар", uz: "Nasoslar", zh: "泵" };

/** A minimal valid listing for wiring tests; the contract suite has the realistic fixtures. */
export function sampleListing(id: string): SearchDocument {
  return {
    id,
    sku: `SKU-${id}`,
    title: { en: `Pump ${id}` },
    description: {},
    category: { slug: "pumps", names, topSlug: "machinery", topNames: names },
    supplier: { id: "s", name: "S", legalName: "S Ltd", city: "Ningbo", verified: false },
    hsCode: "8413",
    unit: "pc",
    moq: 1,
    currency: "USD",
    priceFromMinor: 100,
    leadTimeDays: 7,
    incoterms: ["FOB"],
    certifications: [],
    publishedAt: 0,
  };
}
