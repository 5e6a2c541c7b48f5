import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";

export const suppliersFileSchema = z.object({
  suppliers: z
    .array(
      z.object({
        code: z.string().trim().regex(/^[A-Z0-9-]{2,32}$/, "code must be 2–32 capital letters, digits or hyphens"),
        name: z.object({ en: z.string().trim().min(1).max(200), zh: z.string().trim().min(1).max(200).optional() }),
        city: z.string().trim().min(1).max(80),
        province: z.string().trim().max(80).optional(),
      }),
    )
    .min(1),
});

/**
 * Creates or updates supplier companies from a suppliers file (../shared/data/README.md),
 * matched by their code. For operators seeding a catalog: `verify` marks them verified, as
 * the hub would after checking their documents.
 */
export async function importSuppliers(client: Db, raw: unknown, options: { verify: boolean; actor: AuditActor | null }) {
  const parsed = suppliersFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new AppError("VALIDATION_FAILED", `Invalid suppliers file:\n  ${issues.join("\n  ")}`);
  }
  return client.$transaction(
    async (tx) => {
      let created = 0;
      const now = new Date();
      for (const supplier of parsed.data.suppliers) {
        const data = { name: supplier.name.en, legalName: supplier.name.zh ?? supplier.name.en, city: supplier.city, country: "CN" };
        const verification = options.verify ? { verificationStatus: "VERIFIED" as const, verifiedAt: now } : {};
        const existing = await tx.organization.findUnique({ where: { code: supplier.code }, select: { id: true, type: true, verifiedAt: true } });
        if (existing && existing.type !== "SUPPLIER") throw new AppError("CONFLICT", `Code ${supplier.code} belongs to a non-supplier organization`);
        if (existing) {
          await tx.organization.update({ where: { id: existing.id }, data: { ...data, ...(options.verify ? { verificationStatus: "VERIFIED", verifiedAt: existing.verifiedAt ?? now } : {}) } });
        } else {
          await tx.organization.create({ data: { ...data, ...verification, type: "SUPPLIER", code: supplier.code } });
          created += 1;
        }
      }
      const total = parsed.data.suppliers.length;
      await recordAudit(tx, {
        actor: options.actor,
        action: "suppliers.imported",
        targetType: "Organization",
        targetId: "suppliers",
        organizationId: null,
        data: { total, created, verified: options.verify },
      });
      return { total, created, updated: total - created };
    },
    { timeout: 60_000 },
  );
}
