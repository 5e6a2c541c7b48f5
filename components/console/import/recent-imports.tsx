import Link from "next/link";
import type { ConsoleImportStatus, ConsoleImportView } from "@/lib/catalog/console-import/console-import-view";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

const tone: Record<ConsoleImportStatus, string> = {
  RUNNING: "bg-sky-50 text-sky-900 ring-sky-300",
  SUCCEEDED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  FAILED: "bg-red-50 text-red-800 ring-red-300",
};

/** The organization's latest imports; each links to its report on this page. */
export function RecentImports({ locale, imports, shownId }: { locale: Locale; imports: ConsoleImportView[]; shownId: string | null }) {
  const t = getT(locale, "imports");
  const number = (value: number) => formatNumber(locale, value);
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="recent-imports-heading">
      <h2 id="recent-imports-heading" className="text-lg font-semibold">
        {t("recent.heading")}
      </h2>
      {imports.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("recent.none")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100" data-testid="recent-imports">
          {imports.map((item) => (
            <li key={item.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={`/${locale}/supplier/import?id=${item.id}`}
                  aria-current={item.id === shownId ? "page" : undefined}
                  className="min-w-0 break-all font-medium text-brand-700 underline-offset-2 hover:underline aria-[current=page]:text-slate-900"
                >
                  {item.fileName}
                </Link>
                <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone[item.status]}`}>{t(`recent.status.${item.status}`)}</span>
              </div>
              <p className="text-xs text-slate-600">
                <time dateTime={item.createdAt}>{formatDateTime(locale, new Date(item.createdAt))}</time>
                {item.id === shownId ? <span> · {t("recent.shown")}</span> : null}
              </p>
              <p className="text-xs tabular-nums text-slate-700">{t("recent.counts", { created: number(item.created), updated: number(item.updated), failed: number(item.failed) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
