import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { formatDateTime, formatRelativeAge } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listEmailMessages } from "@/lib/notify/list-email-messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "notifications")("mailbox.title") };
}

const statusClass = { PENDING: "bg-amber-100 text-amber-900", SENT: "bg-emerald-100 text-emerald-900", FAILED: "bg-red-100 text-red-900" } as const;

/** Dev mailbox: every e-mail the platform wrote, readable here when no SMTP server is configured. */
export default async function MailboxPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/hub/mailbox`, "audit:read");
  const t = getT(locale, "notifications");
  const emails = await listEmailMessages(db(), actor);
  const smtp = Boolean(env().SMTP_URL);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader title={t("mailbox.title")} description={t("mailbox.description")} />
      <Alert kind="info">{smtp ? t("mailbox.smtp_on") : t("mailbox.smtp_off")}</Alert>
      {emails.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("mailbox.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("mailbox.created")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("mailbox.to")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("mailbox.subject")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("mailbox.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {emails.map((email) => (
                <tr key={email.id}>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                    <time dateTime={email.createdAt.toISOString()} title={formatDateTime(locale, email.createdAt)}>
                      {formatRelativeAge(locale, email.createdAt, now)}
                    </time>
                  </td>
                  <td className="px-4 py-2 [overflow-wrap:anywhere]">{email.to}</td>
                  <td className="px-4 py-2">
                    <details>
                      <summary className="cursor-pointer font-medium text-slate-900">
                        {email.subject} <span className="sr-only">({t("mailbox.show_text")})</span>
                      </summary>
                      <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-3 font-sans text-slate-800">{email.text}</pre>
                    </details>
                  </td>
                  <td className="px-4 py-2">
                    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${statusClass[email.status]}`}>{t(`mailbox.state.${email.status}`)}</span>
                    {email.error ? <p className="mt-1 max-w-xs text-xs text-red-800 [overflow-wrap:anywhere]">{t("mailbox.error", { error: email.error })}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
