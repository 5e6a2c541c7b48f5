-- AlterTable
ALTER TABLE "CatalogImport" ADD COLUMN     "totalLines" INTEGER;
