import { EnvError, parseServerEnv } from "./schema";

/** Exits the server process with the validation message when the environment is wrong. */
export function checkEnvironmentAtBoot(): void {
  try {
    const env = parseServerEnv();
    const missing = [
      env.DATABASE_URL ? null : "DATABASE_URL: not set (`npm start` provides the embedded database; otherwise set it)",
      env.AUTH_SECRET ? null : "AUTH_SECRET: not set (`npm start` generates one for the embedded setup; otherwise set it)",
    ].filter((line): line is string => line !== null);
    if (missing.length) throw new EnvError(missing);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
