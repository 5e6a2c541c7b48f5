import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { auditActorOf, recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { postLedgerTransaction } from "@/lib/ledger/post-ledger-transaction";
import { applyPaymentToInvoiceInTx } from "./apply-payment-to-invoice";
import { bankTransferInputSchema } from "./bank-transfer-input";
import { findPaymentReference } from "./payment-reference";
import { unmatchedReceiptLines } from "./settlement-postings";

export type RecordedTransfer = { id: string; status: "MATCHED" | "UNMATCHED"; invoiceId: string | null; invoiceNumber: string | null; orderId: string | null; unmatchedReason: "no_reference" | "unknown_reference" | "currency_mismatch" | "invoice_void" | "order_on_hold" | null };

/**
 * Finance records an incoming transfer. The bank's reference is unique per rail, so the same
 * transfer recorded twice — even at the same moment — posts once; the second gets CONFLICT
 * and nothing changes. The payment reference is read out of whatever the bank passed on; a
 * transfer that names an open invoice in its currency is applied to it at once, any other is
 * kept in unmatched receipts for finance to place by hand.
 */
export async function recordBankTransfer(client: Db, actor: Actor, rawInput: unknown, context: { ip?: string } = {}): Promise<RecordedTransfer> {
  authorize(actor, "settlement:manage");
  const input = parseInput(bankTransferInputSchema, rawInput);
  try {
    return await client.$transaction(async (tx) => {
      const reference = findPaymentReference(input.paymentReference);
      const invoice = reference ? await tx.invoice.findUnique({ where: { paymentReference: reference }, select: { id: true, number: true, orderId: true, currency: true, status: true, order: { select: { heldAt: true } } } }) : null;
      const unmatchedReason = !reference ? "no_reference" : !invoice ? "unknown_reference" : invoice.status === "VOID" ? "invoice_void" : invoice.currency !== input.amount.currency ? "currency_mismatch" : invoice.order.heldAt ? "order_on_hold" : null;
      const matched = unmatchedReason === null && invoice !== null;

      const payment = await tx.payment.create({
        data: {
          rail: "BANK_TRANSFER",
          externalReference: input.bankReference,
          paymentReference: input.paymentReference,
          invoiceId: matched ? invoice.id : null,
          currency: input.amount.currency,
          amountMinor: input.amount.minor,
          valueDate: new Date(`${input.valueDate}T00:00:00Z`),
          status: matched ? "MATCHED" : "UNMATCHED",
          payerName: input.payerName || null,
          recordedById: actor.userId,
          matchedById: matched ? actor.userId : null,
          matchedAt: matched ? new Date() : null,
        },
      });
      if (matched) {
        await applyPaymentToInvoiceInTx(tx, payment, invoice.id, { userId: actor.userId, organizationId: actor.organization.id, fromUnmatched: false });
      } else {
        await postLedgerTransaction(tx, {
          kind: "PAYMENT_RECEIVED",
          idempotencyKey: `payment:${payment.id}`,
          paymentId: payment.id,
          memo: { bankReference: input.bankReference, unmatched: true },
          effectiveAt: payment.valueDate,
          createdById: actor.userId,
          lines: unmatchedReceiptLines(input.amount),
        });
      }
      await recordAudit(tx, {
        actor: auditActorOf(actor),
        action: "payment.recorded",
        targetType: "Payment",
        targetId: payment.id,
        organizationId: null,
        data: { rail: "BANK_TRANSFER", bankReference: input.bankReference, amount: input.amount.minor.toString(), currency: input.amount.currency, matched, invoiceId: matched ? invoice.id : null },
        ip: context.ip,
      });
      return { id: payment.id, status: matched ? "MATCHED" : "UNMATCHED", invoiceId: matched ? invoice.id : null, invoiceNumber: matched ? invoice.number : null, orderId: matched ? invoice.orderId : null, unmatchedReason } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `Bank transfer ${input.bankReference} is already recorded`, { messageKey: "settlement:errors.duplicate_bank_reference", fields: { bankReference: "settlement:errors.duplicate_bank_reference" } });
    }
    throw error;
  }
}
