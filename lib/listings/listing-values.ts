import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { decimalToMinor, minorToDecimal } from "@/lib/money/decimal";
import type { ListingInput } from "./listing-input";

type StoredListing = {
  sku: string;
  title: unknown;
  description: unknown;
  hsCode: string;
  unit: string;
  moq: number;
  currency: string;
  leadTimeDays: number;
  incoterms: unknown;
  certifications: string[];
  specifications: unknown;
  category: { slug: string };
  priceTiers: { minQty: number; unitPriceMinor: bigint }[];
};

/** A stored listing in the shape suppliers write it (the input schema), for edit forms and PATCH merges. */
export function toListingInput(row: StoredListing): ListingInput {
  return {
    sku: row.sku,
    category: row.category.slug,
    title: row.title as ListingInput["title"],
    description: (row.description ?? {}) as ListingInput["description"],
    hsCode: row.hsCode,
    unit: row.unit as ListingInput["unit"],
    moq: row.moq,
    currency: row.currency as ListingInput["currency"],
    priceTiers: row.priceTiers.map((tier) => ({ minQty: tier.minQty, unitPrice: minorToDecimal(tier.unitPriceMinor, row.currency as ListingInput["currency"]) })),
    leadTimeDays: row.leadTimeDays,
    incoterms: row.incoterms as ListingInput["incoterms"],
    certifications: row.certifications,
    specifications: (row.specifications ?? {}) as Record<string, string>,
  };
}

/** Resolves the category slug to a leaf category, or fails on the `category` field. */
export async function resolveLeafCategory(tx: Tx, slug: string): Promise<string> {
  const category = await tx.category.findUnique({ where: { slug }, select: { id: true, parentId: true } });
  if (!category) throw new AppError("VALIDATION_FAILED", "Unknown category", { fields: { category: "field.unknown_category" } });
  if (!category.parentId) throw new AppError("VALIDATION_FAILED", "Not a leaf category", { fields: { category: "field.category_not_leaf" } });
  return category.id;
}

/** The listing columns for an input (everything but status and ownership). */
export function listingColumns(input: ListingInput, categoryId: string) {
  return {
    sku: input.sku,
    categoryId,
    title: input.title,
    description: input.description,
    hsCode: input.hsCode,
    unit: input.unit,
    moq: input.moq,
    currency: input.currency,
    leadTimeDays: input.leadTimeDays,
    incoterms: input.incoterms,
    certifications: input.certifications,
    specifications: input.specifications,
  };
}

export function priceTierRows(input: ListingInput) {
  return input.priceTiers.map((tier) => {
    const unitPriceMinor = decimalToMinor(tier.unitPrice, input.currency);
    if (unitPriceMinor === null) throw new AppError("VALIDATION_FAILED", "Bad price", { fields: { "priceTiers.0.unitPrice": "field.price_invalid" } });
    return { minQty: tier.minQty, unitPriceMinor };
  });
}

/** The unique (supplier, SKU) index, as the field error the form shows next to the SKU. */
export function asSkuTaken(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("CONFLICT", "SKU already used by this supplier", { fields: { sku: "field.sku_taken" } });
  }
  return error;
}

/** Names of the fields whose values differ between two inputs (compared as canonical JSON). */
export function changedFields(before: ListingInput, after: ListingInput): (keyof ListingInput)[] {
  return (Object.keys(after) as (keyof ListingInput)[]).filter((key) => canonical(before[key]) !== canonical(after[key]));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}
