import type { JsonSchema, ParameterObject } from "./types";

/** A limit on a value, in a form the page can translate. */
export type Constraint =
  | { kind: "length" | "items" | "range"; min?: number; max?: number }
  | { kind: "size"; maxMb: number }
  | { kind: "pattern"; pattern: string }
  | { kind: "default"; value: string };

export type FieldRow = {
  /** As a client writes it: `priceTiers[].minQty`, `alt.en`. */
  name: string;
  /** `name` as a translation key segment: `priceTiers_minQty`, `alt_en`. */
  key: string;
  type: string;
  constraints: Constraint[];
  required: boolean;
  description?: string;
};

const asSchema = (value: unknown): JsonSchema => (value && typeof value === "object" ? (value as JsonSchema) : {});

export const fieldKey = (name: string) => name.replace(/\[\]/g, "").replace(/\./g, "_");

/** A short, language-neutral type: `string`, `integer`, `"pc" | "set"`, `object[]`, `{ en | zh: string }`, `file (image/png)`. */
export function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "object";
  if (schema.format === "binary") {
    const media = (schema.anyOf ?? []).map((variant) => variant.contentMediaType).filter(Boolean);
    return media.length ? `file (${media.join(", ")})` : "file";
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeLabel))].join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "array") {
    const items = typeLabel(asSchema(schema.items));
    return items.includes(" ") ? `(${items})[]` : `${items}[]`;
  }
  if (schema.type === "object" && !schema.properties && schema.additionalProperties) {
    const keys = asSchema(schema.propertyNames).enum?.join(" | ") ?? "string";
    return `{ ${keys}: ${typeLabel(asSchema(schema.additionalProperties))} }`;
  }
  if (schema.type === "string" && schema.format) return `string (${schema.format})`;
  return typeof schema.type === "string" ? schema.type : "any";
}

export function constraintsOf(schema: JsonSchema): Constraint[] {
  const out: Constraint[] = [];
  const bounds = (kind: "length" | "items" | "range", min?: number, max?: number) => {
    if (min !== undefined || max !== undefined) out.push({ kind, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  };
  if (schema.format === "binary") {
    if (schema.maxLength) out.push({ kind: "size", maxMb: Math.round((schema.maxLength / (1024 * 1024)) * 10) / 10 });
  } else if (schema.type === "string") {
    bounds("length", schema.minLength, schema.maxLength);
    if (schema.pattern) out.push({ kind: "pattern", pattern: schema.pattern });
  } else if (schema.type === "integer" || schema.type === "number") {
    const exclusiveMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + (schema.type === "integer" ? 1 : 0) : undefined;
    bounds("range", schema.minimum ?? exclusiveMin, schema.maximum);
  } else if (schema.type === "array") {
    bounds("items", schema.minItems, schema.maxItems);
  } else if (schema.anyOf) {
    const [first] = schema.anyOf.filter((variant) => variant.type !== "null");
    if (first) out.push(...constraintsOf(first));
  }
  if (schema.default !== undefined) out.push({ kind: "default", value: JSON.stringify(schema.default) });
  return out;
}

/**
 * The fields of an object schema as table rows, one level into arrays of objects
 * (`priceTiers[].minQty`), which is as deep as request bodies go.
 */
export function fieldRows(schema: JsonSchema, prefix = "", depth = 0): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const property = asSchema(value);
    const fullName = `${prefix}${name}`;
    const row: FieldRow = {
      name: fullName,
      key: fieldKey(fullName),
      type: typeLabel(property),
      constraints: constraintsOf(property),
      required: required.has(name),
      ...(property.description ? { description: property.description } : {}),
    };
    const items = asSchema(property.items);
    const nested = property.type === "array" && items.properties && depth === 0 ? fieldRows(items, `${fullName}[].`, depth + 1) : [];
    return [row, ...nested];
  });
}

export function parameterRow(parameter: ParameterObject): FieldRow {
  return {
    name: parameter.name,
    key: fieldKey(parameter.name),
    type: typeLabel(parameter.schema),
    constraints: constraintsOf(parameter.schema),
    required: parameter.required,
    ...(parameter.description ? { description: parameter.description } : {}),
  };
}
