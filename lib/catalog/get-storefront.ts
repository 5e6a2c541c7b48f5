import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

const pageSize = 20;

/** A supplier's public page: the company and a page of its published listings, newest first. */
export async function getStorefront(client: Db, supplierId: string, page: number) {
  if (!/^[0-9a-f-]{36}$/i.test(supplierId)) throw new AppError("NOT_FOUND", "Supplier not found");
  const supplier = await client.organization.findFirst({
    where: { id: supplierId, type: "SUPPLIER" },
    select: { id: true, name: true, legalName: true, city: true, verificationStatus: true, verifiedAt: true, createdAt: true },
  });
  if (!supplier) throw new AppError("NOT_FOUND", "Supplier not found");
  const where = { supplierId, status: "PUBLISHED" as const };
  const [total, rows] = await Promise.all([
    client.listing.count({ where }),
    client.listing.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, select: { id: true } }),
  ]);
  return { supplier: { ...supplier, verified: supplier.verificationStatus === "VERIFIED" }, listingIds: rows.map((r) => r.id), total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
