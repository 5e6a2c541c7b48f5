"use client";

import { useTranslation } from "react-i18next";

export default function ErrorPage({ reset, error }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("errors.unexpected_title")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.unexpected_text")}</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-600">{t("errors.reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="mt-6 font-medium text-brand-700 hover:underline">
        {t("errors.try_again")}
      </button>
    </div>
  );
}
