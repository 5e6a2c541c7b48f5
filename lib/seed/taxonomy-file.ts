import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The taxonomy the seed loads: the shared data set beside the repository when present (its
 * source of truth), else the copy kept in prisma/seed-data so a lone clone still starts.
 */
export function defaultTaxonomyFile(root = process.cwd()): string {
  const shared = path.resolve(root, "../shared/data/taxonomy.json");
  return existsSync(shared) ? shared : path.resolve(root, "prisma/seed-data/taxonomy.json");
}
