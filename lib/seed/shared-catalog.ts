import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/create-client";
import { importCatalog } from "@/lib/catalog/import-catalog";
import { importSuppliers } from "@/lib/catalog/import-suppliers";
import { readCatalogFile } from "@/lib/catalog/read-catalog-file";

/** The shared demo catalog beside the repository (../shared/data), when it is there. */
export function sharedCatalogFiles(root = process.cwd()): { catalog: string; suppliers: string } | null {
  const dir = path.resolve(root, "../shared/data");
  const catalog = path.join(dir, "catalog-5k.jsonl");
  const suppliers = path.join(dir, "suppliers.json");
  return existsSync(catalog) && existsSync(suppliers) ? { catalog, suppliers } : null;
}

/**
 * Demo only: the 140 suppliers (verified) and their 5,000 published listings, through the same
 * import path operators use.
 */
export async function seedDemoCatalog(client: Db, files: { catalog: string; suppliers: string }) {
  await importSuppliers(client, JSON.parse(await readFile(files.suppliers, "utf8")), { verify: true, actor: null });
  return importCatalog(client, readCatalogFile(files.catalog), { publish: true, actor: null });
}
