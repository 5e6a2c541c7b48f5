const byExtension: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  csv: "text/csv",
  jsonl: "application/jsonl",
  json: "application/json",
  txt: "text/plain",
  pdf: "application/pdf",
};

/**
 * The content type a key stands for, from its extension. Local storage keeps no metadata
 * beside the bytes, so both adapters require keys whose extension matches the content type
 * they are written with (`put` refuses a mismatch): a file is served the same way whichever
 * storage holds it.
 */
export function contentTypeForKey(key: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(key)?.[1]?.toLowerCase() ?? "";
  return byExtension[extension] ?? "application/octet-stream";
}

export function assertContentTypeMatchesKey(key: string, contentType: string): void {
  const expected = contentTypeForKey(key);
  if (expected !== contentType.split(";")[0]?.trim().toLowerCase()) {
    throw new Error(`Storage key ${key} implies ${expected}, not ${contentType}`);
  }
}
