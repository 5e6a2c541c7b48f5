/**
 * Starts the product for the e2e suite exactly as `npm start` does (production build, migrate,
 * demo seed), on a fresh database: a new `karavan_e2e` database on TEST_DATABASE_URL's server,
 * or a new embedded data directory.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { e2eDataDir, e2eDatabaseName, e2eDatabaseUrl, e2ePort } from "./server-env";

async function recreateDatabase(serverUrl: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${e2eDatabaseName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${e2eDatabaseName}`);
  } finally {
    await client.end();
  }
}

const databaseUrl = e2eDatabaseUrl();
if (databaseUrl) await recreateDatabase(process.env.TEST_DATABASE_URL!);
rmSync(e2eDataDir, { recursive: true, force: true });

const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: String(e2ePort),
    DATA_DIR: e2eDataDir,
    DATABASE_URL: databaseUrl ?? "",
    KARAVAN_DEMO: "true",
    NODE_ENV: "production",
  },
});
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGTERM", forward);
process.on("SIGINT", forward);
child.on("exit", (code) => process.exit(code ?? 0));
