import "server-only";
import { env } from "@/lib/env/server";
import { buildOpenApiDocument } from "./build-document";
import type { ApiLimits, OpenApiDocument } from "./types";

let cached: OpenApiDocument | undefined;

/** This deployment's limits, as the document and the developer page state them. */
export function deploymentLimits(): ApiLimits {
  const config = env();
  return { imageMaxMb: config.UPLOAD_MAX_IMAGE_MB, catalogMaxMb: config.UPLOAD_MAX_CATALOG_MB, searchRequestsPerMinute: config.SEARCH_API_RATE_LIMIT };
}

/** The document served at /api/v1/openapi.json and rendered at /[locale]/developers; built once per process. */
export function servedOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument(deploymentLimits());
  return cached;
}
