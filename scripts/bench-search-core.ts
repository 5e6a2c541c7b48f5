/**
 * In-process search benchmark: generates N listings from the shared 5k catalog (deterministic
 * variations of titles, SKUs and prices), builds the index, and measures a fixed mix of queries
 * in all five languages. `npx tsx scripts/bench-search-core.ts 5000 100000`
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Locale } from "@/lib/i18n/config";
import { isCurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";
import { createEmbeddedSearchEngine } from "@/lib/search/embedded";
import type { SearchDocument, SearchEngine, SearchFilters, SearchQuery, SearchSort } from "@/lib/search/types";

const dataDir = process.env.KARAVAN_DATA_DIR ?? "/work/shared/data";

type CatalogLine = {
  sku: string;
  supplier: string;
  category: string;
  title: Partial<Record<Locale, string>>;
  description: Partial<Record<Locale, string>>;
  hsCode: string;
  unit: string;
  moq: number;
  currency: string;
  priceTiers: { minQty: number; unitPrice: string }[];
  leadTimeDays: number;
  incoterms: string[];
  certifications: string[];
};
type Category = { slug: string; parent: string | null; names: Record<Locale, string> };
type Supplier = { code: string; name: { en: string; zh: string }; city: string };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as T;
}

/** Small deterministic hash, so the same N always yields the same documents. */
function mix(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const epoch2026 = Date.UTC(2026, 0, 1);
const day = 86_400_000;

export function generateBenchDocuments(count: number): SearchDocument[] {
  const lines = readFileSync(path.join(dataDir, "catalog-5k.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CatalogLine);
  const categories = new Map(readJson<{ categories: Category[] }>("taxonomy.json").categories.map((c) => [c.slug, c]));
  const suppliers = new Map(readJson<{ suppliers: Supplier[] }>("suppliers.json").suppliers.map((s) => [s.code, s]));
  const docs: SearchDocument[] = [];
  for (let i = 0; i < count; i++) {
    const base = lines[i % lines.length]!;
    const variant = Math.floor(i / lines.length);
    const leaf = categories.get(base.category)!;
    const top = categories.get(leaf.parent ?? leaf.slug)!;
    const supplier = suppliers.get(base.supplier)!;
    const h = mix(i);
    // Later copies differ the way real catalogs do: another model number, SKU and price.
    const model = variant ? ` M${(h % 900) + 100}-${variant}` : "";
    const title = Object.fromEntries(Object.entries(base.title).map(([locale, text]) => [locale, text + model]));
    const currency = isCurrencyCode(base.currency) ? base.currency : "CNY";
    const basePrice = Number(decimalToMinor(base.priceTiers[0]!.unitPrice, currency) ?? 0n);
    docs.push({
      id: `bench-${String(i).padStart(7, "0")}`,
      sku: variant ? `${base.sku}-${variant}` : base.sku,
      title,
      description: base.description,
      category: { slug: leaf.slug, names: leaf.names, topSlug: top.slug, topNames: top.names },
      supplier: { id: supplier.code, name: supplier.name.en, legalName: supplier.name.zh, city: supplier.city, verified: mix(Number(supplier.code.slice(4))) % 3 !== 0 },
      hsCode: base.hsCode,
      unit: base.unit,
      moq: base.moq,
      currency,
      priceFromMinor: variant ? Math.round((basePrice * (80 + (h % 41))) / 100) : basePrice,
      leadTimeDays: base.leadTimeDays,
      incoterms: [...new Set(base.incoterms.map((offer) => offer.split(" ")[0]!))],
      certifications: base.certifications,
      publishedAt: epoch2026 - (h % 365) * day,
    });
  }
  return docs;
}

type BenchQuery = { q: string; locale: Locale; filters?: SearchFilters; sort?: SearchSort; page?: number };

/** The fixed mix: plain words, inflections, transliterations, typos, prefixes, codes, filters, sorts, browsing. */
export const benchQueries: BenchQuery[] = [
  { q: "холодильник", locale: "ru" },
  { q: "холодильники", locale: "ru" },
  { q: "холод", locale: "ru" },
  { q: "холодилник", locale: "ru" },
  { q: "кабель медный", locale: "ru" },
  { q: "силовой кабель 3x2.5", locale: "ru" },
  { q: "солнечная панель", locale: "ru" },
  { q: "стиральная машина", locale: "ru", filters: { verifiedOnly: true } },
  { q: "сварочный аппарат", locale: "ru", sort: "price_asc" },
  { q: "пуховик", locale: "ru", filters: { cities: ["Xuzhou", "Suzhou"] } },
  { q: "тоңазытқыш", locale: "kk" },
  { q: "тоназыткыш", locale: "kk" },
  { q: "күн панелі", locale: "kk" },
  { q: "кабельдері", locale: "kk" },
  { q: "кір жуғыш машина", locale: "kk" },
  { q: "muzlatgich", locale: "uz" },
  { q: "музлатгич", locale: "uz" },
  { q: "quyosh paneli", locale: "uz" },
  { q: "kabel", locale: "uz" },
  { q: "traktor", locale: "uz", sort: "newest" },
  { q: "冰箱", locale: "zh" },
  { q: "电缆", locale: "zh" },
  { q: "太阳能板", locale: "zh" },
  { q: "光伏逆变器", locale: "zh" },
  { q: "bingxiang", locale: "zh" },
  { q: "dian lan", locale: "zh" },
  { q: "refrigerator", locale: "en" },
  { q: "fridge", locale: "en" },
  { q: "refri", locale: "en" },
  { q: "refrigirator", locale: "en" },
  { q: "holodilnik", locale: "en" },
  { q: "copper power cable", locale: "en", filters: { certifications: ["EAC"] } },
  { q: "solar panel 550", locale: "en" },
  { q: "led tv", locale: "en", sort: "price_desc" },
  { q: "air compressor", locale: "en", filters: { incoterms: ["FOB"], leadTimeMaxDays: 30 } },
  { q: "diesel generator", locale: "en", filters: { moqMax: 10 }, sort: "moq" },
  { q: "ceramic tiles", locale: "en", filters: { priceMaxMinor: 5000, currency: "CNY" }, sort: "lead_time" },
  { q: "8544", locale: "en" },
  { q: "854449", locale: "en" },
  { q: "8418.21", locale: "en" },
  { q: "0001-KC-0001", locale: "en" },
  { q: "Xuzhou", locale: "en" },
  { q: "office chair mesh", locale: "en", page: 2 },
  { q: "kholodilnik", locale: "ru" },
  { q: "zzxqv", locale: "en" },
  { q: "", locale: "en" },
  { q: "", locale: "ru", filters: { category: "appliances" } },
  { q: "", locale: "zh", filters: { category: "solar", verifiedOnly: true, certifications: ["CE"] }, sort: "price_asc" },
  { q: "", locale: "kk", sort: "newest", page: 3 },
  { q: "a", locale: "en" },
];

function toQuery(b: BenchQuery): SearchQuery {
  return { q: b.q, locale: b.locale, filters: b.filters ?? {}, sort: b.sort ?? "relevance", page: b.page ?? 1, limit: 20 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export type BenchReport = {
  documents: number;
  buildMs: number;
  /** Highest RSS sampled while building (every 50 ms), and RSS once built. */
  peakRssMb: number;
  rssMb: number;
  heapMb: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  slowest: { q: string; ms: number }[];
};

/** Builds an engine over `count` generated listings and times `rounds` passes over the query mix. */
export async function runSearchBench(count: number, rounds = 10, create: () => SearchEngine = createEmbeddedSearchEngine): Promise<BenchReport> {
  const docs = generateBenchDocuments(count);
  const engine = create();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  await engine.replaceAll(docs);
  const buildMs = performance.now() - started;
  clearInterval(sampler);
  docs.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const queries = benchQueries.map(toQuery);
  for (const query of queries) await engine.search(query);
  const times: number[] = [];
  const worst = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const t = performance.now();
      await engine.search(query);
      const ms = performance.now() - t;
      times.push(ms);
      const key = `${query.q || "(browse)"} ${JSON.stringify(query.filters)} ${query.sort}`;
      worst.set(key, Math.max(worst.get(key) ?? 0, ms));
    }
  }
  times.sort((a, b) => a - b);
  return {
    documents: await engine.count(),
    buildMs,
    peakRssMb: Math.max(peakRss, memory.rss) / 2 ** 20,
    rssMb: memory.rss / 2 ** 20,
    heapMb: memory.heapUsed / 2 ** 20,
    queries: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    slowest: [...worst].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, ms]) => ({ q, ms })),
  };
}

export function formatBenchReport(r: BenchReport): string {
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  return [
    `documents ${r.documents}: build ${(r.buildMs / 1000).toFixed(1)} s, RSS ${r.rssMb.toFixed(0)} MB after build (peak ${r.peakRssMb.toFixed(0)} MB, heap ${r.heapMb.toFixed(0)} MB)`,
    `  ${r.queries} queries: p50 ${ms(r.p50Ms)}, p95 ${ms(r.p95Ms)}, p99 ${ms(r.p99Ms)}`,
    `  slowest: ${r.slowest.map((s) => `${s.q.trim()} ${ms(s.ms)}`).join("; ")}`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const count of counts.length ? counts : [5000]) console.log(formatBenchReport(await runSearchBench(count)));
}
