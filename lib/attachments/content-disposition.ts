/**
 * `attachment; filename="…"; filename*=UTF-8''…` for a file name in any script: the
 * RFC 5987/8187 `filename*` carries the real name (图纸.pdf, Чертёж.dwg) percent-encoded, and the
 * plain `filename` an ASCII stand-in for the rare client that ignores it.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * as they are; RFC 8187's attr-char does not allow them.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
