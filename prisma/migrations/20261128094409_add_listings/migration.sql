-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "code" TEXT;

-- CreateTable
CREATE TABLE "Listing" (
    "id" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "categoryId" UUID NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "hsCode" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "moq" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "leadTimeDays" INTEGER NOT NULL,
    "incoterms" JSONB NOT NULL,
    "certifications" TEXT[],
    "specifications" JSONB NOT NULL DEFAULT '{}',
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "rejectionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingPriceTier" (
    "listingId" UUID NOT NULL,
    "minQty" INTEGER NOT NULL,
    "unitPriceMinor" BIGINT NOT NULL,

    CONSTRAINT "ListingPriceTier_pkey" PRIMARY KEY ("listingId","minQty")
);

-- CreateIndex
CREATE INDEX "Listing_status_categoryId_idx" ON "Listing"("status", "categoryId");

-- CreateIndex
CREATE INDEX "Listing_supplierId_status_idx" ON "Listing"("supplierId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_supplierId_sku_key" ON "Listing"("supplierId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_code_key" ON "Organization"("code");

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingPriceTier" ADD CONSTRAINT "ListingPriceTier_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
