-- CreateTable
CREATE TABLE "ListingApproval" (
    "id" UUID NOT NULL,
    "listingId" UUID NOT NULL,
    "snapshot" JSONB NOT NULL,
    "approvedById" UUID,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ListingApproval_listingId_approvedAt_idx" ON "ListingApproval"("listingId", "approvedAt");

-- AddForeignKey
ALTER TABLE "ListingApproval" ADD CONSTRAINT "ListingApproval_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
