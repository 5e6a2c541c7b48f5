"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslation } from "react-i18next";

/** The 403 and 404 pages: a code, a translated title and text, and a way home. */
export function StatusPage({ code, titleKey, textKey, testId }: { code: number; titleKey: string; textKey: string; testId?: string }) {
  const { t } = useTranslation();
  const { locale } = useParams<{ locale: string }>();
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center" data-testid={testId}>
      <p className={`text-sm font-semibold ${code === 403 ? "text-red-700" : "text-slate-600"}`}>{code}</p>
      <h1 className="mt-1 text-2xl font-semibold">{t(titleKey)}</h1>
      <p className="mt-2 text-slate-700">{t(textKey)}</p>
      <Link href={`/${locale}`} className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        {t("errors.back_home")}
      </Link>
    </div>
  );
}
