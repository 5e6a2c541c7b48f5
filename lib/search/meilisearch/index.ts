export { createMeilisearchEngine, type MeilisearchEngineOptions } from "./create-meilisearch-engine";
export { MeilisearchTaskError } from "./tasks";
