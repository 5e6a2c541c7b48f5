import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "account")("tabs.tokens") };
}

export default async function TokensPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/account/tokens`);
  const t = getT(locale, "account");
  const tokens = await listApiTokens(db(), actor.userId);
  const now = new Date();
  const status = (token: (typeof tokens)[number]) =>
    token.revokedAt ? t("tokens.status_revoked") : token.expiresAt && token.expiresAt <= now ? t("tokens.status_expired") : t("tokens.status_active");
  return (
    <div className="space-y-6">
      <section className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading" className="text-lg font-semibold">{t("tokens.title")}</h2>
        <p className="mb-4 mt-1 text-sm text-slate-700">{t("tokens.explain")}</p>
        <CreateTokenForm locale={locale} />
      </section>
      <section className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white" aria-labelledby="token-list-heading">
        <h2 id="token-list-heading" className="px-5 pt-5 text-lg font-semibold">{t("tokens.list_title")}</h2>
        {tokens.length === 0 ? (
          <p className="px-5 pb-5 pt-2 text-sm text-slate-700">{t("tokens.none")}</p>
        ) : (
          <table className="mt-3 w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-5 py-2 font-medium">{t("tokens.name")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{t("tokens.created_at")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{t("tokens.last_used")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{t("tokens.expires")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{t("tokens.status")}</th>
                <th scope="col" className="px-5 py-2"><span className="sr-only">{t("tokens.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-5 py-3">
                    <span className="block font-medium">{token.name}</span>
                    <code className="text-xs text-slate-600">{token.prefix}…</code>
                  </td>
                  <td className="px-5 py-3">{formatDate(locale, token.createdAt)}</td>
                  <td className="px-5 py-3">{token.lastUsedAt ? formatDateTime(locale, token.lastUsedAt) : t("tokens.never_used")}</td>
                  <td className="px-5 py-3">{token.expiresAt ? formatDate(locale, token.expiresAt) : t("tokens.never")}</td>
                  <td className="px-5 py-3">{status(token)}</td>
                  <td className="px-5 py-3 text-right">{token.revokedAt ? null : <RevokeTokenButton locale={locale} tokenId={token.id} tokenName={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
