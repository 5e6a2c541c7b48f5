import "server-only";

/** The environment for app-only modules: the same accessor, guarded against client bundles. */
export { env, requireDatabaseUrl } from "./env";
