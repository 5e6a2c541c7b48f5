import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { normalizeForSearch } from "@/lib/search/normalize";
import { categoryName } from "./category-names";

export type CategoryMatch = { slug: string; name: string; parentName: string | null; hsCode: string | null };

/**
 * Finds categories whose name in any of the five languages, or whose HS code, matches the
 * query — so "кабель", "kabel", "电缆" and "8544" all lead to the same category. The taxonomy
 * is small (under a hundred rows), so it is matched in memory.
 */
export async function searchCategories(client: Db, query: string, locale: Locale): Promise<CategoryMatch[]> {
  const needle = normalizeForSearch(query).slice(0, 100);
  if (!needle) return [];
  const categories = await client.category.findMany({
    orderBy: { position: "asc" },
    select: { slug: true, names: true, hsCode: true, parent: { select: { names: true } } },
  });
  const digits = needle.replace(/\D/g, "");
  return categories
    .filter((category) => {
      const names = Object.values((category.names ?? {}) as Record<string, string>);
      if (names.some((name) => normalizeForSearch(name).includes(needle))) return true;
      return digits.length >= 2 && digits === needle.replace(/\./g, "") && (category.hsCode ?? "").replace(/\./g, "").startsWith(digits);
    })
    .map((category) => ({
      slug: category.slug,
      name: categoryName(category.names, locale),
      parentName: category.parent ? categoryName(category.parent.names, locale) : null,
      hsCode: category.hsCode,
    }));
}
