import { authLevelOf, requestBodyOf, type DocumentOperation } from "./document-operations";
import type { OpenApiDocument } from "./types";

/** POSIX shell single quotes: safe for any text, including apostrophes. */
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A copy-paste curl command from the document's examples: path parameters filled in, query
 * values URL-encoded by curl (`-G --data-urlencode`, readable in any language), the token
 * header when the operation needs one, and the example body.
 */
export function curlExample(document: OpenApiDocument, { method, path, operation }: DocumentOperation, origin: string): string {
  const parameters = operation.parameters ?? [];
  const pathValue = (name: string) => String(parameters.find((p) => p.in === "path" && p.name === name)?.example ?? `<${name}>`);
  const query = parameters
    .filter((parameter) => parameter.in === "query" && parameter.example !== undefined)
    .flatMap((parameter) => (Array.isArray(parameter.example) ? parameter.example : [parameter.example]).map((value): [string, string] => [parameter.name, String(value)]));

  let url = `${origin}${path.replace(/\{(\w+)\}/g, (_, name: string) => pathValue(name))}`;
  const options: string[] = [];
  if (method === "get") {
    if (query.length) options.push("-G");
  } else {
    options.push(`-X ${method.toUpperCase()}`);
    if (query.length) url += `?${new URLSearchParams(query).toString()}`;
  }
  const lines = [["curl", ...options, shellQuote(url)].join(" ")];
  if (method === "get") for (const [name, value] of query) lines.push(`--data-urlencode ${shellQuote(`${name}=${value}`)}`);
  if (authLevelOf(operation) === "required") lines.push(`-H ${shellQuote("Authorization: Bearer krv_…")}`);

  const body = requestBodyOf(document, operation);
  if (body?.contentType === "application/json") {
    lines.push(`-H ${shellQuote("Content-Type: application/json")}`, `-d ${shellQuote(JSON.stringify(body.example ?? {}, null, 2))}`);
  } else if (body?.contentType === "multipart/form-data") {
    for (const [name, value] of Object.entries((body.example ?? {}) as Record<string, string>)) lines.push(`-F ${shellQuote(`${name}=${value}`)}`);
  }
  return lines.join(" \\\n  ");
}
