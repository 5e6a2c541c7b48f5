import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderView } from "@/lib/orders/get-order";

type Props = { locale: Locale; order: Pick<OrderView, "quote" | "rfq" | "supplierId" | "buyer" | "supplier">; /** IANA zone the times are shown in: the reader's company's. */ timeZone: string };

/** The negotiation the order came from, read-only: replies are written on the RFQ page. */
export function OrderConversation({ locale, order, timeZone }: Props) {
  const t = getT(locale, "orders");
  const messages = order.quote?.messages ?? [];
  return (
    <section aria-labelledby="order-conversation-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <div>
        <h2 id="order-conversation-heading" className="text-lg font-semibold">
          {t("detail.conversation")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("detail.conversation_hint")}</p>
      </div>
      {messages.length ? (
        <ol className="space-y-3">
          {messages.map((message) => {
            const fromSupplier = message.authorOrgId === order.supplierId;
            return (
              <li key={message.id} className={`rounded-lg border p-3 text-sm ${fromSupplier ? "border-slate-200 bg-slate-50 sm:mr-8" : "border-brand-100 bg-brand-50 sm:ml-8"}`}>
                <p className="text-xs text-slate-600">
                  {fromSupplier ? t("party.supplier") : t("party.buyer")} · {fromSupplier ? order.supplier.name : order.buyer.name} ·{" "}
                  <time dateTime={message.createdAt.toISOString()}>{formatDateTime(locale, message.createdAt, timeZone)}</time>
                </p>
                <p className="mt-1 break-words whitespace-pre-line text-slate-900">{message.body}</p>
                {message.attachments.length ? (
                  <ul className="mt-2 space-y-1">
                    {message.attachments.map(({ attachment }) => (
                      <li key={attachment.id}>
                        <a href={`/api/v1/attachments/${attachment.id}`} className="break-all text-brand-700 hover:underline" download>
                          {attachment.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">{t("detail.no_messages")}</p>
      )}
      {order.rfq ? (
        <p className="text-sm">
          <Link href={`/${locale}/rfqs/${order.rfq.id}`} className="font-medium text-brand-700 hover:underline">
            {t("detail.reply_on_rfq", { number: order.rfq.number })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
