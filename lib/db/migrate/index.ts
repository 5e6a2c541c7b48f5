/**
 * Prisma migrations without the Prisma CLI's native engine: the wasm schema engine over
 * @prisma/adapter-pg (works against PostgreSQL and the embedded PGlite). Compatible with
 * `prisma migrate deploy`: same directory layout, lock file and `_prisma_migrations` table.
 */
export { applyMigrations } from "./apply.ts";
export { createMigration } from "./create.ts";
export { checkDrift, type DriftResult } from "./check-drift.ts";
export { resetDatabase } from "./reset.ts";
export { readMigrationScripts, type RootOptions } from "./migrations-dir.ts";
