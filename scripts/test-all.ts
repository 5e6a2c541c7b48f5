/**
 * `npm test`: everything, in the order that fails fastest — typecheck, lint, locale check,
 * migration drift, unit + integration tests (Vitest), then the Playwright journeys against a
 * production build. Every step runs even when an earlier one fails, and the last line is the
 * total: `N passed, N failed`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2eCliEnv } from "../e2e/support/server-env";

const summaryDir = ".test-summary";
rmSync(summaryDir, { recursive: true, force: true });
mkdirSync(summaryDir, { recursive: true });

type StepResult = { name: string; passed: number; failed: number; skipped: number; seconds: number };
const results: StepResult[] = [];
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(name: string, command: string, args: string[], count?: (exitCode: number) => Omit<StepResult, "name" | "seconds">, env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  const exitCode = status ?? 1;
  const counted = count ? count(exitCode) : { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  // A runner that crashed before reporting still counts as a failure.
  if (exitCode !== 0 && counted.failed === 0) counted.failed = 1;
  results.push({ name, ...counted, seconds: Math.round((Date.now() - started) / 1000) });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

run("typecheck", bin("tsc"), ["--noEmit"]);
run("lint", bin("eslint"), ["--max-warnings", "0", "."]);
run("locales", bin("tsx"), ["scripts/check-locales.ts"]);
run("migration drift", bin("tsx"), ["scripts/cli.ts", "db:check"]);
run("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${summaryDir}/vitest.json`], () => {
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(`${summaryDir}/vitest.json`);
  return report ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests } : { passed: 0, failed: 1, skipped: 0 };
});
run("end-to-end (playwright)", bin("playwright"), ["test"], () => {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`${summaryDir}/playwright.json`);
  return report ? { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped } : { passed: 0, failed: 1, skipped: 0 };
});
// Every flow the browser tests drove (payments, payouts, refunds) must leave a ledger whose
// invariants hold: checked on the e2e server's database once the server has stopped.
run("ledger check after the e2e flows", bin("tsx"), ["scripts/cli.ts", "ledger:check"], undefined, e2eCliEnv());
run("audit chain after the e2e flows", bin("tsx"), ["scripts/cli.ts", "audit:verify"], undefined, e2eCliEnv());

const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
writeFileSync(`${summaryDir}/summary.json`, JSON.stringify({ steps: results, total }, null, 2));
console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.failed ? "✗" : "✓"} ${r.name.padEnd(30)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""} (${r.seconds}s)`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed ? 1 : 0);
