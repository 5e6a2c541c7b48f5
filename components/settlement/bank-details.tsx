import { env } from "@/lib/env/env";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { SectionCard } from "./section-card";

/** Where to send a bank transfer: the platform's account from configuration (the same details as on the PDF invoice). */
export function BankDetails({ locale }: { locale: Locale }) {
  const t = getT(locale, "settlement");
  const settings = env();
  const rows = [
    ["beneficiary", settings.PLATFORM_LEGAL_NAME],
    ["bank", settings.PLATFORM_BANK_NAME],
    ["account", settings.PLATFORM_BANK_ACCOUNT],
    ["swift", settings.PLATFORM_BANK_SWIFT],
    ...(settings.PLATFORM_BANK_ADDRESS ? [["address", settings.PLATFORM_BANK_ADDRESS]] : []),
  ] as const;
  return (
    <SectionCard id="settlement-bank" title={t("bank.title")}>
      <p className="text-sm text-slate-700">{t("bank.explain")}</p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{t(`bank.${key}`)}</dt>
            <dd className="font-medium break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  );
}
