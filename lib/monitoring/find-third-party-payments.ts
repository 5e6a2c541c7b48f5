import type { Db } from "@/lib/db/create-client";
import { isCurrencyCode } from "@/lib/money/currencies";
import { findPaymentReference } from "@/lib/settlement/payment-reference";
import type { FinderContext, MonitoringFlag } from "./flag-types";
import { isThirdPartyPayer } from "./rules";

const orderSelect = {
  select: {
    id: true,
    number: true,
    status: true,
    heldAt: true,
    buyer: { select: { id: true, name: true, legalName: true, type: true } },
    supplier: { select: { id: true, name: true, type: true } },
  },
} as const;

/**
 * Bank transfers recorded in the window whose payer is not the order's buyer. A transfer is
 * tied to its order through the invoice it was applied to or, when it was kept unmatched
 * (a held order, a void invoice), through the payment reference written on it.
 */
export async function findThirdPartyPayments(client: Db, context: FinderContext): Promise<MonitoringFlag[]> {
  const payments = await client.payment.findMany({
    where: { rail: "BANK_TRANSFER", payerName: { not: null }, createdAt: { gte: context.since } },
    orderBy: { createdAt: "desc" },
    select: { id: true, payerName: true, paymentReference: true, externalReference: true, currency: true, amountMinor: true, valueDate: true, createdAt: true, invoice: { select: { order: orderSelect } } },
  });
  const references = [...new Set(payments.filter((payment) => !payment.invoice).map((payment) => findPaymentReference(payment.paymentReference)).filter((reference): reference is string => reference !== null))];
  const byReference = new Map(
    (await client.invoice.findMany({ where: { paymentReference: { in: references } }, select: { paymentReference: true, order: orderSelect } })).map((invoice) => [invoice.paymentReference, invoice.order]),
  );

  const flags: MonitoringFlag[] = [];
  for (const payment of payments) {
    const reference = payment.invoice ? null : findPaymentReference(payment.paymentReference);
    const order = payment.invoice?.order ?? (reference ? byReference.get(reference) : undefined);
    if (!order || !payment.payerName || !isCurrencyCode(payment.currency)) continue;
    const { legalName, ...buyer } = order.buyer;
    if (!isThirdPartyPayer(payment.payerName, { name: buyer.name, legalName })) continue;
    flags.push({
      key: `third_party_payment:${payment.id}`,
      rule: "third_party_payment",
      subject: { kind: "order", id: order.id, number: order.number, status: order.status, heldAt: order.heldAt },
      at: payment.createdAt,
      buyer,
      supplier: order.supplier,
      evidence: {
        rule: "third_party_payment",
        payerName: payment.payerName,
        buyerName: buyer.name,
        buyerLegalName: legalName,
        amount: { minor: payment.amountMinor, currency: payment.currency },
        bankReference: payment.externalReference,
        valueDate: payment.valueDate,
      },
    });
  }
  return flags;
}
