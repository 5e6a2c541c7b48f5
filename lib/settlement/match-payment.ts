import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isUuid } from "@/lib/ids/is-uuid";
import { applyPaymentToInvoiceInTx } from "./apply-payment-to-invoice";
import { findPaymentReference } from "./payment-reference";

/** The invoice a transfer pays: its payment reference or number, as finance found it. */
export const matchInputSchema = z.object({ invoiceReference: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }) });

/**
 * Finance's manual override: places an unmatched transfer on the invoice they identified (by
 * its payment reference or invoice number, as written on the statement). The payment row is
 * locked, so two people matching the same transfer at once place it once.
 */
export async function matchPayment(client: Db, actor: Actor, paymentId: string, rawInput: unknown, context: { ip?: string } = {}): Promise<{ invoiceId: string; orderId: string }> {
  authorize(actor, "settlement:manage");
  const input = parseInput(matchInputSchema, rawInput);
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "Payment not found");
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const payment = await tx.payment.findUnique({ where: { id: paymentId } });
    if (!payment) throw new AppError("NOT_FOUND", "Payment not found");
    if (payment.status !== "UNMATCHED") throw new AppError("CONFLICT", "Payment is already matched", { messageKey: "settlement:errors.already_matched" });
    if (payment.refundedMinor > 0n || (await tx.refund.count({ where: { paymentId: payment.id, status: "PENDING" } })) > 0) throw new AppError("CONFLICT", "Payment was partly returned", { messageKey: "settlement:errors.already_refunded" });

    const reference = findPaymentReference(input.invoiceReference);
    const invoice = await tx.invoice.findFirst({
      where: reference ? { paymentReference: reference } : { number: input.invoiceReference.toUpperCase() },
      select: { id: true, orderId: true, currency: true, status: true, order: { select: { heldAt: true } } },
    });
    if (!invoice) throw new AppError("VALIDATION_FAILED", "No such invoice", { fields: { invoiceReference: "settlement:errors.invoice_not_found" } });
    if (invoice.status === "VOID") throw new AppError("CONFLICT", "Invoice is void", { messageKey: "settlement:errors.invoice_void", fields: { invoiceReference: "settlement:errors.invoice_void" } });
    if (invoice.order.heldAt) throw new AppError("CONFLICT", "The order is on hold", { messageKey: "disputes:errors.order_on_hold", fields: { invoiceReference: "disputes:errors.order_on_hold" } });
    if (invoice.currency !== payment.currency) throw new AppError("CONFLICT", "Currencies differ", { messageKey: "settlement:errors.currency_mismatch", fields: { invoiceReference: "settlement:errors.currency_mismatch" } });

    await tx.payment.update({ where: { id: payment.id }, data: { status: "MATCHED", invoiceId: invoice.id, matchedById: actor.userId, matchedAt: new Date() }, select: { id: true } });
    await applyPaymentToInvoiceInTx(tx, payment, invoice.id, { userId: actor.userId, organizationId: actor.organization.id, fromUnmatched: true });
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "payment.matched",
      targetType: "Payment",
      targetId: payment.id,
      organizationId: null,
      data: { invoiceId: invoice.id, bankReference: payment.externalReference },
      ip: context.ip,
    });
    return { invoiceId: invoice.id, orderId: invoice.orderId };
  });
}
