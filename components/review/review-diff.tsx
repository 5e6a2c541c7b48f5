import type { TFunction } from "i18next";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { FieldChange, ListingDiff } from "@/lib/listings/snapshot-diff";
import { categoryName } from "@/lib/taxonomy/category-names";
import { formatTiers, languageName } from "./review-format";

type Props = {
  locale: Locale;
  listingId: string;
  diff: ListingDiff;
  /** Category names by slug: the listing's current category and those it was approved in. */
  categoryNames: Record<string, unknown>;
};

/** What changed since the last approval, field by field; or why there is nothing to compare. */
export function ReviewDiff({ locale, listingId, diff, categoryNames }: Props) {
  const t = getT(locale, "review");
  if (diff.kind === "new") return <p className="text-sm font-medium text-slate-800">{t("diff.new")}</p>;
  if (diff.kind === "no_snapshot") return <p className="text-sm text-slate-700">{t("diff.no_snapshot")}</p>;
  const date = formatDate(locale, diff.approvedAt);
  if (!diff.changes.length) return <p className="text-sm text-slate-700">{t("diff.unchanged", { date })}</p>;
  const headingId = `diff-${listingId}`;
  const th = "px-2 py-1 text-left font-medium text-slate-700";
  return (
    <div className="space-y-1">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {t("diff.heading", { date })}
      </h3>
      <ScrollRegion labelledBy={headingId}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("diff.col_field")}</th>
              <th scope="col" className={th}>{t("diff.col_before")}</th>
              <th scope="col" className={th}>{t("diff.col_after")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {diff.changes.map((change, index) => {
              const row = describe(locale, t, change, categoryNames);
              return (
                <tr key={index} className="align-top">
                  <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium text-slate-800">
                    {row.label}
                  </th>
                  <td className="min-w-40 max-w-md whitespace-pre-wrap break-words px-2 py-1 text-slate-600">
                    <del className="decoration-red-400">{row.before}</del>
                  </td>
                  <td className="min-w-40 max-w-md whitespace-pre-wrap break-words px-2 py-1 text-slate-900">
                    <ins className="no-underline">{row.after}</ins>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

function describe(locale: Locale, t: TFunction, change: FieldChange, categoryNames: Record<string, unknown>): { label: string; before: string; after: string } {
  const empty = t("diff.empty");
  const text = (value: string | null) => value || empty;
  const list = (values: string[]) => values.join(", ") || empty;
  switch (change.field) {
    case "title":
    case "description":
      return { label: t(`diff.field.${change.field}`, { language: languageName(locale, change.locale) }), before: text(change.before), after: text(change.after) };
    case "category": {
      const name = (slug: string) => categoryName(categoryNames[slug], locale) || slug;
      return { label: t("diff.field.category"), before: name(change.before), after: name(change.after) };
    }
    case "unit": {
      const unit = (value: string) => getT(locale, "catalog")(`unit.${value}`, { defaultValue: value });
      return { label: t("diff.field.unit"), before: unit(change.before), after: unit(change.after) };
    }
    case "hsCode":
    case "currency":
      return { label: t(`diff.field.${change.field}`), before: change.before, after: change.after };
    case "moq":
      return { label: t("diff.field.moq"), before: formatNumber(locale, change.before), after: formatNumber(locale, change.after) };
    case "priceTiers":
      return {
        label: t("diff.field.priceTiers"),
        before: formatTiers(locale, t, change.before.currency, change.before.tiers) || empty,
        after: formatTiers(locale, t, change.after.currency, change.after.tiers) || empty,
      };
    case "certifications":
    case "incoterms":
      return { label: t(`diff.field.${change.field}`), before: list(change.before), after: list(change.after) };
    case "specifications":
      return { label: t("diff.field.specification", { name: change.name }), before: text(change.before), after: text(change.after) };
    case "images": {
      const photos = (count: number) => t("diff.photos", { count, formatted: formatNumber(locale, count) });
      const detail = t("diff.photos_changed", { added: formatNumber(locale, change.added.length), removed: formatNumber(locale, change.removed.length) });
      return { label: t("diff.field.images"), before: photos(change.before), after: `${photos(change.after)} (${detail})` };
    }
  }
}
