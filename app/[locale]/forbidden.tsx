"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslation } from "react-i18next";

export default function Forbidden() {
  const { t } = useTranslation();
  const { locale } = useParams<{ locale: string }>();
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center" data-testid="forbidden">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("errors.forbidden_title")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.forbidden_text")}</p>
      <Link href={`/${locale}`} className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        {t("errors.back_home")}
      </Link>
    </div>
  );
}
