/**
 * Meilisearch returns `_formatted` text with its highlight tags inserted and nothing escaped. If
 * those tags were `<mark>`, a title that itself contains "<mark>" or "&lt;mark&gt;" could not be
 * told apart from a real match after escaping. So Meilisearch is asked to mark matches with two
 * Private Use Area characters, which documents are stripped of before indexing
 * (see to-meili-document.ts): the text is escaped first, then the placeholders become tags.
 */
export const highlightPreTag = "\uE000";
export const highlightPostTag = "\uE001";

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEntities[ch] ?? ch);
}

/**
 * Escaped HTML with `<mark>` around the matches. A stray or nested placeholder is dropped rather
 * than trusted, so the output always has balanced, non-nested `<mark>` elements.
 */
export function renderHighlight(formatted: string): string {
  let out = "";
  let open = false;
  let plain = "";
  for (const ch of formatted) {
    if (ch !== highlightPreTag && ch !== highlightPostTag) {
      plain += ch;
      continue;
    }
    out += escapeHtml(plain);
    plain = "";
    if (ch === highlightPreTag && !open) out += "<mark>";
    if (ch === highlightPostTag && open) out += "</mark>";
    open = ch === highlightPreTag;
  }
  out += escapeHtml(plain);
  return open ? `${out}</mark>` : out;
}
