import type { TFunction } from "i18next";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { intlLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { isUuid } from "@/lib/ids/is-uuid";
import { toCurrencyCode } from "@/lib/money/currencies";
import { rateSnapshotSchema } from "@/lib/money/fx/rate-snapshot";
import { canSeeOrder } from "@/lib/orders/order-parties";
import type { InvoiceLabels, InvoicePdfData } from "./pdf/render-invoice-pdf";

const labelKeys = [
  "title", "invoiceNumber", "issueDate", "dueDate", "order", "kind", "seller", "buyer", "supplier", "description", "quantity", "unitPrice", "amount",
  "orderTotal", "amountDue", "paymentReference", "paymentReferenceHint", "bankDetails", "beneficiary", "bank", "account", "swift", "bankAddress", "page",
] as const;

/**
 * Everything the bilingual proforma invoice prints, for its buyer, supplier or hub staff
 * (anyone else gets NOT_FOUND). The first language is the buyer company's (its first admin's
 * language, else the reader's), the second English — or Russian when the first is English,
 * the two languages of trade on the corridor.
 */
export async function invoicePdfData(client: Db, actor: Actor, invoiceId: string): Promise<InvoicePdfData> {
  if (!isUuid(invoiceId)) throw new AppError("NOT_FOUND", "Invoice not found");
  const invoice = await client.invoice.findUnique({
    where: { id: invoiceId },
    include: {
      order: {
        include: {
          lines: { orderBy: { position: "asc" } },
          buyer: { select: { name: true, legalName: true, country: true, city: true, memberships: { take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { locale: true } } } } } },
          supplier: { select: { name: true, legalName: true, country: true } },
        },
      },
    },
  });
  if (!invoice || !canSeeOrder(actor, invoice.order)) throw new AppError("NOT_FOUND", "Invoice not found");
  const { order } = invoice;
  const buyerLocale = order.buyer.memberships[0]?.user.locale;
  const primary: Locale = isLocale(buyerLocale) ? buyerLocale : isLocale(actor.locale) ? actor.locale : "en";
  const secondary: Locale = primary === "en" ? "ru" : "en";
  const [tp, ts] = [getT(primary, "settlement"), getT(secondary, "settlement")];

  const snapshot = rateSnapshotSchema.safeParse(invoice.fxSnapshot);
  const labels = (t: TFunction, locale: Locale): InvoiceLabels => {
    const base = Object.fromEntries(labelKeys.map((key) => [key, t(`pdf.invoice.${key}`)])) as Omit<InvoiceLabels, "fxNote">;
    if (!snapshot.success) return base;
    const rate = new Intl.NumberFormat(intlLocale[locale], { maximumSignificantDigits: 8 }).format(snapshot.data.display as unknown as number);
    return { ...base, fxNote: t("pdf.invoice.fxNote", { from: snapshot.data.from, to: snapshot.data.to, rate, date: formatDate(locale, new Date(snapshot.data.effectiveAt)) }) };
  };
  const settings = env();
  return {
    labels: { primary: labels(tp, primary), secondary: labels(ts, secondary) },
    locale: primary,
    number: invoice.number,
    kindLabel: { primary: tp(`invoice_kind.${invoice.kind}`), secondary: ts(`invoice_kind.${invoice.kind}`) },
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
    orderNumber: order.number,
    buyer: { name: order.buyer.legalName || order.buyer.name, country: order.buyer.country, address: order.buyer.city },
    supplier: { name: order.supplier.legalName || order.supplier.name, country: order.supplier.country },
    platform: {
      name: settings.PLATFORM_LEGAL_NAME,
      bank: { beneficiary: settings.PLATFORM_LEGAL_NAME, bankName: settings.PLATFORM_BANK_NAME, account: settings.PLATFORM_BANK_ACCOUNT, swift: settings.PLATFORM_BANK_SWIFT, address: settings.PLATFORM_BANK_ADDRESS },
    },
    lines: order.lines.map((line) => ({ description: line.description, quantity: line.quantity, unit: line.unit, unitPriceMinor: line.unitPriceMinor, totalMinor: line.totalMinor, currency: toCurrencyCode(order.currency) })),
    orderTotal: { minor: order.totalMinor, currency: toCurrencyCode(order.currency) },
    invoiceAmount: { minor: invoice.amountMinor, currency: toCurrencyCode(invoice.currency) },
    paymentReference: invoice.paymentReference,
  };
}
