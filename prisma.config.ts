import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations run through scripts/cli.ts (ADR 0002).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
