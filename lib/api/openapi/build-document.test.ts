import { describe, expect, it } from "vitest";
import packageJson from "@/package.json";
import { buildOpenApiDocument } from "./build-document";
import { documentOperations } from "./document-operations";
import { apiOperations } from "./operations";
import { describeFields } from "./to-json-schema";
import type { OpenApiDocument } from "./types";
import { defaultLimits } from "./build-document";

const document = buildOpenApiDocument();

/** Every `$ref` string anywhere in a value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") out.push(child);
      else refsIn(child, out);
    }
  }
  return out;
}

/** Resolves a local JSON pointer (`#/components/schemas/Money`), or undefined. */
function resolvePointer(root: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), root);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the package version, a relative server and both security schemes", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.version).toBe(packageJson.version);
    expect(document.servers).toEqual([expect.objectContaining({ url: "/" })]);
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
  });

  it("gives every operation a unique operationId, a declared tag, a summary and a success answer", () => {
    const operations = documentOperations(document);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const { method, path, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags.every((tag) => tags.has(tag)), where).toBe(true);
      expect(operation.summary.length, where).toBeGreaterThan(5);
      expect(Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status)), where).toBe(true);
    }
  });

  it("declares exactly the path parameters its path names, each required", () => {
    for (const { path, operation } of documentOperations(document)) {
      expect(path, "paths start with /").toMatch(/^\//);
      const named = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === "path");
      expect(declared.map((parameter) => parameter.name).sort(), `${operation.operationId} path parameters`).toEqual(named);
      expect(declared.every((parameter) => parameter.required)).toBe(true);
    }
  });

  it("resolves every $ref", () => {
    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((ref) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it("uses only declared security schemes, and no JSON Schema root keywords inside components", () => {
    const schemes = new Set(Object.keys(document.components.securitySchemes));
    for (const { operation } of documentOperations(document)) {
      for (const requirement of operation.security) expect(Object.keys(requirement).every((name) => schemes.has(name))).toBe(true);
    }
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema.$schema).toBeUndefined();
      expect(schema.$id).toBeUndefined();
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("documents the failures every operation can meet", () => {
    for (const operation of apiOperations(defaultLimits())) {
      if (operation.auth === "required") expect(operation.errors, operation.operationId).toContain("UNAUTHENTICATED");
      if (operation.pathParams && operation.auth === "required") expect(operation.errors, operation.operationId).toContain("NOT_FOUND");
      if (operation.body?.contentType === "application/json") expect(operation.errors, operation.operationId).toEqual(expect.arrayContaining(["BAD_REQUEST", "VALIDATION_FAILED"]));
      if (operation.body?.contentType === "multipart/form-data") expect(operation.errors, operation.operationId).toContain("VALIDATION_FAILED");
    }
  });

  it("states the limits of the deployment it is built for", () => {
    const custom = buildOpenApiDocument({ imageMaxMb: 3, catalogMaxMb: 7, searchRequestsPerMinute: 42 });
    const file = (component: string) => custom.components.schemas[component]?.properties?.file as { maxLength?: number };
    expect(file("ImageUpload").maxLength).toBe(3 * 1024 * 1024);
    expect(file("CatalogImportUpload").maxLength).toBe(7 * 1024 * 1024);
    expect(custom.paths["/api/v1/search"]?.get?.description).toContain("42 requests per minute");
  });

  it("gives every parameter and body field a description", () => {
    const missing: string[] = [];
    for (const { operation } of documentOperations(document)) {
      for (const parameter of operation.parameters ?? []) if (!parameter.description) missing.push(`${operation.operationId} ?${parameter.name}`);
    }
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      if (!/Input|Patch|Upload|Reject/.test(name)) continue;
      for (const [field, property] of Object.entries(schema.properties ?? {})) if (!(property as { description?: string }).description) missing.push(`${name}.${field}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("describeFields", () => {
  it("fails on a field the schema does not have, so docs cannot go stale", () => {
    const schema = { type: "object" as const, properties: { a: { type: "string" as const }, list: { type: "array" as const, items: { type: "object" as const, properties: { b: { type: "integer" as const } } } } } };
    expect(describeFields(schema, { a: "A", "list[].b": "B" }).properties).toMatchObject({ a: { description: "A" }, list: { items: { properties: { b: { description: "B" } } } } });
    expect(() => describeFields(schema, { missing: "x" })).toThrow(/missing/);
  });
});
