import { z } from "zod";
import { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";
import { normalizeCreditCode, creditCodePattern, isValidCreditCode } from "./unified-social-credit-code";
import { checkKeys, documentKinds, documentRules, reasonCodes } from "./verification-rules";

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

/** What a supplier submits. Field errors of a document kind are reported on `documents.<KIND>`. */
export const verificationInputSchema = z
  .object({
    creditCode: z
      .string({ error: "required" })
      .transform(normalizeCreditCode)
      .pipe(z.string().min(1, { error: "required" }).regex(creditCodePattern, { error: "credit_code_format" }).refine(isValidCreditCode, { error: "credit_code_checksum" })),
    legalRepresentative: requiredText(2, 100),
    registeredAddress: requiredText(5, 300),
    exportLicenseNumber: optionalText(64),
    customsCode: optionalText(64),
    documents: z.array(documentSchema).max(19, { error: "too_many_documents" }),
  })
  .superRefine((input, context) => {
    for (const kind of documentKinds) {
      const count = input.documents.filter((document) => document.kind === kind).length;
      const rule = documentRules[kind];
      if (count < rule.min) context.addIssue({ code: "custom", path: ["documents", kind], message: kind === "FACTORY_PHOTO" ? "verification_photo_required" : "verification_document_required" });
      if (count > rule.max) context.addIssue({ code: "custom", path: ["documents", kind], message: "too_many_documents" });
    }
    const ids = input.documents.map((document) => document.attachmentId.toLowerCase());
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", path: ["documents"], message: "invalid" });
  });

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
