export { createEmbeddedSearchEngine } from "./engine";
