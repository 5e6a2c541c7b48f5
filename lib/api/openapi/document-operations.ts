import { httpMethods, type HttpMethod, type JsonSchema, type OpenApiDocument, type OperationObject } from "./types";

export type DocumentOperation = { method: HttpMethod; path: string; operation: OperationObject };

/** Every operation of the document, in path order, each method in the usual order. */
export function documentOperations(document: OpenApiDocument): DocumentOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

/** Operations grouped by their first tag, in the order of the document's tags. */
export function operationsByTag(document: OpenApiDocument): { tag: { name: string; description: string }; operations: DocumentOperation[] }[] {
  const all = documentOperations(document);
  return document.tags
    .map((tag) => ({ tag, operations: all.filter((entry) => entry.operation.tags[0] === tag.name) }))
    .filter((group) => group.operations.length > 0);
}

/** Follows a local `$ref` (`#/components/schemas/Name`); other schemas come back as they are. */
export function resolveSchema(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const prefix = "#/components/schemas/";
  if (!schema.$ref?.startsWith(prefix)) return schema;
  const target = document.components.schemas[schema.$ref.slice(prefix.length)];
  if (!target) throw new Error(`Unresolved $ref ${schema.$ref}`);
  return target;
}

/** The request body's media type and schema (resolved), if the operation takes one. */
export function requestBodyOf(document: OpenApiDocument, operation: OperationObject): { contentType: string; component?: string; schema: JsonSchema; example?: unknown } | null {
  const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (!contentType || !media) return null;
  const component = media.schema.$ref?.split("/").pop();
  return { contentType, component, schema: resolveSchema(document, media.schema), example: media.example };
}

export type AuthLevel = "none" | "optional" | "required";

export function authLevelOf(operation: OperationObject): AuthLevel {
  if (operation.security.length === 0) return "none";
  return operation.security.some((requirement) => Object.keys(requirement).length === 0) ? "optional" : "required";
}
