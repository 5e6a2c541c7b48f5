-- CreateEnum
CREATE TYPE "LedgerAccountKind" AS ENUM ('BUYER_RECEIVABLE', 'SUPPLIER_PAYABLE', 'ESCROW', 'PLATFORM_CASH', 'UNMATCHED_RECEIPTS', 'FEE_REVENUE', 'FX_CONVERSION');

-- CreateEnum
CREATE TYPE "LedgerTransactionKind" AS ENUM ('INVOICE_ISSUED', 'PAYMENT_RECEIVED', 'PAYMENT_MATCHED', 'COMMISSION', 'PAYOUT', 'REFUND', 'DISPUTE_ADJUSTMENT', 'REVERSAL');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('FULL', 'DEPOSIT', 'BALANCE');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID');

-- CreateEnum
CREATE TYPE "PaymentRail" AS ENUM ('BANK_TRANSFER', 'STRIPE');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('MATCHED', 'UNMATCHED');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "LedgerAccount" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "LedgerAccountKind" NOT NULL,
    "organizationId" UUID,
    "currency" CHAR(3) NOT NULL,
    "balanceMinor" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerTransaction" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "kind" "LedgerTransactionKind" NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "orderId" UUID,
    "invoiceId" UUID,
    "paymentId" UUID,
    "payoutId" UUID,
    "refundId" UUID,
    "reversesId" UUID,
    "fxSnapshot" JSONB,
    "memo" JSONB,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "transactionId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "orderId" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "paymentReference" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "paidMinor" BIGINT NOT NULL DEFAULT 0,
    "orderCurrency" CHAR(3) NOT NULL,
    "orderAmountMinor" BIGINT NOT NULL,
    "fxSnapshot" JSONB,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "dueEvent" TEXT,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "rail" "PaymentRail" NOT NULL,
    "externalReference" TEXT NOT NULL,
    "paymentReference" TEXT NOT NULL,
    "invoiceId" UUID,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "valueDate" DATE NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "payerName" TEXT,
    "recordedById" UUID,
    "matchedById" UUID,
    "matchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RefundStatus" NOT NULL,
    "externalReference" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "orderCurrency" CHAR(3) NOT NULL,
    "grossMinor" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "commissionMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "fxSnapshot" JSONB,
    "bankReference" TEXT,
    "releasedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionRate" (
    "categoryId" UUID NOT NULL,
    "basisPoints" INTEGER NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommissionRate_pkey" PRIMARY KEY ("categoryId")
);

-- CreateTable
CREATE TABLE "StripeCheckout" (
    "id" TEXT NOT NULL,
    "invoiceId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "paymentIntentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeCheckout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerAccount_key_key" ON "LedgerAccount"("key");

-- CreateIndex
CREATE INDEX "LedgerAccount_organizationId_currency_idx" ON "LedgerAccount"("organizationId", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_sequence_key" ON "LedgerTransaction"("sequence");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_idempotencyKey_key" ON "LedgerTransaction"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_reversesId_key" ON "LedgerTransaction"("reversesId");

-- CreateIndex
CREATE INDEX "LedgerTransaction_orderId_sequence_idx" ON "LedgerTransaction"("orderId", "sequence");

-- CreateIndex
CREATE INDEX "LedgerTransaction_invoiceId_idx" ON "LedgerTransaction"("invoiceId");

-- CreateIndex
CREATE INDEX "LedgerTransaction_paymentId_idx" ON "LedgerTransaction"("paymentId");

-- CreateIndex
CREATE INDEX "LedgerEntry_transactionId_idx" ON "LedgerEntry"("transactionId");

-- CreateIndex
CREATE INDEX "LedgerEntry_accountId_id_idx" ON "LedgerEntry"("accountId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_paymentReference_key" ON "Invoice"("paymentReference");

-- CreateIndex
CREATE INDEX "Invoice_orderId_idx" ON "Invoice"("orderId");

-- CreateIndex
CREATE INDEX "Payment_status_createdAt_idx" ON "Payment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_rail_externalReference_key" ON "Payment"("rail", "externalReference");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_externalReference_key" ON "Refund"("externalReference");

-- CreateIndex
CREATE INDEX "Refund_paymentId_idx" ON "Refund"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_orderId_key" ON "Payout"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeCheckout_idempotencyKey_key" ON "StripeCheckout"("idempotencyKey");

-- CreateIndex
CREATE INDEX "StripeCheckout_invoiceId_idx" ON "StripeCheckout"("invoiceId");

-- AddForeignKey
ALTER TABLE "LedgerAccount" ADD CONSTRAINT "LedgerAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerTransaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "LedgerTransaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "LedgerAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionRate" ADD CONSTRAINT "CommissionRate_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeCheckout" ADD CONSTRAINT "StripeCheckout_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (the Prisma schema cannot express it): the ledger is append-only.
-- Corrections are reversal transactions, never edits. Account balances (a cache checked by
-- `ledger:check`) are the only ledger column that changes.
CREATE FUNCTION karavan_ledger_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING HINT = 'Post a reversal transaction instead of changing or removing ledger rows.';
END;
$$;

CREATE TRIGGER "LedgerTransaction_append_only"
BEFORE UPDATE OR DELETE ON "LedgerTransaction"
FOR EACH ROW EXECUTE FUNCTION karavan_ledger_append_only();

CREATE TRIGGER "LedgerEntry_append_only"
BEFORE UPDATE OR DELETE ON "LedgerEntry"
FOR EACH ROW EXECUTE FUNCTION karavan_ledger_append_only();

-- Double entry, enforced by the database: after each INSERT statement on LedgerEntry, every
-- transaction it touched must sum to zero in every currency, have two or more entries, and
-- have each entry in its account's currency. Postings insert a transaction's entries in one
-- statement. (A deferred constraint trigger would allow several statements, but Prisma's
-- schema describer cannot read constraint triggers, which breaks drift checks.)
CREATE FUNCTION karavan_ledger_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    SELECT e."transactionId" AS id INTO bad
    FROM "LedgerEntry" e JOIN "LedgerAccount" a ON a.id = e."accountId"
    WHERE e."transactionId" IN (SELECT DISTINCT "transactionId" FROM inserted) AND a.currency <> e.currency
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Ledger transaction % has an entry in another currency than its account', bad.id;
    END IF;
    SELECT "transactionId" AS id, currency, SUM("amountMinor") AS total INTO bad
    FROM "LedgerEntry" WHERE "transactionId" IN (SELECT DISTINCT "transactionId" FROM inserted)
    GROUP BY "transactionId", currency HAVING SUM("amountMinor") <> 0 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Ledger transaction % does not balance in %: entries sum to %', bad.id, bad.currency, bad.total;
    END IF;
    SELECT "transactionId" AS id INTO bad
    FROM "LedgerEntry" WHERE "transactionId" IN (SELECT DISTINCT "transactionId" FROM inserted)
    GROUP BY "transactionId" HAVING COUNT(*) < 2 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Ledger transaction % has fewer than two entries', bad.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "LedgerEntry_balanced"
AFTER INSERT ON "LedgerEntry"
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION karavan_ledger_balanced();
