import type { z } from "zod";
import type { ErrorCode } from "@/lib/errors/app-error";
import type { ApiTag } from "./tags";
import type { ResponseComponent } from "./response-schemas";

export type JsonSchema = z.core.JSONSchema.JSONSchema;

export const httpMethods = ["get", "put", "post", "patch", "delete"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/**
 * - `none`: public, no credentials read.
 * - `optional`: public, but a token or session shows more (a supplier sees its own drafts).
 * - `required`: a bearer token or the session cookie; 401 without.
 */
export type ApiAuth = "none" | "optional" | "required";

/** Settings of this deployment that the document states (sizes, rate limits). */
export type ApiLimits = { imageMaxMb: number; catalogMaxMb: number; searchRequestsPerMinute: number };

type Example = Record<string, unknown>;

export type RequestBody =
  | { contentType: "application/json"; component: string; schema: z.ZodType; example: Example; fieldDocs?: Record<string, string> }
  /** Multipart forms: `example` holds the text fields; a value starting with "@" is a file path for curl. */
  | { contentType: "multipart/form-data"; component: string; schema: z.ZodType; example: Record<string, string>; fieldDocs?: Record<string, string> };

export type SuccessResponse = {
  status: number;
  description: string;
  /** A JSON component, a file in one of these media types, or nothing (204). */
  body: ResponseComponent | { files: string[] } | null;
  /** Response headers worth knowing: name → English description. */
  headers?: Record<string, string>;
};

/** One row of the operations table: everything the document says about one endpoint. */
export type ApiOperation = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template: `/api/v1/listings/{id}`. */
  path: string;
  tag: ApiTag;
  /** English; translations live in locales/<lng>/developers.json under `operations.<operationId>`. */
  summary: string;
  description?: string;
  auth: ApiAuth;
  /** The kind of account the operation is for, beyond holding a token. */
  access?: "supplier" | "moderator" | "finance" | "buyer";
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** English descriptions for query parameters whose shared schema carries none. */
  queryDocs?: Record<string, string>;
  /** Example query values, checked against `query` by the tests and shown in the curl example. */
  exampleQuery?: Record<string, string | string[]>;
  body?: RequestBody;
  success: SuccessResponse[];
  /** Expected failures; each becomes a reference to components.responses. */
  errors: ErrorCode[];
};

export type ParameterObject = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema; example?: unknown };

export type OperationObject = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, { $ref: string } | { description: string; content?: Record<string, { schema: JsonSchema }>; headers?: Record<string, { description: string; schema: JsonSchema }> }>;
  "x-access"?: "supplier" | "moderator" | "finance" | "buyer";
};

export type OpenApiDocument = {
  openapi: "3.1.1";
  info: { title: string; version: string; summary: string; description: string };
  servers: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { description: string; headers?: Record<string, unknown>; content: Record<string, { schema: JsonSchema; example?: unknown }> }>;
    securitySchemes: Record<string, Record<string, string>>;
  };
};
