import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { categoryName } from "./category-names";

export type TopCategory = { slug: string; name: string; subcategoryCount: number; subcategories: { slug: string; name: string }[] };

/** Top-level categories in taxonomy order with their subcategories, named in the locale. */
export async function listTopCategories(client: Db, locale: Locale): Promise<TopCategory[]> {
  const tops = await client.category.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: { slug: true, names: true, children: { orderBy: { position: "asc" }, select: { slug: true, names: true } } },
  });
  return tops.map((top) => ({
    slug: top.slug,
    name: categoryName(top.names, locale),
    subcategoryCount: top.children.length,
    subcategories: top.children.map((child) => ({ slug: child.slug, name: categoryName(child.names, locale) })),
  }));
}
