import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { SectionCard } from "@/components/settlement/section-card";
import { StatementTable } from "@/components/settlement/statement-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { intlLocale } from "@/lib/i18n/config";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { currencyCodes } from "@/lib/money/currencies";
import { localCurrency } from "@/lib/money/local-currency";
import { getStatement, type Statement } from "@/lib/settlement/get-statement";
import { listStatementOrganizations } from "@/lib/settlement/list-statement-organizations";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "settlement")("statement.page_title") };
}

const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";
const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid]:border-red-500";

/** A company's statement per currency and period (hub staff pick the company), with CSV and PDF downloads. Works without JavaScript. */
export default async function StatementsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/statements`);
  const hub = can(actor, "settlement:read_all");
  if (!hub && !can(actor, "statements:read", { organizationId: actor.organization.id })) forbidden();
  const t = getT(locale, "settlement");
  const raw = await searchParams;
  const one = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : undefined);
  const today = new Date().toISOString().slice(0, 10);
  const query = {
    currency: one("currency") ?? (actor.organization.type === "SUPPLIER" ? "CNY" : localCurrency(actor.organization.country)),
    from: one("from") ?? `${today.slice(0, 8)}01`,
    to: one("to") ?? today,
    ...(hub && one("organizationId") ? { organizationId: one("organizationId") } : {}),
  };
  const organizations = hub ? await listStatementOrganizations(db(), actor) : [];
  const needsOrganization = hub && !query.organizationId;
  let statement: Statement | null = null;
  let fieldErrors: Record<string, string> = {};
  if (!needsOrganization) {
    try {
      statement = await getStatement(db(), actor, query);
    } catch (error) {
      if (!isAppError(error) || error.code !== "VALIDATION_FAILED") throw error;
      const te = getT(locale, "errors");
      fieldErrors = Object.fromEntries(Object.entries(error.details.fields ?? {}).map(([field, key]) => [field, te(key)]));
    }
  }
  const download = (format: "csv" | "pdf") => `/api/v1/statements?${new URLSearchParams({ ...query, format } as Record<string, string>).toString()}`;
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "currency" });

  return (
    <div className="space-y-6">
      <PageHeader title={t("statement.page_title")} description={hub ? t("statement.hub_description") : t("statement.page_description")} />
      <SectionCard id="statement-query" title={t("statement.period")}>
        <form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          {hub ? (
            <div className="space-y-1 lg:col-span-2">
              <label htmlFor="statement-organization" className="block text-sm font-medium text-slate-800">{t("statement.organization")}</label>
              <select id="statement-organization" name="organizationId" defaultValue={query.organizationId ?? ""} className={selectClass} required>
                <option value="" disabled>—</option>
                {organizations.map((organization) => (
                  <option key={organization.id} value={organization.id}>{organization.name}</option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="space-y-1">
            <label htmlFor="statement-currency" className="block text-sm font-medium text-slate-800">{t("statement.currency")}</label>
            <select id="statement-currency" name="currency" defaultValue={query.currency} className={selectClass}>
              {currencyCodes.map((code) => (
                <option key={code} value={code}>{`${code} — ${names.of(code) ?? code}`}</option>
              ))}
            </select>
          </div>
          {(["from", "to"] as const).map((key) => (
            <div key={key} className="space-y-1">
              <label htmlFor={`statement-${key}`} className="block text-sm font-medium text-slate-800">{t(`statement.${key}`)}</label>
              <input id={`statement-${key}`} name={key} type="date" defaultValue={query[key]} className={inputClass} aria-invalid={fieldErrors[key] ? true : undefined} aria-describedby={fieldErrors[key] ? `statement-${key}-error` : undefined} />
              {fieldErrors[key] ? <p id={`statement-${key}-error`} className="text-sm text-red-700" role="alert">{fieldErrors[key]}</p> : null}
            </div>
          ))}
          <button type="submit" className={buttonClass.primary}>{t("statement.show")}</button>
        </form>
      </SectionCard>
      {Object.keys(fieldErrors).length ? <Alert kind="error">{getT(locale, "errors")("form_has_errors")}</Alert> : null}
      {statement ? (
        <SectionCard
          id="statement-result"
          title={`${statement.organization.name} · ${statement.currency}`}
          actions={
            <div className="flex flex-wrap gap-2">
              <a href={download("csv")} className={buttonClass.secondary} data-testid="statement-csv">{t("statement.download_csv")}</a>
              <a href={download("pdf")} className={buttonClass.secondary}>{t("statement.download_pdf")}</a>
            </div>
          }
        >
          <StatementTable locale={locale} statement={statement} />
        </SectionCard>
      ) : null}
    </div>
  );
}
