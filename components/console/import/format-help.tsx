import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const code = (name: string) => <code className="rounded bg-slate-100 px-1 text-xs text-slate-900">{name}</code>;

/** The format in a few lines (the field names are the file's, so they stay untranslated) and example files. */
export function FormatHelp({ locale }: { locale: Locale }) {
  const t = getT(locale, "imports");
  const items: [ReactNode, string][] = [
    [code("sku"), t("format.sku")],
    [code("supplier"), t("format.supplier")],
    [code("category"), t("format.category")],
    [<>{code("title")}, {code("description")}</>, t("format.title")],
    [code("priceTiers"), t("format.price_tiers")],
    [<>{code("incoterms")}, {code("certifications")}</>, t("format.lists")],
  ];
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700" aria-labelledby="import-format-heading">
      <h2 id="import-format-heading" className="text-lg font-semibold text-slate-900">
        {t("format.heading")}
      </h2>
      <p>{t("format.intro")}</p>
      <ul className="space-y-1.5">
        {items.map(([name, text], index) => (
          <li key={index} className="break-words">
            {name} — {text}
          </li>
        ))}
      </ul>
      <p>{t("format.review_rule")}</p>
      <p>{t("format.examples")}</p>
      <div className="flex flex-wrap gap-2">
        <a href="/api/v1/catalog-imports/example?format=csv" download="karavan-catalog-example.csv" className={buttonClass.secondary}>
          {t("format.example_csv")}
        </a>
        <a href="/api/v1/catalog-imports/example?format=jsonl" download="karavan-catalog-example.jsonl" className={buttonClass.secondary}>
          {t("format.example_jsonl")}
        </a>
      </div>
    </section>
  );
}
