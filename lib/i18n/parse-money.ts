import { intlLocale, locales, type Locale } from "./config";
import { parseLocaleDecimal } from "./parse-decimal";
import type { CurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";

type MoneyAffixes = {
  /** Every way the app's locales render this currency, plus its ISO code; longest first. */
  currencies: string[];
  /** Spacing Intl puts between the symbol and the number in this locale (e.g. U+00A0). */
  literals: string[];
  /** ASCII hyphen-minus, U+2212 and whatever minus sign Intl uses in this locale. */
  minusSigns: string[];
};

const affixCache = new Map<string, MoneyAffixes>();

/** Apostrophe-like letters differ between Intl ("soʻm", U+02BB) and keyboards ("so'm", "so’m"). */
function apostropheVariants(text: string): string[] {
  return [text, text.replace(/[ʻʼ’']/g, "'"), text.replace(/[ʻʼ’']/g, "’")];
}

/**
 * Derived from Intl rather than hard-coded, so the parser follows whatever the ICU in use renders
 * (symbols and spacing do change between ICU versions). Symbols from every app locale are
 * accepted because the currency is already known: "$" typed into an English form still means
 * the currency the field is in.
 */
function affixesFor(locale: Locale, currency: CurrencyCode): MoneyAffixes {
  const key = `${locale}:${currency}`;
  const cached = affixCache.get(key);
  if (cached) return cached;
  const currencies = new Set<string>([currency, currency.toLowerCase()]);
  const literals = new Set<string>();
  const minusSigns = new Set<string>(["-", "\u2212"]);
  for (const other of locales) {
    const formatter = new Intl.NumberFormat(intlLocale[other], { style: "currency", currency });
    for (const part of [...formatter.formatToParts(-1234.5), ...formatter.formatToParts(1234.5)]) {
      if (part.type === "currency") apostropheVariants(part.value).forEach((symbol) => currencies.add(symbol));
      if (other !== locale) continue;
      if (part.type === "literal" && part.value) literals.add(part.value);
      if (part.type === "minusSign") minusSigns.add(part.value);
    }
  }
  const affixes: MoneyAffixes = {
    currencies: [...currencies].sort((a, b) => b.length - a.length),
    literals: [...literals],
    minusSigns: [...minusSigns],
  };
  affixCache.set(key, affixes);
  return affixes;
}

/** Removes whitespace and the locale's literal spacing from both ends. */
function trimSpacing(text: string, literals: readonly string[]): string {
  let result = text.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const literal of literals) {
      if (result.startsWith(literal)) {
        result = result.slice(literal.length).trim();
        changed = true;
      }
      if (result.endsWith(literal)) {
        result = result.slice(0, -literal.length).trim();
        changed = true;
      }
    }
  }
  return result;
}

/** Takes one leading minus sign off, whichever form it is in. */
function takeMinus(text: string, minusSigns: readonly string[]): [string, boolean] {
  const minus = minusSigns.find((sign) => text.startsWith(sign));
  return minus === undefined ? [text, false] : [text.slice(minus.length), true];
}

/** Removes the currency symbol or code once, and only at the start or the end. */
function stripCurrency(text: string, currencies: readonly string[]): string {
  for (const symbol of currencies) {
    if (text.startsWith(symbol)) return text.slice(symbol.length);
    if (text.endsWith(symbol)) return text.slice(0, -symbol.length);
  }
  return text;
}

/**
 * Parses an amount of money as formatMoney renders it ("-US$1,234.56", "1 234,56 ₸") or as a
 * person types it ("1 234,56", "1234.5", "1234,56 KZT") into integer minor units of
 * `currency`. Returns null when it is not an amount (another currency's symbol included) or
 * has more decimals than the currency has: a typo is not silently rounded.
 *
 * A minus sign may stand before or after a leading symbol ("-US$5", "US$-5"); accounting
 * parentheses ("(US$5.00)") also mean negative. The number itself goes through
 * parseLocaleDecimal, so money and plain numbers accept the same separators.
 */
export function parseLocaleMoney(input: string, locale: Locale, currency: CurrencyCode): bigint | null {
  const { currencies, literals, minusSigns } = affixesFor(locale, currency);
  let text = input.trim();
  let signs = 0;
  const accounting = /^\((.*)\)$/s.exec(text);
  if (accounting) {
    text = accounting[1] ?? "";
    signs += 1;
  }
  let minus: boolean;
  [text, minus] = takeMinus(trimSpacing(text, literals), minusSigns);
  if (minus) signs += 1;
  text = trimSpacing(stripCurrency(trimSpacing(text, literals), currencies), literals);
  [text, minus] = takeMinus(text, minusSigns);
  if (minus) signs += 1;
  if (signs > 1) return null;

  const decimal = parseLocaleDecimal(text, locale);
  if (decimal === null || decimal.startsWith("-")) return null;
  const minor = decimalToMinor(decimal, currency);
  if (minor === null) return null;
  return signs === 1 ? -minor : minor;
}
