import type { TFunction } from "i18next";
import { OrderDocumentKind, OrderStatus } from "@/lib/db/generated/enums.ts";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderView } from "@/lib/orders/get-order";

type Props = { locale: Locale; order: Pick<OrderView, "events" | "buyerId" | "supplierId" | "buyer" | "supplier">; /** IANA zone the times are shown in: the reader's company's. */ timeZone: string };
type Event = OrderView["events"][number];
type Details = { shipment?: { carrier?: string; trackingNumber?: string; route?: string }; note?: string; kind?: string };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** The event's stored JSON, read defensively: it was written by older code too. */
function detailsOf(data: unknown): Details {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const shipment = record.shipment && typeof record.shipment === "object" ? (record.shipment as Record<string, unknown>) : null;
  return {
    ...(shipment ? { shipment: { carrier: text(shipment.carrier), trackingNumber: text(shipment.trackingNumber), route: text(shipment.route) } } : {}),
    note: text(record.note),
    kind: text(record.kind),
  };
}

function headline(t: TFunction, event: Event, details: Details): string {
  if (event.type === "created") return t("timeline.created");
  if (event.type === "held" || event.type === "hold_released") return t(`timeline.${event.type}`);
  if (event.type === "document_added" && details.kind) {
    const kind = (Object.values(OrderDocumentKind) as string[]).includes(details.kind) ? t(`document_kind.${details.kind}`) : details.kind;
    return t("timeline.document_added", { kind });
  }
  if (event.type === "status_changed" && event.toStatus && (Object.values(OrderStatus) as string[]).includes(event.toStatus)) {
    return event.fromStatus === "DISPUTED" ? t(`timeline.resolved.${event.toStatus}`, { defaultValue: t(`timeline.to.${event.toStatus}`) }) : t(`timeline.to.${event.toStatus}`);
  }
  return t("timeline.other");
}

/** Every event of the order, oldest first: what happened, who did it (buyer, supplier or trade hub) and when. */
export function OrderTimeline({ locale, order, timeZone }: Props) {
  const t = getT(locale, "orders");
  const colon = t("timeline.label_separator");
  const who = (orgId: string | null) =>
    orgId === order.buyerId ? `${t("party.buyer")} · ${order.buyer.name}` : orgId === order.supplierId ? `${t("party.supplier")} · ${order.supplier.name}` : orgId ? t("party.hub") : t("party.system");
  return (
    <section aria-labelledby="order-timeline-heading" className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="order-timeline-heading" className="mb-4 text-lg font-semibold">
        {t("detail.timeline")}
      </h2>
      <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
        {order.events.map((event) => {
          const details = detailsOf(event.data);
          const shipment = details.shipment;
          return (
            <li key={event.id.toString()} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full bg-brand-700" />
              <p className="font-medium">{headline(t, event, details)}</p>
              <p className="text-xs text-slate-600">
                {who(event.actorOrgId)} · <time dateTime={event.createdAt.toISOString()}>{formatDateTime(locale, event.createdAt, timeZone)}</time>
              </p>
              {shipment ? (
                <p className="mt-1 text-sm break-words text-slate-700">
                  {[
                    shipment.carrier ? `${t("shipment.carrier")}${colon}${shipment.carrier}` : null,
                    shipment.trackingNumber ? `${t("shipment.tracking_number")}${colon}${shipment.trackingNumber}` : null,
                    shipment.route ? `${t("shipment.route")}${colon}${shipment.route}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              ) : null}
              {details.note ? (
                <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm break-words whitespace-pre-line text-slate-700">
                  <span className="sr-only">{t("timeline.note")} </span>
                  {details.note}
                </blockquote>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-xs text-slate-600">{t("timeline.time_zone_note", { zone: timeZone })}</p>
    </section>
  );
}
