import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { RfqView } from "@/lib/rfq/get-rfq";
import { AttachmentLinks } from "./attachment-links";

type Message = RfqView["quotes"][number]["messages"][number];
type Props = { locale: Locale; messages: Message[]; names: Record<string, string>; viewerOrgId: string; timeZone: string };

/** The conversation of one negotiation, oldest first; the viewer's own messages sit on the right. */
export function MessageThread({ locale, messages, names, viewerOrgId, timeZone }: Props) {
  const t = getT(locale, "rfq");
  if (!messages.length) return <p className="text-sm text-slate-600">{t("messages.empty")}</p>;
  return (
    <ol className="space-y-3">
      {messages.map((message) => {
        const own = message.authorOrgId === viewerOrgId;
        const author = names[message.authorOrgId] ?? "—";
        return (
          <li key={message.id} className={`max-w-[min(36rem,100%)] rounded-lg border p-3 text-sm ${own ? "ml-auto border-brand-100 bg-brand-50" : "border-slate-200 bg-white"}`}>
            <p className="flex flex-wrap justify-between gap-x-3 text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{own ? t("history.you", { name: author }) : author}</span>
              <span>{formatDateTime(locale, message.createdAt, timeZone)}</span>
            </p>
            <p className="mt-1 whitespace-pre-line break-words text-slate-900">{message.body}</p>
            {message.attachments.length ? (
              <div className="mt-2">
                <AttachmentLinks locale={locale} attachments={message.attachments} label={t("messages.attachments")} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
