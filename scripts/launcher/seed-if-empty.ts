import { createPrismaClient } from "@/lib/db/create-client";
import { readFile } from "node:fs/promises";
import { ensureHubOrganization } from "@/lib/seed/hub-organization";
import { seedDemo } from "@/lib/seed/seed-demo";
import { seedDemoCatalog, sharedCatalogFiles } from "@/lib/seed/shared-catalog";
import { seedDemoReviewListings } from "@/lib/seed/demo-review-listings";
import { seedDemoFxRates } from "@/lib/seed/demo-fx-rates";
import { seedDemoDeals } from "@/lib/seed/demo-deals";
import { defaultTaxonomyFile } from "@/lib/seed/taxonomy-file";
import { importTaxonomy } from "@/lib/taxonomy/import-taxonomy";

/**
 * First start on an empty database: load the taxonomy and the hub organization, and in demo
 * mode the demo companies and users. A database with any organization is left alone.
 */
export async function seedIfEmpty(databaseUrl: string, options: { demo: boolean; log: (line: string) => void }) {
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    if ((await db.organization.count()) > 0) return;
    const file = defaultTaxonomyFile();
    const taxonomy = await importTaxonomy(db, JSON.parse(await readFile(file, "utf8")), { actor: null });
    await ensureHubOrganization(db);
    options.log(`Empty database: loaded ${taxonomy.total} categories and the hub organization`);
    if (options.demo) {
      await seedDemo(db);
      await seedDemoFxRates(db);
      options.log("Demo data loaded — every demo account signs in with the password karavan-demo");
      const files = sharedCatalogFiles();
      if (files) {
        const report = await seedDemoCatalog(db, files);
        options.log(`Demo catalog: ${report.created} listings from ${files.catalog}`);
        options.log(`Demo review queue: ${await seedDemoReviewListings(db)} listings in review, draft or rejected`);
        const deals = await seedDemoDeals(db);
        options.log(`Demo deals: ${deals.rfqs} RFQ with a quote, ${deals.orders} orders (one confirmed, one settled end to end)`);
      } else {
        options.log("Demo catalog skipped: ../shared/data/catalog-5k.jsonl not found (import one with `npm run cli -- catalog:import`)");
      }
    }
  } finally {
    await db.$disconnect();
  }
}
