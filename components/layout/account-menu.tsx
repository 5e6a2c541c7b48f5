import Link from "next/link";
import { signOutAction } from "@/app/actions/session";
import { landingPath } from "@/lib/auth/roles";
import type { OrganizationType } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-styles";

type MenuActor = { name: string; organizationName: string; organizationType: OrganizationType } | null;

export function AccountMenu({ locale, actor }: { locale: Locale; actor: MenuActor }) {
  const t = getT(locale);
  if (!actor) {
    return (
      <nav aria-label={t("nav.account")} className="flex flex-wrap items-center justify-end gap-2">
        <Link href={`/${locale}/sign-in`} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
          {t("nav.sign_in")}
        </Link>
        <Link href={`/${locale}/sign-up`} className={buttonClass.primary}>
          {t("nav.sign_up")}
        </Link>
      </nav>
    );
  }
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-50">
        <span className="sr-only">{t("nav.account")}: </span>
        <span aria-hidden="true" className="flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white">
          {actor.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="max-w-32 truncate">{actor.name}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 rounded-md border border-slate-200 bg-white py-2 shadow-lg">
        <p className="px-4 pb-2 text-xs text-slate-600">
          {actor.organizationName} · {t(`organization_type.${actor.organizationType}`)}
        </p>
        <ul>
          <li>
            <Link href={`/${locale}${landingPath[actor.organizationType]}`} className="block px-4 py-2 text-sm hover:bg-brand-50">
              {t("nav.dashboard")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/account`} className="block px-4 py-2 text-sm hover:bg-brand-50">
              {t("nav.account_settings")}
            </Link>
          </li>
          <li>
            <form action={signOutAction.bind(null, locale)}>
              <button type="submit" className="block w-full px-4 py-2 text-left text-sm hover:bg-brand-50">
                {t("nav.sign_out")}
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}
