import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale);
  const developers = getT(locale, "developers");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t("footer.about")}</p>
        <nav aria-label={t("footer.nav_label")} className="flex flex-wrap gap-4">
          <Link href={`/${locale}/sign-up?type=SUPPLIER`} className="hover:underline">
            {t("footer.become_supplier")}
          </Link>
          <Link href={`/${locale}/sign-up?type=BUYER`} className="hover:underline">
            {t("footer.become_buyer")}
          </Link>
          <Link href={`/${locale}/developers`} className="hover:underline">
            {developers("footer_link")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
