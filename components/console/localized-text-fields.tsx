"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listingLocales, type LocalizedText } from "@/lib/catalog/listing-fields";
import { localeNames } from "@/lib/i18n/config";

type Props = { title: LocalizedText; description: LocalizedText; errors: Record<string, string>; initialLocale: (typeof listingLocales)[number] };

/**
 * Title and description per language, one tab per language. Every tab's inputs stay in the
 * form (hidden, not removed), so all languages are saved together; a dot marks filled tabs.
 */
export function LocalizedTextFields({ title, description, errors, initialLocale }: Props) {
  const { t } = useTranslation("console");
  const [active, setActive] = useState(initialLocale);
  const [titles, setTitles] = useState<LocalizedText>(title);
  const [descriptions, setDescriptions] = useState<LocalizedText>(description);
  const titleError = errors.title ?? listingLocales.map((lng) => errors[`title.${lng}`]).find(Boolean);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("editor.text_legend")}</legend>
      <p className="text-xs text-slate-600">{t("editor.text_hint")}</p>
      <div role="tablist" aria-label={t("editor.text_legend")} className="flex flex-wrap gap-1 border-b border-slate-200">
        {listingLocales.map((lng) => (
          <button
            key={lng}
            type="button"
            role="tab"
            id={`text-tab-${lng}`}
            aria-selected={active === lng}
            aria-controls={`text-panel-${lng}`}
            onClick={() => setActive(lng)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${active === lng ? "border-slate-200 border-b-white bg-white font-semibold text-slate-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
          >
            {localeNames[lng]}
            {titles[lng] ? <span aria-label={t("editor.filled")} className="ml-1 inline-block h-2 w-2 rounded-full bg-emerald-600" /> : null}
          </button>
        ))}
      </div>
      {listingLocales.map((lng) => (
        <div key={lng} role="tabpanel" id={`text-panel-${lng}`} aria-labelledby={`text-tab-${lng}`} hidden={active !== lng} className="space-y-3">
          <div className="space-y-1">
            <label htmlFor={`title-${lng}`} className="block text-sm font-medium text-slate-800">
              {t("editor.title_in", { language: localeNames[lng] })}
            </label>
            <input
              id={`title-${lng}`}
              name={`title.${lng}`}
              lang={lng}
              maxLength={200}
              value={titles[lng] ?? ""}
              onChange={(event) => setTitles({ ...titles, [lng]: event.target.value })}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? "title-error" : undefined}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-500"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={`description-${lng}`} className="block text-sm font-medium text-slate-800">
              {t("editor.description_in", { language: localeNames[lng] })}
            </label>
            <textarea
              id={`description-${lng}`}
              name={`description.${lng}`}
              lang={lng}
              rows={5}
              maxLength={5000}
              value={descriptions[lng] ?? ""}
              onChange={(event) => setDescriptions({ ...descriptions, [lng]: event.target.value })}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
        </div>
      ))}
      {titleError ? (
        <p id="title-error" className="text-sm text-red-700" role="alert">
          {titleError}
        </p>
      ) : null}
    </fieldset>
  );
}
