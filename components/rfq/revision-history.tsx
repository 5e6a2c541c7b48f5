import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { isCurrencyCode } from "@/lib/money/currencies";
import { decimalToMinor } from "@/lib/money/decimal";
import type { RfqView } from "@/lib/rfq/get-rfq";
import { priceForQuantity } from "@/lib/rfq/price-for-quantity";
import { AttachmentLinks } from "./attachment-links";

type Revision = RfqView["quotes"][number]["revisions"][number];
type Props = { locale: Locale; revisions: Revision[]; supplierName: string; buyerName: string; viewerOrgId: string; unit: string; timeZone: string };

const breaksOf = (revision: Revision) => (Array.isArray(revision.quantityBreaks) ? (revision.quantityBreaks as { minQty: number; unitPrice: string }[]) : []);

/** What each revision proposes, comparable with the one before it. */
function terms(revision: Revision) {
  return {
    price: `${revision.unitPriceMinor}${revision.currency}`,
    quantity: String(revision.quantity),
    breaks: JSON.stringify(breaksOf(revision)),
    lead: String(revision.leadTimeDays),
    incoterm: `${revision.incoterm} ${revision.namedPlace}`,
    valid: String(revision.validUntil.getTime()),
    payment: revision.paymentTerms ?? "",
  };
}

/**
 * The negotiation's history, oldest first: every offer (from the supplier) and counter-offer
 * (from the buyer) with who proposed it and when. Terms that differ from the revision before
 * are marked, so a reader sees at a glance what moved.
 */
export function RevisionHistory({ locale, revisions, supplierName, buyerName, viewerOrgId, unit, timeZone }: Props) {
  const t = getT(locale, "rfq");
  const money = (minor: bigint, currency: string) => (isCurrencyCode(currency) ? formatMoney(locale, minor, currency) : `${minor} ${currency}`);
  const latest = revisions.at(-1);
  return (
    <ol className="space-y-3">
      {revisions.map((revision, index) => {
        const previous = index > 0 ? terms(revisions[index - 1]!) : null;
        const current = terms(revision);
        const changed = (key: keyof typeof current) => previous !== null && previous[key] !== current[key];
        const offer = revision.kind === "OFFER";
        const author = offer ? supplierName : buyerName;
        const who = revision.authorOrgId === viewerOrgId ? t("history.you", { name: author }) : author;
        const currency = revision.currency;
        const unitPrice = isCurrencyCode(currency) ? priceForQuantity(revision.unitPriceMinor, currency, revision.quantityBreaks, revision.quantity) : revision.unitPriceMinor;
        const breaks = breaksOf(revision);
        const rows: [keyof typeof current | null, string, string][] = [
          ["price", t("history.unit_price"), `${money(revision.unitPriceMinor, currency)} / ${unit}`],
          ["quantity", t("history.quantity"), `${formatNumber(locale, revision.quantity)} ${unit}`],
          [null, t("history.total"), money(unitPrice * BigInt(revision.quantity), currency)],
          ["lead", t("history.lead_time"), t("lead_time_days", { count: revision.leadTimeDays, formatted: formatNumber(locale, revision.leadTimeDays) })],
          ["incoterm", t("history.incoterm"), `${revision.incoterm} ${revision.namedPlace}`],
          ["valid", t("history.valid_until"), formatDateTime(locale, revision.validUntil, timeZone)],
        ];
        if (breaks.length) {
          const breakText = breaks
            .map((step) => {
              const minor = isCurrencyCode(currency) ? decimalToMinor(String(step.unitPrice), currency) : null;
              return t("history.break", { quantity: `${formatNumber(locale, step.minQty)} ${unit}`, price: minor === null ? step.unitPrice : money(minor, currency) });
            })
            .join("; ");
          rows.splice(2, 0, ["breaks", t("history.breaks"), breakText]);
        }
        if (revision.paymentTerms) rows.push(["payment", t("history.payment_terms"), revision.paymentTerms]);
        return (
          <li key={revision.id} className={`rounded-lg border p-4 ${offer ? "border-slate-200 bg-white" : "border-amber-200 bg-amber-50/50"}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <h4 className="font-semibold text-slate-900">
                {t(offer ? "history.offer" : "history.counter", { number: revision.number, who })}
                {revision === latest ? <span className="ml-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t("history.latest")}</span> : null}
              </h4>
              <span className="text-xs text-slate-600">{formatDateTime(locale, revision.createdAt, timeZone)}</span>
            </div>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              {rows.map(([key, label, value]) => (
                <div key={label} className="flex flex-wrap justify-between gap-x-3 border-b border-slate-100 py-1">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="text-right font-medium tabular-nums">
                    {value}
                    {key && changed(key) ? <span className="ml-1.5 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">{t("history.changed")}</span> : null}
                  </dd>
                </div>
              ))}
            </dl>
            {revision.note ? <p className="mt-2 whitespace-pre-line break-words rounded-md bg-slate-50 p-3 text-sm text-slate-800">{revision.note}</p> : null}
            {revision.attachments.length ? (
              <div className="mt-2">
                <AttachmentLinks locale={locale} attachments={revision.attachments} label={t("history.attachments")} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
