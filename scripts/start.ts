/**
 * `npm start`: the whole product with one command. Builds when needed, starts the embedded
 * database unless DATABASE_URL is set, migrates, seeds the demo data into an empty demo
 * database, serves on PORT, and shuts everything down cleanly on Ctrl-C / SIGTERM.
 * `--dev` runs `next dev` instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import "./load-dotenv";
import { EnvError, parseServerEnv } from "@/lib/env/schema";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureAuthSecret } from "./launcher/auth-secret";
import { buildIfNeeded, ensurePrismaClient } from "./launcher/build";
import { seedIfEmpty } from "./launcher/seed-if-empty";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[karavan] ${line}`);

async function main() {
  const env = parseServerEnv();
  const dataDir = path.resolve(env.DATA_DIR);
  await ensurePrismaClient(log);
  if (!dev) await buildIfNeeded(log);

  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir, maxConnections: 20 });
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  log(embedded ? `Embedded PostgreSQL (PGlite) on ${new URL(databaseUrl).host}, data in ${dataDir}` : "Using DATABASE_URL");

  let server: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { server?.kill("SIGKILL"); resolve(); }, 10_000);
        server?.once("exit", () => { clearTimeout(timer); resolve(); });
      });
    }
    await embedded?.stop();
    log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(databaseUrl);
    log(applied.length ? `Applied ${applied.length} migration(s)` : "Database schema up to date");
    await seedIfEmpty(databaseUrl, { demo: env.KARAVAN_DEMO ?? !env.DATABASE_URL, log });
    const authSecret = env.AUTH_SECRET ?? (await ensureAuthSecret(dataDir));
    const next = path.resolve("node_modules/next/dist/bin/next");
    server = spawn(process.execPath, [next, dev ? "dev" : "start", "--port", String(env.PORT)], {
      stdio: "inherit",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, DATA_DIR: dataDir },
    });
    server.once("exit", (code) => {
      if (!stopping) {
        log(`Server exited with code ${code}`);
        void stop(code ?? 1);
      }
    });
    log(`Karavan on http://localhost:${env.PORT}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
