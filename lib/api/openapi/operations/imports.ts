import type { ApiLimits, ApiOperation } from "../types";
import { catalogExampleQuerySchema, catalogImportIdParams, catalogImportUploadSchema } from "../request-schemas";

export function importOperations(limits: ApiLimits): ApiOperation[] {
  return [
    {
      operationId: "startCatalogImport",
      method: "post",
      path: "/api/v1/catalog-imports",
      tag: "Imports",
      summary: "Upload a catalog file to import",
      description: `multipart/form-data with the file in \`file\`: JSON Lines (.jsonl) or CSV (.csv), at most ${limits.catalogMaxMb} MB, one listing per line with the fields of a listing (sku, category, title, description, hsCode, unit, moq, currency, priceTiers, leadTimeDays, incoterms written like "FOB Shanghai", certifications, specifications); GET /api/v1/catalog-imports/example gives a file to start from. A line with a SKU you already have updates that listing; others create drafts. The import runs in the background: poll the URL in Location. One import per company at a time (409 otherwise).`,
      auth: "required",
      access: "supplier",
      body: { contentType: "multipart/form-data", component: "CatalogImportUpload", schema: catalogImportUploadSchema(limits.catalogMaxMb), example: { file: "@catalog.jsonl", submitForReview: "true" } },
      success: [{ status: 202, description: "Accepted; the import has started.", body: "CatalogImportStarted", headers: { Location: "URL to poll for progress." } }],
      errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
    },
    {
      operationId: "listCatalogImports",
      method: "get",
      path: "/api/v1/catalog-imports",
      tag: "Imports",
      summary: "List your company's recent imports",
      description: "The latest ten, newest first, without their per-line reports.",
      auth: "required",
      access: "supplier",
      success: [{ status: 200, description: "Recent imports.", body: "CatalogImportList" }],
      errors: ["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"],
    },
    {
      operationId: "getCatalogImport",
      method: "get",
      path: "/api/v1/catalog-imports/{id}",
      tag: "Imports",
      summary: "Follow an import's progress and problems",
      description: "Poll every few seconds until the status is SUCCEEDED or FAILED. Each issue names the line (and the SKU and field when known) with a message in the caller's language. A job that stopped reporting is shown as FAILED.",
      auth: "required",
      access: "supplier",
      pathParams: catalogImportIdParams,
      success: [{ status: 200, description: "Progress so far and the problems found.", body: "CatalogImportDetail" }],
      errors: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"],
    },
    {
      operationId: "getCatalogImportExample",
      method: "get",
      path: "/api/v1/catalog-imports/example",
      tag: "Imports",
      summary: "Download an example catalog file",
      description: "A few valid listings in the import format, without a supplier column: a template to fill in. Public and rate-limited like search.",
      auth: "none",
      query: catalogExampleQuerySchema,
      exampleQuery: { format: "csv" },
      success: [{ status: 200, description: "The file, as an attachment.", body: { files: ["text/csv", "application/jsonl"] } }],
      errors: ["RATE_LIMITED", "INTERNAL"],
    },
  ];
}
