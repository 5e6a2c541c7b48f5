import { z } from "zod";
import type { JsonSchema } from "./types";

export const componentRef = (name: string) => `#/components/schemas/${name}`;

type Io = "input" | "output";

const formatsWithOwnPattern = new Set(["uuid", "date-time", "email"]);

/**
 * Trims what zod adds that tells a reader nothing: ±2^53 bounds on every `.int()` and the long
 * regex behind `format: uuid`. And responses may gain fields without a new API version, so
 * the document does not promise `additionalProperties: false` for them (zod's output mode
 * would); requests keep what their schema says, as a `.strict()` body does reject extra fields.
 */
function tidy(io: Io) {
  return ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    if (jsonSchema.format && formatsWithOwnPattern.has(jsonSchema.format)) delete jsonSchema.pattern;
    if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  };
}

function options(io: Io) {
  // "throw" is zod's default, spelled out: a Date, bigint or custom type in a schema must fail
  // the build (and the tests) rather than turn into an empty schema that documents nothing.
  return { io, target: "draft-2020-12" as const, unrepresentable: "throw" as const, override: tidy(io) };
}

function withoutRootKeywords({ $schema: _schema, $id: _id, ...rest }: JsonSchema): JsonSchema {
  return rest;
}

/**
 * Named zod schemas → `components.schemas`, nested named schemas as `$ref`s. Requests are
 * converted as their input (what a client sends, before transforms and defaults); responses
 * as their output.
 */
export function toComponentSchemas(named: Record<string, z.ZodType>, io: Io): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) {
    if (registry.has(schema)) throw new Error(`OpenAPI: the same zod schema is registered twice (${id})`);
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { ...options(io), uri: componentRef });
  if ("__shared" in schemas) throw new Error("OpenAPI: a schema carries a global zod `id`; name components in the operations table instead");
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, withoutRootKeywords(schema)]));
}

/** One schema inline (query and path parameters). */
export function toInlineSchema(schema: z.ZodType, io: Io): JsonSchema {
  return withoutRootKeywords(z.toJSONSchema(schema, options(io)));
}

/**
 * Adds English descriptions to the fields of a schema that has none of its own (one defined
 * outside this module). `path` is `field` or `array[].field`; an unknown path throws.
 */
export function describeFields(schema: JsonSchema, docs: Record<string, string>): JsonSchema {
  const copy = structuredClone(schema);
  for (const [path, description] of Object.entries(docs)) {
    let node: JsonSchema | undefined = copy;
    for (const segment of path.split(".")) {
      const array = segment.endsWith("[]");
      const child: unknown = node?.properties?.[array ? segment.slice(0, -2) : segment];
      node = array ? ((child as JsonSchema | undefined)?.items as JsonSchema | undefined) : (child as JsonSchema | undefined);
    }
    const target = path.endsWith("[]") ? undefined : node;
    if (!target || typeof target !== "object") throw new Error(`OpenAPI: field docs name "${path}", which the schema does not have`);
    target.description ??= description;
  }
  return copy;
}
