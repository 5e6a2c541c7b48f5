import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import type { OrderSettlement } from "@/lib/settlement/get-order-settlement";
import { SectionCard } from "./section-card";

/** Every rate a conversion on this order used, with its source and date, as stored with the conversion. */
export function FxSnapshots({ locale, settlement }: { locale: Locale; settlement: OrderSettlement }) {
  const t = getT(locale, "settlement");
  return (
    <SectionCard id="settlement-fx" title={t("fx.title")}>
      {settlement.fxSnapshots.length === 0 ? (
        <p className="text-sm text-slate-600">{t("fx.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {settlement.fxSnapshots.map(({ usedFor, reference, snapshot }) => (
            <li key={`${usedFor}-${reference}`} className="py-2">
              <p className="font-medium">{t(`fx.used_for_${usedFor}`, { reference })}</p>
              <p className="tabular-nums">{describeRate(locale, snapshot.from, snapshot.to, snapshot.display)}</p>
              <p className="text-slate-600">
                {t("fx.source")}: {[...new Set(snapshot.legs.map((leg) => leg.source))].join(", ") || "—"} · {t("fx.effective")} {formatDate(locale, new Date(snapshot.effectiveAt))}
                {snapshot.stale ? ` · ${t("fx.stale")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
