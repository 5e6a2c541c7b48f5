import type { FieldRow } from "@/lib/api/openapi/schema-fields";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { ConstraintList } from "./constraint-list";

type Row = FieldRow & { in?: "path" | "query"; translationKeys: string[] };

/**
 * Parameters or body fields: name, type and limits in the first column, the translated
 * description in the second. Two columns and wrapping cells keep it inside a 360 px screen;
 * the wrapper still scrolls (and takes focus) if a long value ever needs it.
 */
export function FieldsTable({ locale, id, title, note, rows }: { locale: Locale; id: string; title: string; note?: string; rows: Row[] }) {
  const t = getT(locale, "developers");
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h4 id={id} className="text-sm font-semibold text-slate-900">
        {title}
        {note ? <code className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-normal text-slate-700">{note}</code> : null}
      </h4>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-labelledby={id}>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="w-2/5 px-3 py-2 font-medium">{t("table.name")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("table.description")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.in ?? "body"}-${row.name}`} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">
                  <code className="font-mono text-[0.8125rem] font-semibold text-slate-900 [overflow-wrap:anywhere]">{row.name}</code>
                  <div className="mt-1 flex flex-wrap gap-1 text-xs">
                    <span className={row.required ? "rounded bg-red-50 px-1.5 text-red-800" : "rounded bg-slate-100 px-1.5 text-slate-700"}>{row.required ? t("table.required") : t("table.optional")}</span>
                    {row.in ? <span className="rounded bg-slate-100 px-1.5 text-slate-700">{t(`table.in_${row.in}`)}</span> : null}
                  </div>
                  <code className="mt-1 block font-mono text-xs text-brand-800 [overflow-wrap:anywhere]">{row.type}</code>
                  <ConstraintList locale={locale} constraints={row.constraints} />
                </td>
                <td className="px-3 py-2 text-slate-800 [overflow-wrap:anywhere]">{t(row.translationKeys, { defaultValue: row.description ?? "" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
