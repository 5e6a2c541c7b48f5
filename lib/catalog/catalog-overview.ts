import type { Db } from "@/lib/db/create-client";

/**
 * For the home page: published listings per top-level category (keyed by slug) and the
 * verified suppliers with the most published listings.
 */
export async function getCatalogOverview(client: Db, featuredCount = 6) {
  const [perLeaf, categories, perSupplier] = await Promise.all([
    client.listing.groupBy({ by: ["categoryId"], where: { status: "PUBLISHED" }, _count: { _all: true } }),
    client.category.findMany({ select: { id: true, slug: true, parent: { select: { slug: true } } } }),
    client.listing.groupBy({
      by: ["supplierId"],
      where: { status: "PUBLISHED", supplier: { verificationStatus: "VERIFIED" } },
      _count: { _all: true },
      orderBy: { _count: { supplierId: "desc" } },
      take: featuredCount,
    }),
  ]);
  const topOf = new Map(categories.map((c) => [c.id, c.parent?.slug ?? c.slug]));
  const listingsByTopCategory: Record<string, number> = {};
  for (const row of perLeaf) {
    const top = topOf.get(row.categoryId);
    if (top) listingsByTopCategory[top] = (listingsByTopCategory[top] ?? 0) + row._count._all;
  }
  const suppliers = await client.organization.findMany({
    where: { id: { in: perSupplier.map((row) => row.supplierId) } },
    select: { id: true, name: true, city: true, verifiedAt: true },
  });
  const byId = new Map(suppliers.map((s) => [s.id, s]));
  const featuredSuppliers = perSupplier.flatMap((row) => {
    const supplier = byId.get(row.supplierId);
    return supplier ? [{ ...supplier, listingCount: row._count._all }] : [];
  });
  return { listingsByTopCategory, featuredSuppliers };
}
