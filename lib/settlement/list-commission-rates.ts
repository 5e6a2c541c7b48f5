import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { categoryName } from "@/lib/taxonomy/category-names";

/** Categories with their own commission rate, by name in the reader's language. */
export async function listCommissionRates(client: Db, locale: Locale): Promise<{ slug: string; name: string; basisPoints: number }[]> {
  const rows = await client.commissionRate.findMany({ include: { category: { select: { slug: true, names: true } } } });
  return rows.map((row) => ({ slug: row.category.slug, name: categoryName(row.category.names, locale), basisPoints: row.basisPoints })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
