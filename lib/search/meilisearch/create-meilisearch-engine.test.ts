import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createMeilisearchEngine } from "./create-meilisearch-engine";
import { indexSettings } from "./settings";
import { vocabularySettings } from "./vocabulary";
import { MeilisearchTaskError } from "./tasks";
import { startFakeMeilisearch, type FakeMeilisearch } from "./testing/fake-meilisearch";
import { sampleListing as listing } from "./testing/sample-listing";

// The wiring against the real client code, with a stand-in server; behaviour is for the contract suite.
describe("createMeilisearchEngine against a stand-in server", () => {
  let fake: FakeMeilisearch;
  beforeAll(async () => {
    fake = await startFakeMeilisearch();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.indexes.clear();
    fake.requests.length = 0;
    fake.answer = (queries) => queries.map(() => ({ indexUid: "items", hits: [], query: "", processingTimeMs: 0, totalHits: 0, estimatedTotalHits: 0 }));
  });
  const paths = () => fake.requests.filter((r) => !r.path.startsWith("/tasks/")).map((r) => `${r.method} ${r.path.replace(/_\d+_[a-z0-9]+/, "_<staging>")}`);
  const distinctRuns = (list: string[]) => list.filter((path, i) => path !== list[i - 1]);

  it("creates the index with its settings once, then only reads them", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    await engine.upsert([listing("a"), listing("b")]);
    expect(await engine.count()).toBe(2);
    expect(fake.indexes.get("items")?.settings).toEqual(indexSettings());
    expect(fake.indexes.get("items")?.documents.get("a")).toMatchObject({ id: "a", title_en: "Pump a", price_USD: 100 });
    expect(fake.indexes.get("items_vocabulary")?.settings).toEqual(vocabularySettings());
    expect([...fake.indexes.get("items_vocabulary")!.documents.values()]).toContainEqual({ id: Buffer.from("pump").toString("hex"), word: "pump" });

    fake.requests.length = 0;
    await createMeilisearchEngine({ url: fake.url, indexUid: "items" }).count();
    expect(paths().sort()).toEqual([
      "GET /indexes/items",
      "GET /indexes/items/settings",
      "GET /indexes/items/stats",
      "GET /indexes/items_vocabulary",
      "GET /indexes/items_vocabulary/settings",
    ]);
  });

  it("rebuilds in a staging index, swaps without `rename` and deletes the old data", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items", batchSize: 2 });
    await engine.upsert([listing("old")]);
    fake.requests.length = 0;
    await engine.replaceAll([listing("a"), listing("b"), listing("c")]);
    expect(distinctRuns(paths())).toEqual([
      "GET /indexes?limit=1000",
      "POST /indexes",
      "PATCH /indexes/items_<staging>/settings",
      "POST /indexes/items_<staging>/documents?primaryKey=id",
      "GET /indexes/items",
      "POST /indexes",
      "PATCH /indexes/items_vocabulary_<staging>/settings",
      "POST /indexes/items_vocabulary_<staging>/documents?primaryKey=id",
      "GET /indexes/items_vocabulary",
      "POST /swap-indexes",
      "DELETE /indexes/items_<staging>",
      "DELETE /indexes/items_vocabulary_<staging>",
    ]);
    expect(paths().filter((p) => p === "POST /indexes/items_<staging>/documents?primaryKey=id")).toHaveLength(2);
    const swap = fake.requests.find((r) => r.path === "/swap-indexes")!.body as object[];
    expect(swap).toEqual([
      { indexes: ["items", expect.stringMatching(/^items_\d+_[a-z0-9]+$/)] },
      { indexes: ["items_vocabulary", expect.stringMatching(/^items_vocabulary_\d+_[a-z0-9]+$/)] },
    ]);
    expect([...fake.indexes.keys()].sort()).toEqual(["items", "items_vocabulary"]);
    expect([...fake.indexes.get("items")!.documents.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(fake.indexes.get("items_vocabulary")!.documents.get(Buffer.from("pump").toString("hex"))).toEqual({ id: Buffer.from("pump").toString("hex"), word: "pump", count: 3 });
  });

  it("drops staging indexes a crashed rebuild left behind", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    const abandoned = `items_${Date.now() - 2 * 86_400_000}_dead`;
    const running = `items_${Date.now() - 60_000}_busy`;
    for (const uid of [abandoned, running]) fake.indexes.set(uid, { documents: new Map(), settings: {} });
    await engine.replaceAll([listing("a")]);
    expect([...fake.indexes.keys()].sort()).toEqual(["items", running, "items_vocabulary"].sort());
  });

  it("throws a clear error when a task fails and leaves the live index alone", async () => {
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    await engine.upsert([listing("live")]);
    fake.failNext("documentAdditionOrUpdate", "invalid_document_id");
    const failure = await engine.replaceAll([listing("x")]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MeilisearchTaskError);
    expect((failure as MeilisearchTaskError).code).toBe("invalid_document_id");
    expect((failure as Error).message).toMatch(/could not index 1 documents into items_\d+.*invalid_document_id/);
    expect([...fake.indexes.keys()].sort()).toEqual(["items", "items_vocabulary"]);
    expect([...fake.indexes.get("items")!.documents.keys()]).toEqual(["live"]);

    fake.failNext("documentDeletion", "internal");
    await expect(engine.remove(["live"])).rejects.toThrow(/could not remove 1 documents from items/);
  });

  it("fails writes clearly when settings are refused, without holding up searches of a full index", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    fake.indexes.set("items", { primaryKey: "id", documents: new Map(), settings: {} });
    fake.failNext("settingsUpdate", "invalid_settings_localized_attributes");
    const engine = createMeilisearchEngine({ url: fake.url, indexUid: "items" });
    await expect(engine.search({ q: "", locale: "en", filters: {}, sort: "relevance", page: 1, limit: 20 })).resolves.toMatchObject({ total: 0 });
    await expect(engine.upsert([listing("a")])).rejects.toThrow(/could not apply search settings to index items(_vocabulary)? .*invalid_settings_localized_attributes/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    // The next write tries again.
    await engine.upsert([listing("a")]);
    expect(fake.indexes.get("items")?.settings).toEqual(indexSettings());
  });

  it("reports health, and an unreachable server as an error with a reason", async () => {
    expect(await createMeilisearchEngine({ url: fake.url }).health()).toEqual({ status: "ok" });
    const down = await createMeilisearchEngine({ url: "http://127.0.0.1:9" }).health();
    expect(down.status).toBe("error");
    expect(down.detail).toMatch(/unreachable/);
  });
});
