-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "creditedMinor" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "heldAt" TIMESTAMP(3),
ADD COLUMN     "holdReason" TEXT;
