import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sourceRoots = ["app", "components", "lib", "locales", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [command, ...args], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed with exit code ${result.status}`);
}

/**
 * `prisma generate` needs no schema engine, but the CLI insists on one existing; any file will
 * do (ADR 0002). Runs when the generated client is missing or older than the schema.
 */
export async function ensurePrismaClient(log: (line: string) => void) {
  const generated = "lib/db/generated/client.ts";
  if (existsSync(generated) && statSync(generated).mtimeMs >= statSync("prisma/schema.prisma").mtimeMs) return;
  log("Generating the Prisma client…");
  run(path.resolve("node_modules/prisma/build/index.js"), ["generate"], { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath });
}

/** Builds the production bundle when there is none or a source file is newer than it. */
export async function buildIfNeeded(log: (line: string) => void) {
  const buildId = ".next/BUILD_ID";
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...sourceRoots.map(newestMtime))) return;
  log("Building the production bundle (first start or sources changed)…");
  run(path.resolve("node_modules/next/dist/bin/next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", ...process.env });
}
