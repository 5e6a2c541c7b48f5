import { segmentHan, hanBigrams } from "./chinese";
import { isStopword } from "./stopwords";
import { synonymGroups } from "./synonyms";
import { normalizeToken, splitCompound, tokenize } from "./tokenize";
import { latinKeyOf } from "./transliterate";
import { wordForms, type FormKind } from "./word-forms";

/** One word to look up: exact forms, optionally as a prefix and with typos. */
export type QueryAtom = {
  /** Normalized spelling, for typo lookup and did-you-mean. */
  text: string;
  forms: { term: string; quality: number }[];
  /** Strings whose dictionary completions also match (empty: no prefix search). */
  prefixes: string[];
  /** Edits allowed (Meilisearch's defaults: 1 from 5 letters, 2 from 9; never on digits). */
  typos: 0 | 1 | 2;
};
/** Ways to satisfy a query term; an alternative with several atoms needs all of them. */
export type QueryAlternative = { atoms: QueryAtom[]; quality: number };
export type QueryTerm = { text: string; alternatives: QueryAlternative[] };

export const queryQuality = { stem: 0.95, key: 0.9, synonym: 0.9, parts: 0.8, hanBigrams: 0.85 } as const;
const kindQuality: Record<FormKind, number> = { surface: 1, stem: queryQuality.stem, key: queryQuality.key };
export const maxQueryTerms = 10;

type Unit = { raw: string; kind: "word" | "number" | "compound" | "han" };

function typosFor(text: string): 0 | 1 | 2 {
  if (/\p{N}/u.test(text)) return 0;
  const length = [...text].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

function wordAtom(raw: string, prefix: boolean): QueryAtom {
  const forms = wordForms(raw, "query");
  const text = forms[0]?.term ?? "";
  const key = latinKeyOf(raw);
  const prefixes = prefix ? [...new Set([text, key].filter((p) => p.length >= 2))] : [];
  return { text, forms: forms.map((f) => ({ term: f.term, quality: kindQuality[f.kind] })), prefixes, typos: typosFor(text) };
}

function exactAtom(term: string, prefix: boolean): QueryAtom {
  return { text: term, forms: [{ term, quality: 1 }], prefixes: prefix ? [term] : [], typos: 0 };
}

function unitTerm(unit: Unit, last: boolean): QueryTerm {
  // Earlier words get prefix completion too once they are long enough to be specific.
  const prefix = (text: string) => last || [...text].length >= 3;
  if (unit.kind === "han") {
    const alternatives: QueryAlternative[] = [{ atoms: [exactAtom(unit.raw, last)], quality: 1 }];
    if (unit.raw.length >= 3) alternatives.push({ atoms: hanBigrams(unit.raw).map((b) => exactAtom(b, false)), quality: queryQuality.hanBigrams });
    return { text: unit.raw, alternatives };
  }
  if (unit.kind === "number") {
    const digits = normalizeToken(unit.raw);
    return { text: digits, alternatives: [{ atoms: [exactAtom(digits, last)], quality: 1 }] };
  }
  if (unit.kind === "compound") {
    const compound = splitCompound(unit.raw)!;
    const whole: QueryAtom = {
      text: compound.whole,
      forms: [
        { term: compound.whole, quality: 1 },
        { term: compound.joined, quality: queryQuality.stem },
      ],
      prefixes: last ? [...new Set([compound.whole, compound.joined])] : [],
      typos: 0,
    };
    const alternatives: QueryAlternative[] = [{ atoms: [whole], quality: 1 }];
    // "KC-0001" finds "0001-KC-0001" through its parts; single digits ("3x2.5") are too common to help.
    const parts = compound.pieces;
    if (parts.length > 1 && parts.every((p) => p.length > 1)) {
      const atoms = parts.map((p, i) => (/^\p{N}+$/u.test(p) ? exactAtom(normalizeToken(p), last && i === parts.length - 1) : wordAtom(p, false)));
      alternatives.push({ atoms: atoms.map((a) => ({ ...a, typos: 0 })), quality: queryQuality.parts });
    }
    return { text: compound.whole, alternatives };
  }
  const atom = wordAtom(unit.raw, false);
  return { text: atom.text, alternatives: [{ atoms: [prefix(atom.text) ? wordAtom(unit.raw, true) : atom], quality: 1 }] };
}

function toUnits(q: string): Unit[] {
  const units: Unit[] = [];
  for (const token of tokenize(q.slice(0, 256))) {
    if (token.han) for (const { word } of segmentHan(token.raw)) units.push({ raw: word, kind: "han" });
    else if (splitCompound(token.raw)) units.push({ raw: token.raw, kind: "compound" });
    else if (/^\p{N}+$/u.test(token.raw)) units.push({ raw: token.raw, kind: "number" });
    else if (normalizeToken(token.raw)) units.push({ raw: token.raw, kind: "word" });
  }
  const meaningful = units.filter((u) => !isStopword(normalizeToken(u.raw)));
  return (meaningful.length ? meaningful : units).slice(0, maxQueryTerms);
}

/** Normalized spelling and stems: what a query word and a synonym entry must share. */
function signature(unit: Unit): Set<string> {
  if (unit.kind !== "word") return new Set([normalizeToken(unit.raw)]);
  return new Set(wordForms(unit.raw, "query").filter((f) => f.kind !== "key").map((f) => f.term));
}

type Phrase = { group: number; units: Unit[]; signatures: Set<string>[] };
let phrases: Phrase[] | null = null;

function synonymPhrases(): Phrase[] {
  phrases ??= synonymGroups.flatMap((group, index) =>
    group.map((text) => {
      const units = toUnits(text);
      return { group: index, units, signatures: units.map(signature) };
    }),
  );
  return phrases;
}

function phraseAt(units: Unit[], signatures: Set<string>[], at: number): Phrase | null {
  let best: Phrase | null = null;
  for (const phrase of synonymPhrases()) {
    const n = phrase.units.length;
    if (at + n > units.length || (best && best.units.length >= n)) continue;
    if (phrase.signatures.every((sig, i) => [...sig].some((s) => signatures[at + i]!.has(s)))) best = phrase;
  }
  return best;
}

/**
 * Turns what the user typed into query terms, all of which a listing must match (the engine
 * relaxes that when nothing does). A run of words listed as a synonym becomes one term whose
 * alternatives are the other entries of its group.
 */
export function analyzeQuery(q: string): QueryTerm[] {
  const units = toUnits(q);
  const signatures = units.map(signature);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < units.length; ) {
    const phrase = phraseAt(units, signatures, i);
    const span = phrase?.units.length ?? 1;
    const last = i + span === units.length;
    const own = units.slice(i, i + span).map((unit, j) => unitTerm(unit, last && j === span - 1));
    if (!phrase) {
      terms.push(own[0]!);
      i += 1;
      continue;
    }
    const alternatives: QueryAlternative[] = [{ atoms: own.map((t) => t.alternatives[0]!.atoms).flat(), quality: 1 }];
    for (const other of synonymPhrases()) {
      if (other.group !== phrase.group || other === phrase) continue;
      const atoms = other.units.map((unit) => unitTerm(unit, false).alternatives[0]!.atoms).flat();
      alternatives.push({ atoms: atoms.map((a) => ({ ...a, prefixes: [], typos: 0 })), quality: queryQuality.synonym });
    }
    terms.push({ text: own.map((t) => t.text).join(" "), alternatives });
    i += span;
  }
  return terms;
}
