import { normalizeForSearch } from "@/lib/search/normalize";

/** A run of text the analyzers work on, with its position in the original string for highlighting. */
export type Token = { raw: string; start: number; end: number; han: boolean };

const other = 0;
const word = 1;
const han = 2;
const joiner = 3;
const comma = 4;
const unknown = 255;

// Word characters: letters of every script except Han (Chinese runs are segmented separately),
// digits, combining marks and the apostrophes Uzbek Latin writes inside words (oʻ, g').
const wordChar = /[\p{L}\p{N}\p{M}ʻʼ'‘’`]/u;
const hanChar = /\p{Script=Han}/u;
const classes = new Uint8Array(65536).fill(unknown);

function classify(code: number): number {
  if (code < 65536) {
    const cached = classes[code]!;
    if (cached !== unknown) return cached;
  }
  const ch = String.fromCodePoint(code);
  // Model numbers, SKUs and HS codes hold their parts together with these ("3x2.5",
  // "0001-KC-0001", "8544.49", "3×2,5"); a comma only between digits, so "EAC, CE" stays two.
  const cls = hanChar.test(ch) ? han : wordChar.test(ch) ? word : ".-/×_+".includes(ch) ? joiner : ch === "," ? comma : other;
  if (code < 65536) classes[code] = cls;
  return cls;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function classAt(text: string, i: number): number {
  return i < text.length ? classify(text.codePointAt(i)!) : other;
}

function widthAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * Splits text into words and Chinese runs. A hand-written scanner rather than a Unicode regex,
 * and no closures: indexing 100k listings tokenizes tens of millions of characters.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls !== word && cls !== han) {
      i += widthAt(text, i);
      continue;
    }
    let j = i;
    if (cls === han) {
      while (j < n && classAt(text, j) === han) j += widthAt(text, j);
    } else {
      for (;;) {
        while (j < n && classAt(text, j) === word) j += widthAt(text, j);
        const next = classAt(text, j);
        const joins = next === joiner || (next === comma && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)));
        if (!joins || classAt(text, j + 1) !== word) break;
        j += 1;
      }
    }
    tokens.push({ raw: text.slice(i, j), start: i, end: j, han: cls === han });
    i = j;
  }
  return tokens;
}

// Dots and commas stay in the joined form: "3x2.5" is not "3x25".
const joinerChars = /[\-/_+]/g;

/** `normalizeForSearch` plus the multiplication sign people write as a Latin x in sizes. */
export function normalizeToken(raw: string): string {
  return normalizeForSearch(raw).replace(/×/g, "x").replace(/(?<=\p{N}),(?=\p{N})/gu, ".");
}

export type CompoundTerms = {
  /** The token as written, normalized: "3x2.5", "0001-kc-0001". */
  whole: string;
  /** Without dashes, slashes and the like, so "0001kc0001" finds the SKU. */
  joined: string;
  /** Raw pieces split at joiners and at letter/digit boundaries ("ip65" → "ip", "65"). */
  pieces: string[];
};

/**
 * Splits a token that mixes digits and letters or contains joiners. Plain words return null:
 * they get word forms (stems, transliterations) instead.
 */
export function splitCompound(raw: string): CompoundTerms | null {
  const whole = normalizeToken(raw);
  const hasJoiner = /[.,\-/×_+]/.test(raw);
  if (!hasJoiner && (/^\p{N}+$/u.test(whole) || !/\p{N}/u.test(whole))) return null;
  const pieces: string[] = [];
  for (const piece of raw.split(/[.,\-/×_+]+/)) {
    for (const part of piece.match(/[\p{L}\p{M}ʻʼ'‘’`]+|\p{N}+/gu) ?? []) pieces.push(part);
  }
  return { whole, joined: whole.replace(joinerChars, ""), pieces };
}

/**
 * HS codes are searched by heading and by any prefix of their digits: "8544.49" is found by
 * "8544", "854449", "8544.49" and, as the last query term, "85444".
 */
export function hsCodeTerms(hsCode: string): string[] {
  const dotted = normalizeToken(hsCode).replace(/\s+/g, "");
  const digits = dotted.replace(/\D/g, "");
  if (!digits) return [];
  const out = new Set([dotted, digits]);
  if (digits.length > 4) out.add(digits.slice(0, 4));
  return [...out];
}
