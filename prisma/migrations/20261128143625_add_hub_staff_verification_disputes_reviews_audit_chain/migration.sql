-- CreateEnum
CREATE TYPE "VerificationRequestStatus" AS ENUM ('SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "VerificationDocumentKind" AS ENUM ('BUSINESS_LICENSE', 'EXPORT_LICENSE', 'CUSTOMS_REGISTRATION', 'FACTORY_PHOTO');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'ANSWERED', 'ESCALATED', 'DECIDED');

-- CreateEnum
CREATE TYPE "DisputeDecision" AS ENUM ('FULL_REFUND', 'PARTIAL_REFUND', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'PUBLISHED', 'REJECTED');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "verificationChecks" JSONB,
ADD COLUMN     "verificationExpiresAt" TIMESTAMP(3),
ADD COLUMN     "verificationReminderAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VerificationRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "status" "VerificationRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "creditCode" TEXT NOT NULL,
    "legalRepresentative" TEXT NOT NULL,
    "registeredAddress" TEXT NOT NULL,
    "exportLicenseNumber" TEXT,
    "customsCode" TEXT,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "reasonCode" TEXT,
    "reasonNote" TEXT,
    "checks" JSONB,

    CONSTRAINT "VerificationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationDocument" (
    "requestId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "kind" "VerificationDocumentKind" NOT NULL,

    CONSTRAINT "VerificationDocument_pkey" PRIMARY KEY ("requestId","attachmentId")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "openedById" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "orderStatusBefore" "OrderStatus" NOT NULL,
    "supplierAnswer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "supplierDueAt" TIMESTAMP(3) NOT NULL,
    "decisionDueAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "decision" "DisputeDecision",
    "refundMinor" BIGINT,
    "decisionNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeAttachment" (
    "disputeId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "side" TEXT NOT NULL,

    CONSTRAINT "DisputeAttachment_pkey" PRIMARY KEY ("disputeId","attachmentId")
);

-- CreateTable
CREATE TABLE "OrderReview" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "moderatedById" UUID,
    "moderatedAt" TIMESTAMP(3),

    CONSTRAINT "OrderReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VerificationRequest_status_submittedAt_idx" ON "VerificationRequest"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "VerificationRequest_organizationId_submittedAt_idx" ON "VerificationRequest"("organizationId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_orderId_key" ON "Dispute"("orderId");

-- CreateIndex
CREATE INDEX "Dispute_status_supplierDueAt_idx" ON "Dispute"("status", "supplierDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderReview_orderId_key" ON "OrderReview"("orderId");

-- CreateIndex
CREATE INDEX "OrderReview_supplierId_status_idx" ON "OrderReview"("supplierId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationDocument" ADD CONSTRAINT "VerificationDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "VerificationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationDocument" ADD CONSTRAINT "VerificationDocument_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeAttachment" ADD CONSTRAINT "DisputeAttachment_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeAttachment" ADD CONSTRAINT "DisputeAttachment_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReview" ADD CONSTRAINT "OrderReview_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the audit log is a hash chain (docs/decisions/0011-tamper-evident-audit-log.md).
-- Every new event gets, under a transaction-scoped advisory lock (so concurrent writers take
-- turns and the chain has no forks), the next chainSeq, the previous event's hash, and
-- hash = sha256(prevHash || '|' || canonical content). The canonical content is computed by
-- karavan_audit_content(), which `audit:verify` uses too.
CREATE FUNCTION karavan_audit_content(e "AuditEvent") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws('|',
        e.id::text,
        to_char(e."occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(e."actorUserId"::text, '-'),
        coalesce(e."actorOrgId"::text, '-'),
        coalesce(e."organizationId"::text, '-'),
        e.action,
        e."targetType",
        e."targetId",
        coalesce(e.data::text, '-'),
        coalesce(e.ip, '-'))
$$;

CREATE FUNCTION karavan_audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    previous record;
BEGIN
    PERFORM pg_advisory_xact_lock(7310432117);
    SELECT "chainSeq", hash INTO previous FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
    NEW."chainSeq" := coalesce(previous."chainSeq", 0) + 1;
    NEW."prevHash" := coalesce(previous.hash, repeat('0', 64));
    NEW.hash := encode(sha256(convert_to(NEW."prevHash" || '|' || karavan_audit_content(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;

-- Chain the events written before this migration, oldest first (the append-only trigger is
-- lifted for this one statement block and restored at once).
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO $$
DECLARE
    event "AuditEvent";
    previous_hash text := repeat('0', 64);
    seq bigint := 0;
BEGIN
    FOR event IN SELECT * FROM "AuditEvent" ORDER BY id LOOP
        seq := seq + 1;
        event."chainSeq" := seq;
        event."prevHash" := previous_hash;
        event.hash := encode(sha256(convert_to(previous_hash || '|' || karavan_audit_content(event), 'UTF8')), 'hex');
        UPDATE "AuditEvent" SET "chainSeq" = event."chainSeq", "prevHash" = event."prevHash", hash = event.hash WHERE id = event.id;
        previous_hash := event.hash;
    END LOOP;
END;
$$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

CREATE TRIGGER "AuditEvent_chain"
BEFORE INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION karavan_audit_chain();
