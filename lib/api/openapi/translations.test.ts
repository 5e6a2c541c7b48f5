import { describe, expect, it } from "vitest";
import english from "@/locales/en/developers.json";
import { buildOpenApiDocument } from "./build-document";
import { documentOperations } from "./document-operations";
import { operationRows } from "./operation-rows";
import { fieldKeys, parameterKeys, summaryKey, tagKeys } from "./translation-keys";

type Tree = { [key: string]: string | Tree };
const document = buildOpenApiDocument();

function lookup(key: string): string | undefined {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => (node && typeof node === "object" ? node[part] : undefined), english as Tree);
  return typeof value === "string" ? value : undefined;
}

/** Every key the developer page asks for, with the English text the document has for it. */
function expectedTexts(): { keys: string[]; text: string }[] {
  const out: { keys: string[]; text: string }[] = [];
  for (const tag of document.tags) out.push({ keys: [tagKeys(tag.name).name], text: tag.name }, { keys: [tagKeys(tag.name).description], text: tag.description });
  for (const entry of documentOperations(document)) {
    const id = entry.operation.operationId;
    out.push({ keys: [summaryKey(id)], text: entry.operation.summary });
    const rows = operationRows(document, entry);
    for (const row of rows.parameters) out.push({ keys: parameterKeys(id, row), text: row.description ?? "" });
    for (const row of rows.body?.fields ?? []) out.push({ keys: fieldKeys(rows.body!.component, row), text: row.description ?? "" });
  }
  return out;
}

describe("locales/en/developers.json", () => {
  it("says exactly what the document says, for every tag, summary, parameter and field", () => {
    const differences = expectedTexts().flatMap(({ keys, text }) => {
      const key = keys.find((candidate) => lookup(candidate) !== undefined);
      if (!key) return [`missing ${keys.join(" or ")}: "${text}"`];
      return lookup(key) === text ? [] : [`${key}: "${lookup(key)}" but the document says "${text}"`];
    });
    expect(differences).toEqual([]);
  });

  it("has no leftovers: every documented-text key is still asked for", () => {
    const used = new Set(expectedTexts().flatMap(({ keys }) => keys.filter((key) => lookup(key) !== undefined).slice(0, 1)));
    const flatten = (tree: Tree, prefix: string): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
    const documentedTexts = ["tags", "operations", "params", "fields"].flatMap((section) => flatten((english as Tree)[section] as Tree, `${section}.`));
    expect(documentedTexts.filter((key) => !used.has(key))).toEqual([]);
  });
});
