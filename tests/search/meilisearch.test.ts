import { Meilisearch } from "meilisearch";
import { afterAll } from "vitest";
import { createMeilisearchEngine } from "@/lib/search/meilisearch";
import { describeSearchEngineContract } from "./contract";

/**
 * The shared engine contract against a real Meilisearch (MEILISEARCH_URL, MEILISEARCH_API_KEY),
 * e.g. `docker run -p 7700:7700 getmeili/meilisearch:v1.15`. Each engine the suite creates
 * gets its own index, all removed afterwards, so a shared server is left as it was found.
 */
const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY;
const prefix = `karavan_contract_${process.pid}_${Date.now()}`;
let created = 0;

if (!url) console.warn("Meilisearch contract tests skipped: MEILISEARCH_URL is not set");

describeSearchEngineContract(
  "meilisearch",
  async () => {
    if (!url) throw new Error("MEILISEARCH_URL is not set");
    created += 1;
    return createMeilisearchEngine({ url, apiKey, indexUid: `${prefix}_${created}` });
  },
  { skip: url ? undefined : "MEILISEARCH_URL is not set" },
);

afterAll(async () => {
  if (!url) return;
  const client = new Meilisearch({ host: url, apiKey });
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results.filter((index) => index.uid.startsWith(prefix))) {
    await client.deleteIndex(uid).waitTask();
  }
});
