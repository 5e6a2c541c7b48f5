import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/roles";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "auth")("sign_in.title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const next = safeReturnPath((await searchParams).next) ?? undefined;
  const actor = await getSessionActor();
  if (actor) redirect(next ?? `/${locale}${landingPath[actor.organization.type]}`);
  const t = getT(locale, "auth");
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-1 text-2xl font-semibold">{t("sign_in.title")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("sign_in.subtitle")}</p>
      <SignInForm locale={locale} next={next} />
      <p className="mt-6 text-center text-sm text-slate-700">
        {t("sign_in.no_account")}{" "}
        <Link href={`/${locale}/sign-up`} className="font-medium text-brand-700 hover:underline">
          {t("sign_in.create_account")}
        </Link>
      </p>
    </div>
  );
}
