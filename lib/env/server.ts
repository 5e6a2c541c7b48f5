import "server-only";
import { parseServerEnv, type ServerEnv } from "./schema";

let parsed: ServerEnv | undefined;

/**
 * The validated server environment. Parsed on first use rather than at import so that
 * `next build` can load route modules without a database; `instrumentation.ts` calls it at
 * boot so a wrong value stops the server with a clear message before the first request.
 */
export function env(): ServerEnv {
  parsed ??= parseServerEnv();
  return parsed;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database, or set DATABASE_URL.");
  }
  return url;
}
