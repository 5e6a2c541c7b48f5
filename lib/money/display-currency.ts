import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import { currencyCodes, isCurrencyCode, type CurrencyCode } from "./currencies";
import { localCurrency } from "./local-currency";

/** The cookie that remembers the currency a visitor wants prices shown in (approximately). */
export const displayCurrencyCookie = "karavan_currency";

/** The currencies offered in the header: the corridor's, plus USD and EUR. */
export const displayCurrencies: readonly CurrencyCode[] = currencyCodes;

/**
 * The display currency when none was chosen: a company's own currency (suppliers think in
 * yuan), else by language — Kazakh and Russian readers in tenge (Kazakhstan is the hub's home
 * market), Uzbek in sum, Chinese in yuan, English in dollars.
 */
export function defaultDisplayCurrency(actor: Actor | null, locale: Locale): CurrencyCode {
  if (actor && actor.organization.type !== "HUB") return localCurrency(actor.organization.country);
  return ({ en: "USD", ru: "KZT", kk: "KZT", uz: "UZS", zh: "CNY" } as const)[locale];
}

export function chosenDisplayCurrency(cookieValue: string | undefined, actor: Actor | null, locale: Locale): CurrencyCode {
  return isCurrencyCode(cookieValue) ? cookieValue : defaultDisplayCurrency(actor, locale);
}
