import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { categoryNamesSchema } from "./category-names";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug must be lower-case words joined by hyphens");

export const taxonomyFileSchema = z.object({
  categories: z
    .array(
      z.object({
        slug,
        parent: slug.nullable(),
        names: categoryNamesSchema,
        hsCode: z.string().regex(/^\d{4}(\.\d{2}){0,2}$/).optional(),
        unit: z.string().min(1).max(16).optional(),
      }),
    )
    .min(1),
});
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;

/** Checks the tree before anything is written: unique slugs, known parents, two levels. */
function validateTree(file: TaxonomyFile): string[] {
  const problems: string[] = [];
  const bySlug = new Map(file.categories.map((c) => [c.slug, c]));
  if (bySlug.size !== file.categories.length) problems.push("duplicate slugs");
  for (const category of file.categories) {
    if (!category.parent) continue;
    const parent = bySlug.get(category.parent);
    if (!parent) problems.push(`${category.slug}: unknown parent "${category.parent}"`);
    else if (parent.parent) problems.push(`${category.slug}: parent "${parent.slug}" is itself a subcategory (two levels only)`);
  }
  return problems;
}

/**
 * Imports (upserts by slug) the category taxonomy in one transaction: either the whole file
 * lands or nothing does. Categories missing from the file are kept — listings may point at them.
 */
export async function importTaxonomy(client: Db, raw: unknown, context: { actor: AuditActor | null }) {
  const parsed = taxonomyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new AppError("VALIDATION_FAILED", `Invalid taxonomy file:\n  ${issues.join("\n  ")}`);
  }
  const problems = validateTree(parsed.data);
  if (problems.length) throw new AppError("VALIDATION_FAILED", `Invalid taxonomy tree:\n  ${problems.join("\n  ")}`);

  const categories = parsed.data.categories;
  return client.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      let created = 0;
      const ordered = [...categories.filter((c) => !c.parent), ...categories.filter((c) => c.parent)];
      for (const [position, category] of ordered.entries()) {
        const parentId = category.parent ? ids.get(category.parent) : null;
        const data = { names: category.names, hsCode: category.hsCode ?? null, unit: category.unit ?? null, parentId: parentId ?? null, position };
        const existing = await tx.category.findUnique({ where: { slug: category.slug }, select: { id: true } });
        const row = existing
          ? await tx.category.update({ where: { id: existing.id }, data, select: { id: true } })
          : await tx.category.create({ data: { slug: category.slug, ...data }, select: { id: true } });
        if (!existing) created += 1;
        ids.set(category.slug, row.id);
      }
      await recordAudit(tx, {
        actor: context.actor,
        action: "taxonomy.imported",
        targetType: "Taxonomy",
        targetId: "categories",
        organizationId: null,
        data: { total: categories.length, created, updated: categories.length - created },
      });
      return { total: categories.length, created, updated: categories.length - created };
    },
    { timeout: 60_000 },
  );
}
