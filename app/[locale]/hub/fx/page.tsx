import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { FxConverter } from "@/components/fx/fx-converter";
import { FxImportForm } from "@/components/fx/fx-import-form";
import { FxRateForm } from "@/components/fx/fx-rate-form";
import { FxRateTable } from "@/components/fx/fx-rate-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { currencyCodes } from "@/lib/money/currencies";
import { can } from "@/lib/auth/permissions";
import { listLatestFxRates } from "@/lib/money/fx/list-latest-fx-rates";
import { previewFxConversion } from "@/lib/money/fx/preview-fx-conversion";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ amount?: string; from?: string; to?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "fx")("title") };
}

export default async function FxRatesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const path = `/${locale}/hub/fx`;
  const actor = await requirePageActor(locale, path, "page:hub");
  if (!can(actor, "fx:manage")) forbidden();
  const t = getT(locale, "fx");
  const query = await searchParams;
  const amountText = typeof query.amount === "string" ? query.amount.slice(0, 40) : formatNumber(locale, 1_000_000);
  const now = new Date();
  const [latest, preview] = await Promise.all([
    listLatestFxRates(db(), { now }),
    previewFxConversion(db(), { amount: amountText, from: query.from, to: query.to }, locale),
  ]);
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "currency" });
  const currencies = currencyCodes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <FxRateTable locale={locale} rates={latest.rates} staleAfterHours={latest.staleAfterHours} now={now} />
      <FxConverter locale={locale} action={path} amountText={amountText} preview={preview} currencies={currencies} staleAfterHours={latest.staleAfterHours} now={now} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-labelledby="fx-form-heading">
          <h2 id="fx-form-heading" className="text-lg font-semibold">{t("form.title")}</h2>
          <p className="text-sm text-slate-700">{t("form.explain")}</p>
          <FxRateForm locale={locale} currencies={currencies} defaultEffectiveAt={now.toISOString().slice(0, 16)} />
        </section>
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-labelledby="fx-import-heading">
          <h2 id="fx-import-heading" className="text-lg font-semibold">{t("import.title")}</h2>
          <p className="text-sm text-slate-700">{t("import.explain")}</p>
          <FxImportForm locale={locale} />
        </section>
      </div>
    </div>
  );
}
