import { tokenize } from "@/lib/search/analyze/tokenize";
import { wordForms } from "@/lib/search/analyze/word-forms";
import type { IndexState } from "./index-state";

/** Generous on purpose: it only runs when nothing matched, and the result is checked by searching. */
function suggestionEdits(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3;
}

function closestWord(state: IndexState, word: string): string | null {
  const edits = suggestionEdits(word.length);
  let near = state.termsNear(word, edits, { surfaceOnly: true });
  if (!near.length) near = state.termsNear(word, edits, { surfaceOnly: true, anyFirstLetter: true });
  near.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.term.localeCompare(b.term));
  return near[0]?.term ?? null;
}

/**
 * Did-you-mean: each query word the index does not know, replaced by the closest word written in
 * some title, category or supplier name. Returns null when there is nothing to correct.
 */
export function suggestQuery(state: IndexState, q: string): string | null {
  let changed = false;
  const words = tokenize(q).map((token) => {
    const forms = token.han ? [] : wordForms(token.raw, "query");
    const surface = forms[0]?.term;
    // Digits, one- and two-letter words and known words are kept as typed.
    if (!surface || surface.length < 3 || /\p{N}/u.test(surface) || forms.some((f) => state.frequency(f.term) > 0)) return surface ?? token.raw;
    const closest = closestWord(state, surface);
    if (!closest) return surface;
    changed = true;
    return closest;
  });
  return changed ? words.join(" ") : null;
}
