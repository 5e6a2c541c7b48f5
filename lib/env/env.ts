import { parseServerEnv, type ServerEnv } from "./schema";

let parsed: ServerEnv | undefined;

/**
 * The validated server environment. Parsed on first use rather than at import so that
 * `next build` can load route modules without a database; `instrumentation.ts` calls it at
 * boot so a wrong value stops the server with a clear message before the first request.
 *
 * Domain code that also runs in the launcher and the CLI (seeding, notifications, FX) imports
 * it from here; app-only code imports `./server`, which adds the `server-only` guard. Nothing
 * here is inlined into a browser bundle: there are no NEXT_PUBLIC_* settings.
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
