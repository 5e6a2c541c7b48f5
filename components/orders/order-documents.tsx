import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderView } from "@/lib/orders/get-order";
import { OrderDocumentForm } from "./order-document-form";

type Props = { locale: Locale; order: Pick<OrderView, "id" | "documents">; canUpload: boolean };

/** The order's trade documents, downloadable by both companies and the hub; the supplier attaches new ones. */
export function OrderDocuments({ locale, order, canUpload }: Props) {
  const t = getT(locale, "orders");
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? formatNumber(locale, Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
      : formatNumber(locale, bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="order-documents-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="order-documents-heading" className="text-lg font-semibold">
        {t("detail.documents")}
      </h2>
      {order.documents.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {order.documents.map((document) => (
            <li key={document.attachment.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span className="min-w-0">
                <span className="block font-medium">{t(`document_kind.${document.kind}`)}</span>
                <a href={`/api/v1/attachments/${document.attachment.id}`} className="break-all text-brand-700 hover:underline" download>
                  {document.attachment.fileName}
                </a>
              </span>
              <span className="text-xs text-slate-600">
                {size(document.attachment.byteSize)} · {formatDate(locale, document.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("detail.documents_empty")}</p>
      )}
      {canUpload ? <OrderDocumentForm locale={locale} orderId={order.id} /> : null}
    </section>
  );
}
