import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { errorStatus, type ErrorCode } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { CodeBlock } from "./code-block";

const box = "space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6";

/** How to call the API at all: token, base URL, languages, errors, money, limits, the machine-readable file. */
export function ApiIntro({ locale, origin, searchRequestsPerMinute }: { locale: Locale; origin: string; searchRequestsPerMinute: number }) {
  const t = getT(locale, "developers");
  const errors = getT(locale, "errors");
  const codes = (Object.keys(errorStatus) as ErrorCode[]).sort((a, b) => errorStatus[a] - errorStatus[b]);
  const errorExample = JSON.stringify(
    { error: { code: "VALIDATION_FAILED", message: errors("code.VALIDATION_FAILED"), fields: { "priceTiers.0.minQty": errors("field.first_tier_not_moq") } } },
    null,
    2,
  );
  return (
    <section id="start" aria-labelledby="start-title" className="scroll-mt-6 space-y-4">
      <h2 id="start-title" className="text-xl font-semibold text-slate-900">{t("intro.title")}</h2>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <section aria-labelledby="auth-title" className={box}>
          <h3 id="auth-title" className="font-semibold">{t("intro.auth_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.auth_text")}</p>
          <CodeBlock code="Authorization: Bearer krv_…" />
          <Link href={`/${locale}/account/tokens`} className={buttonClass.secondary}>
            {t("intro.auth_link")}
          </Link>
        </section>
        <section aria-labelledby="base-title" className={box}>
          <h3 id="base-title" className="font-semibold">{t("intro.base_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.base_text")}</p>
          <CodeBlock code={origin} />
          <h3 className="pt-2 font-semibold">{t("intro.language_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.language_text")}</p>
        </section>
        <section aria-labelledby="money-title" className={box}>
          <h3 id="money-title" className="font-semibold">{t("intro.money_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.money_text")}</p>
          <CodeBlock code={`{ "amount": "1234.50", "currency": "CNY" }`} language="json" />
        </section>
        <section aria-labelledby="limits-title" className={box}>
          <h3 id="limits-title" className="font-semibold">{t("intro.limits_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.limits_text", { limit: formatNumber(locale, searchRequestsPerMinute) })}</p>
          <h3 className="pt-2 font-semibold">{t("intro.spec_title")}</h3>
          <p className="text-sm text-slate-700">{t("intro.spec_text")}</p>
          <a href="/api/v1/openapi.json" className={buttonClass.secondary} download>
            {t("intro.spec_link")}
          </a>
        </section>
      </div>
      <section id="errors" aria-labelledby="errors-title" className={`${box} scroll-mt-6`}>
        <h3 id="errors-title" className="font-semibold">{t("intro.errors_title")}</h3>
        <p className="text-sm text-slate-700">{t("intro.errors_text")}</p>
        <CodeBlock code={errorExample} language="json" />
        <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-labelledby="errors-table-caption">
          <table className="w-full text-left text-sm">
            <caption id="errors-table-caption" className="sr-only">{t("intro.errors_table")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="w-2/5 px-3 py-2 font-medium">{t("intro.errors_code")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("intro.errors_message")}</th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2 font-mono text-xs [overflow-wrap:anywhere]">
                    <span className="font-semibold">{errorStatus[code]}</span> {code}
                  </td>
                  <td className="px-3 py-2 text-slate-800">{errors(`code.${code}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
