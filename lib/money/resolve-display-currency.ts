import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import type { CurrencyCode } from "./currencies";
import { chosenDisplayCurrency, displayCurrencyCookie } from "./display-currency";

/** The request's display currency: the visitor's choice (cookie), else the default for them. */
export async function resolveDisplayCurrency(actor: Actor | null, locale: Locale): Promise<CurrencyCode> {
  return chosenDisplayCurrency((await cookies()).get(displayCurrencyCookie)?.value, actor, locale);
}
