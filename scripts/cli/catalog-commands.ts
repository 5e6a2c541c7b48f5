import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import { importCatalog } from "@/lib/catalog/import-catalog";
import { importSuppliers } from "@/lib/catalog/import-suppliers";
import { readCatalogFile } from "@/lib/catalog/read-catalog-file";
import { createI18n } from "@/lib/i18n/create-i18n";
import { UsageError, type Command } from "./command";
import { withDatabase } from "./database";

async function countLines(path: string): Promise<number> {
  const text = await readFile(path, "utf8");
  return text.split("\n").filter((line) => line.trim()).length - (path.toLowerCase().endsWith(".csv") ? 1 : 0);
}

export const catalogImport: Command = {
  name: "catalog:import",
  summary: "Import listings from JSON Lines or CSV, upserting by (supplier, SKU)",
  usage: "catalog:import <file.jsonl|file.csv> [--suppliers suppliers.json] [--publish]",
  help: [
    "Format: ../shared/data/README.md. CSV uses the same fields, with title.en/title.zh/… columns,",
    "lists separated by ';' and price tiers as minQty:price;minQty:price.",
    "--suppliers creates or updates the supplier companies first (matched by code).",
    "--publish is for operators seeding a catalog: listings go live without review and the",
    "suppliers from --suppliers are marked verified.",
    "Invalid lines are reported with their number and reason; valid lines are imported.",
  ].join("\n"),
  options: { suppliers: { type: "string" }, publish: { type: "boolean" } },
  async run({ env, log }, { values, positionals }) {
    const file = positionals[0];
    if (!file) throw new UsageError("a catalog file is required");
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    const suppliersFile = typeof values.suppliers === "string" ? values.suppliers : undefined;
    if (suppliersFile && !existsSync(suppliersFile)) throw new UsageError(`no such file: ${suppliersFile}`);
    const publish = values.publish === true;
    const t = createI18n("en").getFixedT("en", "errors");

    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db, connection) => {
      log(`Database: ${connection.source}`);
      if (suppliersFile) {
        const suppliers = await importSuppliers(db, JSON.parse(await readFile(suppliersFile, "utf8")), { verify: publish, actor: null });
        log(`Suppliers: ${suppliers.total} (${suppliers.created} new, ${suppliers.updated} updated)`);
      }
      const total = await countLines(file);
      const bar = process.stderr.isTTY ? new SingleBar({ format: "Importing [{bar}] {value}/{total} lines · {eta_formatted} left", hideCursor: true }) : null;
      bar?.start(total, 0);
      const started = Date.now();
      const report = await importCatalog(db, readCatalogFile(file), { publish, actor: null, onProgress: (done) => bar?.update(done) });
      bar?.update(report.lines);
      bar?.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      log(`Listings: ${report.lines} lines in ${seconds} s — ${report.created} created, ${report.updated} updated, ${report.failed} rejected${publish ? " (published)" : ""}`);
      for (const issue of report.issues.slice(0, 200)) {
        log(`  line ${issue.line}${issue.sku ? ` (${issue.sku})` : ""}${issue.field ? ` ${issue.field}` : ""}: ${t(issue.key)}`);
      }
      if (report.issues.length > 200) log(`  … and ${report.issues.length - 200} more`);
      if (report.failed > 0) process.exitCode = 1;
    });
  },
};
