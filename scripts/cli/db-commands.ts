import { readFile } from "node:fs/promises";
import { applyMigrations, checkDrift, createMigration, resetDatabase } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/seed-demo";
import { seedDemoCatalog, sharedCatalogFiles } from "@/lib/seed/shared-catalog";
import { seedDemoReviewListings } from "@/lib/seed/demo-review-listings";
import { seedDemoFxRates } from "@/lib/seed/demo-fx-rates";
import { seedDemoDeals } from "@/lib/seed/demo-deals";
import { ensureHubOrganization } from "@/lib/seed/hub-organization";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";
import { UsageError, type Command } from "./command";
import { connectDatabase, withDatabase } from "./database";

export const dbMigrate: Command = {
  name: "db:migrate",
  summary: "Apply pending migrations from prisma/migrations",
  usage: "db:migrate",
  async run({ env, log }) {
    const connection = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    try {
      log(`Database: ${connection.source}`);
      const applied = await applyMigrations(connection.url);
      log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "Database is up to date.");
    } finally {
      await connection.close();
    }
  },
};

export const dbMigration: Command = {
  name: "db:migration",
  summary: "Create a migration from the difference between the migrations and prisma/schema.prisma",
  usage: "db:migration <name>",
  help: "The name uses letters, digits, '_' and '-', e.g. `db:migration add_listings`. No database server is needed.",
  async run({ log }, { positionals }) {
    const name = positionals[0];
    if (!name) throw new UsageError("a migration name is required, e.g. db:migration add_listings");
    const created = await createMigration(name);
    log(created ? `Created ${created.dir}` : "The schema matches the migrations; nothing to create.");
  },
};

export const dbCheck: Command = {
  name: "db:check",
  summary: "Fail when prisma/schema.prisma and prisma/migrations disagree (drift)",
  usage: "db:check",
  async run({ log }) {
    const result = await checkDrift();
    if (!result.ok) throw new Error(`Schema and migrations disagree. Run \`npm run cli -- db:migration <name>\`.\n${result.diff}`);
    log("No drift: the migrations produce exactly prisma/schema.prisma.");
  },
};

export const dbReset: Command = {
  name: "db:reset",
  summary: "Drop everything in the database and re-apply all migrations (development only)",
  usage: "db:reset --yes [--seed] [--demo]",
  options: { yes: { type: "boolean" }, seed: { type: "boolean" }, demo: { type: "boolean" } },
  async run({ env, log }, { values }) {
    if (env.NODE_ENV === "production") throw new UsageError("refusing to reset a database with NODE_ENV=production");
    if (!values.yes) throw new UsageError("this deletes all data; confirm with --yes");
    const connection = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    try {
      log(`Resetting ${connection.source}…`);
      await resetDatabase(connection.url);
    } finally {
      await connection.close();
    }
    log("Database reset.");
    if (values.seed || values.demo) await dbSeed.run({ env, log, args: [] }, { values: { demo: values.demo }, positionals: [] });
  },
};

export const dbSeed: Command = {
  name: "db:seed",
  summary: "Load the taxonomy and the hub organization; with --demo also the demo companies and users",
  usage: "db:seed [--demo] [--taxonomy <file>]",
  help: "Demo users all have the password `karavan-demo` — never use --demo on a real deployment.",
  options: { demo: { type: "boolean" }, taxonomy: { type: "string" } },
  async run({ env, log }, { values }) {
    const file = typeof values.taxonomy === "string" ? values.taxonomy : defaultTaxonomyFile();
    const taxonomy = JSON.parse(await readFile(file, "utf8")) as unknown;
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db, connection) => {
      log(`Database: ${connection.source}`);
      const imported = await importTaxonomy(db, taxonomy, { actor: null });
      log(`Taxonomy: ${imported.total} categories (${imported.created} new) from ${file}`);
      const hub = await ensureHubOrganization(db);
      log(hub.created ? "Hub organization created." : "Hub organization present.");
      if (values.demo) {
        const demo = await seedDemo(db);
        await seedDemoFxRates(db);
        log(`Demo data: ${demo.users} new user(s). Password for every demo account: karavan-demo`);
        const files = sharedCatalogFiles();
        if (files) {
          const report = await seedDemoCatalog(db, files);
          log(`Demo catalog: ${report.created} new, ${report.updated} updated listings from ${files.catalog}`);
          log(`Demo review queue: ${await seedDemoReviewListings(db)} new listings in review, draft or rejected`);
          const deals = await seedDemoDeals(db);
          log(`Demo deals: ${deals.rfqs} new RFQ with a quote, ${deals.orders} orders (one confirmed, one settled end to end)`);
        }
      }
    });
  },
};
