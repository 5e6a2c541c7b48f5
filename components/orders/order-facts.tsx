import type { ReactNode } from "react";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { OrderView } from "@/lib/orders/get-order";

type Props = {
  locale: Locale;
  order: Pick<OrderView, "buyer" | "supplier" | "incoterm" | "namedPlace" | "paymentTerms" | "deliveryDate" | "carrier" | "trackingNumber" | "route">;
};

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={id} className="mb-3 font-semibold">
        {title}
      </h2>
      <dl className="space-y-3 text-sm">{children}</dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium break-words">{children}</dd>
    </div>
  );
}

/** Who trades with whom, on which terms, and how the goods travel. */
export function OrderFacts({ locale, order }: Props) {
  const t = getT(locale, "orders");
  const none = <span className="font-normal text-slate-600">{t("detail.not_specified")}</span>;
  const country = new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(order.buyer.country) ?? order.buyer.country;
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Card id="order-parties-heading" title={t("detail.parties")}>
        <Fact label={t("party.buyer")}>
          {order.buyer.name}
          <span className="block font-normal text-slate-600">{[order.buyer.city, country].filter(Boolean).join(", ")}</span>
        </Fact>
        <Fact label={t("party.supplier")}>
          {order.supplier.name}
          <span className="block font-normal text-slate-600">
            {order.supplier.city}
            {order.supplier.verificationStatus === "VERIFIED" ? ` · ${t("detail.verified")}` : null}
          </span>
        </Fact>
      </Card>
      <Card id="order-terms-heading" title={t("detail.terms")}>
        <Fact label={t("detail.incoterm")}>{[order.incoterm, order.namedPlace].filter(Boolean).join(" ")}</Fact>
        <Fact label={t("detail.payment_terms")}>{order.paymentTerms || none}</Fact>
        <Fact label={t("detail.delivery_date")}>{order.deliveryDate ? formatDate(locale, order.deliveryDate) : none}</Fact>
      </Card>
      <Card id="order-shipment-heading" title={t("detail.shipment")}>
        {order.trackingNumber ? (
          <>
            <Fact label={t("shipment.carrier")}>{order.carrier || none}</Fact>
            <Fact label={t("shipment.tracking_number")}>{order.trackingNumber}</Fact>
            <Fact label={t("shipment.route")}>{order.route || none}</Fact>
          </>
        ) : (
          <div>
            <dt className="sr-only">{t("detail.shipment")}</dt>
            <dd className="text-slate-600">{t("detail.not_shipped")}</dd>
          </div>
        )}
      </Card>
    </div>
  );
}
