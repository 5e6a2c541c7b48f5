/**
 * `npm run bench:search [-- --sizes 5000,100000] [-- --url http://127.0.0.1:3000 --concurrency 16 --seconds 20]`
 *
 * In-process: for each size, a fresh Node process builds the embedded engine over that many
 * listings (the shared 5k catalog, multiplied with variations beyond 5k) and times a fixed
 * multilingual query mix — build time, RSS, p50/p95/p99.
 * Over HTTP (with --url): `concurrency` clients hit GET /api/v1/search on a running server with
 * the same query mix for `seconds`. Start that server with SEARCH_API_RATE_LIMIT high enough
 * (e.g. 1000000), or the public rate limit answers 429 to the benchmark.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { benchQueries } from "./bench-search-core";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "5000,100000" }, url: { type: "string" }, concurrency: { type: "string", default: "16" }, seconds: { type: "string", default: "20" } },
});

for (const size of values.sizes.split(",").map(Number).filter((n) => n > 0)) {
  // One process per size, so each RSS figure is that index's alone.
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/bench-search-core.ts", String(size)], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (values.url) {
  const base = new URL("/api/v1/search", values.url);
  const concurrency = Number(values.concurrency);
  const deadline = Date.now() + Number(values.seconds) * 1000;
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const client = async () => {
    while (Date.now() < deadline) {
      const query = benchQueries[next++ % benchQueries.length]!;
      const url = new URL(base);
      url.searchParams.set("q", query.q);
      url.searchParams.set("locale", query.locale);
      const started = performance.now();
      const response = await fetch(url).catch(() => null);
      if (!response?.ok) errors += 1;
      else await response.arrayBuffer();
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  console.log(`HTTP ${base.href} · ${concurrency} clients · ${values.seconds} s: ${times.length} requests (${(times.length / Number(values.seconds)).toFixed(0)}/s), ${errors} errors`);
  console.log(`  latency p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`);
}
