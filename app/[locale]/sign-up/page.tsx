import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { intlLocale } from "@/lib/i18n/config";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { countriesByOrganizationType } from "@/lib/organizations/countries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ type?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "auth")("sign_up.title") };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "auth");
  const initialType = (await searchParams).type === "SUPPLIER" ? "SUPPLIER" : "BUYER";
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: "region" });
  const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
  return (
    <div className="mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-1 text-2xl font-semibold">{t("sign_up.title")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("sign_up.subtitle")}</p>
      <SignUpForm
        locale={locale}
        initialType={initialType}
        countries={{ BUYER: options(countriesByOrganizationType.BUYER), SUPPLIER: options(countriesByOrganizationType.SUPPLIER) }}
      />
      <p className="mt-6 text-center text-sm text-slate-700">
        {t("sign_up.have_account")}{" "}
        <Link href={`/${locale}/sign-in`} className="font-medium text-brand-700 hover:underline">
          {t("sign_up.sign_in")}
        </Link>
      </p>
    </div>
  );
}
