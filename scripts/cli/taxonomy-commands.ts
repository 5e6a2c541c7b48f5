import { readFile } from "node:fs/promises";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { UsageError, type Command } from "./command";
import { withDatabase } from "./database";

export const taxonomyImport: Command = {
  name: "taxonomy:import",
  summary: "Import (upsert by slug) a category taxonomy file",
  usage: "taxonomy:import <file.json>",
  help: "Format: { \"categories\": [{ \"slug\", \"parent\", \"names\": {en,ru,kk,uz,zh}, \"hsCode\"?, \"unit\"? }] } — see ../shared/data/README.md.",
  async run({ env, log }, { positionals }) {
    const file = positionals[0];
    if (!file) throw new UsageError("a taxonomy file is required");
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      const result = await importTaxonomy(db, raw, { actor: null });
      log(`Imported ${result.total} categories: ${result.created} new, ${result.updated} updated.`);
    });
  },
};
