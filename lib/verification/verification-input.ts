import { z } from "zod";
import { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";
import { normalizeCreditCode, creditCodePattern, isValidCreditCode } from "./unified-social-credit-code";
import { normalizeRegistrationNumber, registrationNumberProblem } from "./buyer-registration-number";
import { buyerDocumentRules, checkKeys, documentKinds, documentRules, reasonCodes, type DocumentRule } from "./verification-rules";

const requiredText = (min: number, max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).min(min, { error: "too_short" }).max(max, { error: "too_long" });
/** An optional form field: an empty input means "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .transform((value) => value || null)
    .nullish();

const documentSchema = z.object({ kind: z.enum(VerificationDocumentKind, { error: "invalid" }), attachmentId: z.uuid({ error: "invalid" }) });

/** Each kind within its count; the same file never twice. Errors of a kind go on `documents.<KIND>`. */
const checkDocuments = (rules: Record<VerificationDocumentKind, DocumentRule>, requiredKey = "verification_document_required") => (input: { documents: z.infer<typeof documentSchema>[] }, context: z.RefinementCtx) => {
  for (const kind of documentKinds) {
    const count = input.documents.filter((document) => document.kind === kind).length;
    const rule = rules[kind];
    if (count < rule.min) context.addIssue({ code: "custom", path: ["documents", kind], message: kind === "FACTORY_PHOTO" ? "verification_photo_required" : requiredKey });
    if (count > rule.max) context.addIssue({ code: "custom", path: ["documents", kind], message: "too_many_documents" });
  }
  const ids = input.documents.map((document) => document.attachmentId.toLowerCase());
  if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", path: ["documents"], message: "invalid" });
};

const companyFields = {
  legalRepresentative: requiredText(2, 100),
  registeredAddress: requiredText(5, 300),
  exportLicenseNumber: optionalText(64),
  customsCode: optionalText(64),
  documents: z.array(documentSchema).max(19, { error: "too_many_documents" }),
};

/** What a supplier submits. */
export const verificationInputSchema = z
  .object({
    creditCode: z
      .string({ error: "required" })
      .transform(normalizeCreditCode)
      .pipe(z.string().min(1, { error: "required" }).regex(creditCodePattern, { error: "credit_code_format" }).refine(isValidCreditCode, { error: "credit_code_checksum" })),
    ...companyFields,
  })
  .superRefine(checkDocuments(documentRules));

/**
 * What a buyer submits: `creditCode` carries the national registration number of the buyer's
 * country (lib/verification/buyer-registration-number.ts), and only the registration
 * certificate is required.
 */
export const buyerVerificationInputSchema = (country: string) =>
  z
    .object({
      creditCode: z
        .string({ error: "required" })
        .transform(normalizeRegistrationNumber)
        .pipe(
          z
            .string()
            .min(1, { error: "required" })
            .superRefine((value, context) => {
              const problem = value ? registrationNumberProblem(country, value) : null;
              if (problem) context.addIssue({ code: "custom", message: problem });
            }),
        ),
      ...companyFields,
    })
    .superRefine(checkDocuments(buyerDocumentRules, "registration_certificate_required"));

export type VerificationInput = z.infer<typeof verificationInputSchema>;

const note = optionalText(2000);

/**
 * A moderator's decision. Approving names the checks done; rejecting or asking for more
 * documents names a reason from the fixed list (translated for the supplier) and may add a
 * note — required when the reason is "other", since the code alone then says nothing.
 */
export const verificationDecisionSchema = z
  .discriminatedUnion("decision", [
    z.object({ decision: z.literal("approve"), checks: z.array(z.enum(checkKeys, { error: "invalid" }), { error: "checks_required" }).min(1, { error: "checks_required" }), note }),
    z.object({ decision: z.literal("reject"), reasonCode: z.enum(reasonCodes, { error: "reason_code_required" }), note }),
    z.object({ decision: z.literal("request_more_info"), reasonCode: z.enum(reasonCodes, { error: "reason_code_required" }), note }),
  ], { error: "invalid" })
  .superRefine((decision, context) => {
    if (decision.decision !== "approve" && decision.reasonCode === "other" && !decision.note) context.addIssue({ code: "custom", path: ["note"], message: "reason_required" });
  });

export type VerificationDecision = z.infer<typeof verificationDecisionSchema>;
