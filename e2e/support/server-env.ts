import path from "node:path";

/**
 * Where the e2e server runs and which database it uses — read by the server script, by the
 * Playwright config and by tests that call the CLI against the same database.
 */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(".data/e2e");
export const e2eDatabaseName = "karavan_e2e";

export function e2eDatabaseUrl(): string | undefined {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return undefined;
  const url = new URL(server);
  url.pathname = `/${e2eDatabaseName}`;
  return url.toString();
}

/** Environment for `npm run cli` so it reaches the e2e server's database. */
export function e2eCliEnv(): NodeJS.ProcessEnv {
  const databaseUrl = e2eDatabaseUrl();
  return { ...process.env, DATA_DIR: e2eDataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }) };
}
