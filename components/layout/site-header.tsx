import Link from "next/link";
import { Suspense } from "react";
import { getSessionActor } from "@/lib/auth/get-actor";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { countUnread } from "@/lib/notify/count-unread";
import { intlLocale } from "@/lib/i18n/config";
import { displayCurrencies } from "@/lib/money/display-currency";
import { resolveDisplayCurrency } from "@/lib/money/resolve-display-currency";
import { AccountMenu } from "./account-menu";
import { CurrencySwitcher } from "./currency-switcher";
import { LocaleSwitcher } from "./locale-switcher";
import { NotificationBell } from "./notification-bell";
import { SearchBox } from "./search-box";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = getT(locale);
  const actor = await getSessionActor();
  const unread = actor ? await countUnread(db(), actor) : 0;
  const currency = await resolveDisplayCurrency(actor, locale);
  const currencyNames = new Intl.DisplayNames([intlLocale[locale]], { type: "currency" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:px-6">
        <Link href={`/${locale}`} className="flex items-center gap-2 text-lg font-bold text-brand-800" aria-label={t("nav.home_aria")}>
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
            <rect width="32" height="32" rx="7" className="fill-brand-700" />
            <path d="M6 22c3-7 6-10 10-10s7 3 10 10" className="fill-none stroke-sand-100" strokeWidth="2.5" strokeLinecap="round" />
            <circle cx="16" cy="9" r="2.5" className="fill-sand-500" />
          </svg>
          <span>{t("app.name")}</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <SearchBox locale={locale} label={t("search.label")} placeholder={t("search.placeholder")} submitLabel={t("search.submit")} />
        </div>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2">
          <Suspense>
            <LocaleSwitcher locale={locale} label={t("nav.language")} />
          </Suspense>
          <Suspense>
            <CurrencySwitcher current={currency} currencies={displayCurrencies} label={t("nav.display_currency")} names={Object.fromEntries(displayCurrencies.map((code) => [code, currencyNames.of(code) ?? code]))} />
          </Suspense>
          {actor ? <NotificationBell locale={locale} unread={unread} /> : null}
          <AccountMenu
            locale={locale}
            actor={actor ? { name: actor.name, organizationName: actor.organization.name, organizationType: actor.organization.type } : null}
          />
        </div>
      </div>
    </header>
  );
}
