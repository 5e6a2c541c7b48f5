/**
 * Relevance evaluation of catalog search: runs the queries in scripts/eval/queries.json against the
 * embedded engine built in-process from the shared 5k catalog, and judges a hit relevant when its
 * listing's leaf category is the query's `expect`. A measurement, not a test: it exits 0 unless
 * `--min-success <0..1>` is given and overall success@3 falls below it.
 *
 *   npx tsx scripts/eval-search.ts [--min-success 0.95] [--queries scripts/eval/queries.json]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { locales, type Locale } from "@/lib/i18n/config";
import { createEmbeddedSearchEngine } from "@/lib/search/embedded";
import type { SearchDocument } from "@/lib/search/types";
import { generateBenchDocuments } from "./bench-search-core";

const queryKinds = [
  "exact", "inflected", "typo", "kk-no-special-letters", "uz-cyrillic", "ru-latin-translit",
  "zh-chars", "pinyin", "hs-code", "synonym", "en",
] as const;
type Kind = (typeof queryKinds)[number];
type EvalQuery = { q: string; locale: Locale; expect: string; kind: Kind };
type Outcome = EvalQuery & { top: string[]; success: boolean; precision: number };

/** The shared catalog has 5000 listings; the bench generator yields them unchanged for N ≤ 5000. */
const catalogSize = 5000;

function loadQueries(file: string, leafSlugs: Set<string>): EvalQuery[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as EvalQuery[];
  for (const query of raw) {
    const where = JSON.stringify(query);
    if (typeof query.q !== "string" || !query.q.trim()) throw new Error(`empty query: ${where}`);
    if (!locales.includes(query.locale)) throw new Error(`unknown locale: ${where}`);
    if (!queryKinds.includes(query.kind)) throw new Error(`unknown kind: ${where}`);
    if (!leafSlugs.has(query.expect)) throw new Error(`expect is not a leaf category with listings: ${where}`);
  }
  return raw;
}

async function evaluate(queries: EvalQuery[], docs: SearchDocument[]): Promise<Outcome[]> {
  const categoryOf = new Map(docs.map((d) => [d.id, d.category.slug]));
  const perCategory = new Map<string, number>();
  for (const slug of categoryOf.values()) perCategory.set(slug, (perCategory.get(slug) ?? 0) + 1);
  const engine = createEmbeddedSearchEngine();
  await engine.replaceAll(docs);
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    const result = await engine.search({ q: query.q, locale: query.locale, filters: {}, sort: "relevance", page: 1, limit: 10 });
    const slugs = result.hits.map((hit) => categoryOf.get(hit.id) ?? "?");
    const relevant = slugs.filter((slug) => slug === query.expect).length;
    const ideal = Math.min(10, perCategory.get(query.expect) ?? 0);
    outcomes.push({ ...query, top: slugs.slice(0, 3), success: slugs.slice(0, 3).includes(query.expect), precision: ideal ? relevant / ideal : 0 });
  }
  return outcomes;
}

type Summary = { n: number; success: number; precision: number };

function summarize(outcomes: Outcome[]): Summary {
  const n = outcomes.length;
  const mean = (f: (o: Outcome) => number) => (n ? outcomes.reduce((sum, o) => sum + f(o), 0) / n : 0);
  return { n, success: mean((o) => (o.success ? 1 : 0)), precision: mean((o) => o.precision) };
}

function table(title: string, groups: [string, Outcome[]][]): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${title.padEnd(24)}${"n".padStart(4)}  success@3  precision@10`];
  for (const [name, group] of groups) {
    const s = summarize(group);
    lines.push(`  ${name.padEnd(22)}${String(s.n).padStart(4)}  ${pct(s.success)}    ${pct(s.precision)}`);
  }
  return lines;
}

function groupBy(outcomes: Outcome[], keys: readonly string[], key: (o: Outcome) => string): [string, Outcome[]][] {
  return keys.map((k) => [k, outcomes.filter((o) => key(o) === k)] as [string, Outcome[]]).filter(([, g]) => g.length > 0);
}

function formatReport(outcomes: Outcome[]): string {
  const overall = summarize(outcomes);
  const failures = outcomes.filter((o) => !o.success);
  const weak = outcomes.filter((o) => o.success && o.precision < 1);
  const describe = (o: Outcome) =>
    `  [${o.locale} ${o.kind}] "${o.q}" expect ${o.expect}; top 3: ${o.top.join(", ") || "(no hits)"}; precision@10 ${(o.precision * 100).toFixed(0)}%`;
  return [
    `overall: ${overall.n} queries, success@3 ${(overall.success * 100).toFixed(1)}%, precision@10 ${(overall.precision * 100).toFixed(1)}%`,
    "",
    ...table("per locale", groupBy(outcomes, locales, (o) => o.locale)),
    "",
    ...table("per kind", groupBy(outcomes, queryKinds, (o) => o.kind)),
    "",
    `failing (no relevant hit in top 3): ${failures.length}`,
    ...failures.map(describe),
    "",
    `passing but precision@10 below 100%: ${weak.length}`,
    ...weak.map(describe),
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "min-success": { type: "string" },
      queries: { type: "string", default: path.join(path.dirname(fileURLToPath(import.meta.url)), "eval", "queries.json") },
    },
  });
  const minSuccess = values["min-success"] === undefined ? null : Number(values["min-success"]);
  if (minSuccess !== null && !(minSuccess >= 0 && minSuccess <= 1)) throw new Error("--min-success takes a number between 0 and 1");
  const docs = generateBenchDocuments(catalogSize);
  const queries = loadQueries(values.queries, new Set(docs.map((d) => d.category.slug)));
  const started = performance.now();
  const outcomes = await evaluate(queries, docs);
  console.log(formatReport(outcomes));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s, embedded engine, ${catalogSize} listings)`);
  const success = summarize(outcomes).success;
  if (minSuccess !== null && success < minSuccess) {
    console.error(`success@3 ${(success * 100).toFixed(1)}% is below --min-success ${minSuccess}`);
    process.exitCode = 1;
  }
}

await main();
