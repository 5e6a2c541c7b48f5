import { existsSync } from "node:fs";

// Next.js reads .env itself; the launcher and the CLI read it here so all three agree.
// Variables already set in the environment win over the file.
if (existsSync(".env")) process.loadEnvFile(".env");
