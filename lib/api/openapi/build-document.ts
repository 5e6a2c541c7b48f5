import type { z } from "zod";
import packageJson from "@/package.json";
import { parseServerEnv } from "@/lib/env/schema";
import { errorStatus } from "@/lib/errors/app-error";
import { errorResponseName, errorResponses } from "./error-responses";
import { apiOperations } from "./operations";
import { responseComponents } from "./response-schemas";
import { securityFor, securitySchemes } from "./security";
import { apiTags } from "./tags";
import { componentRef, describeFields, toComponentSchemas, toInlineSchema } from "./to-json-schema";
import type { ApiLimits, ApiOperation, JsonSchema, OpenApiDocument, OperationObject, ParameterObject } from "./types";

const description = `REST API of Karavan for ERP systems and scripts. All bodies are JSON unless an operation says multipart/form-data.

- **Authentication**: \`Authorization: Bearer krv_…\` with a token from Account → API tokens, or the browser session cookie.
- **Errors**: \`{ "error": { "code", "message", "fields"? } }\`; \`message\` and \`fields\` are in the language of Accept-Language (or the caller's preferred language).
- **Money**: \`{ "amount": "1234.50", "currency": "CNY" }\` — a decimal string in major units, never a float.`;

/** The limits of this deployment, or the defaults of the env schema (tests, build). */
export function defaultLimits(): ApiLimits {
  const env = parseServerEnv({});
  return { imageMaxMb: env.UPLOAD_MAX_IMAGE_MB, catalogMaxMb: env.UPLOAD_MAX_CATALOG_MB, searchRequestsPerMinute: env.SEARCH_API_RATE_LIMIT };
}

/** Query examples are written as in a URL ("50"); the document shows them in the parameter's type. */
function typedExample(value: string | string[] | undefined, schema: JsonSchema): unknown {
  return value !== undefined && typeof value === "string" && (schema.type === "integer" || schema.type === "number") ? Number(value) : value;
}

function parameters(operation: ApiOperation): ParameterObject[] {
  const from = (schema: z.ZodObject | undefined, location: "path" | "query"): ParameterObject[] => {
    if (!schema) return [];
    const json = toInlineSchema(schema, "input");
    const required = new Set(json.required ?? []);
    const undocumented = Object.keys(operation.queryDocs ?? {}).filter((name) => !(name in (json.properties ?? {})));
    if (location === "query" && undocumented.length) throw new Error(`OpenAPI: ${operation.operationId} documents unknown query parameters ${undocumented.join(", ")}`);
    return Object.entries(json.properties ?? {}).map(([name, property]) => {
      const { description: own, examples, ...rest } = property as JsonSchema;
      const text = own ?? (location === "query" ? operation.queryDocs?.[name] : undefined);
      const example = location === "query" ? typedExample(operation.exampleQuery?.[name], rest) : examples?.[0];
      // Asked of zod, not of the JSON Schema: `.catch()` makes a parameter optional although
      // the converted schema lists it as required.
      const optional = schema.shape[name]?.safeParse(undefined).success ?? !required.has(name);
      return {
        name,
        in: location,
        required: location === "path" || !optional,
        ...(text ? { description: text } : {}),
        schema: rest,
        ...(example !== undefined ? { example } : {}),
      };
    });
  };
  return [...from(operation.pathParams, "path"), ...from(operation.query, "query")];
}

function responseContent(body: NonNullable<ApiOperation["success"][number]["body"]>): Record<string, { schema: JsonSchema }> {
  if (typeof body === "string") return { "application/json": { schema: { $ref: componentRef(body) } } };
  return Object.fromEntries(body.files.map((media) => [media, { schema: { type: "string" } }]));
}

function toOperationObject(operation: ApiOperation): OperationObject {
  const params = parameters(operation);
  const responses: OperationObject["responses"] = {};
  for (const success of operation.success) {
    const headers = Object.entries(success.headers ?? {}).map(([name, text]) => [name, { description: text, schema: { type: "string" as const } }]);
    responses[String(success.status)] = {
      description: success.description,
      ...(headers.length ? { headers: Object.fromEntries(headers) } : {}),
      ...(success.body ? { content: responseContent(success.body) } : {}),
    };
  }
  for (const code of operation.errors) responses[String(errorStatus[code])] = { $ref: `#/components/responses/${errorResponseName[code]}` };
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    security: securityFor(operation.auth),
    ...(params.length ? { parameters: params } : {}),
    ...(operation.body
      ? { requestBody: { required: true, content: { [operation.body.contentType]: { schema: { $ref: componentRef(operation.body.component) }, example: operation.body.example } } } }
      : {}),
    responses,
    ...(operation.access ? { "x-access": operation.access } : {}),
  };
}

/**
 * The OpenAPI 3.1 document of the REST API, built from the operations table and the zod
 * schemas that validate requests. Pure: the same limits give the same document.
 */
export function buildOpenApiDocument(limits: ApiLimits = defaultLimits()): OpenApiDocument {
  const operations = apiOperations(limits);
  const requestBodies = operations.flatMap((operation) => (operation.body ? [operation.body] : []));
  const renamed = requestBodies.filter((body) => requestBodies.some((other) => other.component === body.component && other.schema !== body.schema));
  if (renamed.length) throw new Error(`OpenAPI: different request schemas share the component name ${renamed[0]!.component}`);
  const requestSchemas = toComponentSchemas(Object.fromEntries(requestBodies.map((body) => [body.component, body.schema])), "input");
  for (const body of requestBodies) {
    if (body.fieldDocs) requestSchemas[body.component] = describeFields(requestSchemas[body.component]!, body.fieldDocs);
  }
  const responseSchemas = toComponentSchemas(responseComponents, "output");
  const clash = Object.keys(requestSchemas).filter((name) => name in responseSchemas);
  if (clash.length) throw new Error(`OpenAPI: request and response components share names: ${clash.join(", ")}`);
  const schemas = { ...responseSchemas, ...requestSchemas };

  const paths: OpenApiDocument["paths"] = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method]) throw new Error(`OpenAPI: ${operation.method.toUpperCase()} ${operation.path} is in the table twice`);
    item[operation.method] = toOperationObject(operation);
  }

  return {
    openapi: "3.1.1",
    info: { title: "Karavan API", version: packageJson.version, summary: "B2B marketplace of the Silk Road: catalog search, supplier listings, catalog imports.", description },
    servers: [{ url: "/", description: "This Karavan server" }],
    tags: apiTags.map((tag) => ({ name: tag.name, description: tag.description })),
    paths,
    components: { schemas, responses: errorResponses(), securitySchemes },
  };
}
