import type { AttachmentContentType } from "@/lib/attachments/attachment-types";
import { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";

/**
 * The fixed vocabulary of a verification decision. Keys, not text: the supplier reads each one
 * translated into its own language (`verification:reason.*`, `verification:check.*`), while
 * the moderator's free note is shown as written.
 */
export const reasonCodes = ["licence_unreadable", "licence_expired", "credit_code_mismatch", "name_mismatch", "address_mismatch", "export_licence_missing", "photos_missing", "other"] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** What a moderator can say was checked when approving; shown with the verified badge. */
export const checkKeys = ["licence_authentic", "credit_code_registry", "company_name", "legal_representative", "registered_address", "export_rights", "factory_photos", "site_visit"] as const;
export type CheckKey = (typeof checkKeys)[number];

const documentTypes = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const satisfies readonly AttachmentContentType[];
const photoTypes = ["image/jpeg", "image/png", "image/webp"] as const satisfies readonly AttachmentContentType[];

export type DocumentRule = { min: number; max: number; types: readonly AttachmentContentType[]; extensions: readonly string[] };

/**
 * How many files of each kind a request carries and what they may be. The business licence
 * and at least one factory photo are always needed; export licence and customs registration
 * only where the supplier exports in its own name.
 */
export const documentRules: Record<VerificationDocumentKind, DocumentRule> = {
  BUSINESS_LICENSE: { min: 1, max: 3, types: documentTypes, extensions: ["pdf", "jpg", "jpeg", "png", "webp"] },
  EXPORT_LICENSE: { min: 0, max: 3, types: documentTypes, extensions: ["pdf", "jpg", "jpeg", "png", "webp"] },
  CUSTOMS_REGISTRATION: { min: 0, max: 3, types: documentTypes, extensions: ["pdf", "jpg", "jpeg", "png", "webp"] },
  FACTORY_PHOTO: { min: 1, max: 10, types: photoTypes, extensions: ["jpg", "jpeg", "png", "webp"] },
};

/**
 * A buyer's request: the state registration certificate (filed as BUSINESS_LICENSE) is
 * needed; licences, customs registration and photos of the office or warehouse may be added.
 */
export const buyerDocumentRules: Record<VerificationDocumentKind, DocumentRule> = {
  ...documentRules,
  FACTORY_PHOTO: { ...documentRules.FACTORY_PHOTO, min: 0 },
};

export const documentKinds = Object.values(VerificationDocumentKind);

/** A request waiting longer than this is shown as overdue in the queue. */
export const reviewSlaHours = 48;
