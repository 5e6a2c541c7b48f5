import { documentKinds } from "./verification-rules";

/** The hidden input that carries one uploaded file of a kind: `document.BUSINESS_LICENSE`. */
export const documentFieldName = (kind: string) => `document.${kind}`;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The supplier's form as the raw input of `verificationInputSchema`. */
export function readVerificationForm(formData: FormData): Record<string, unknown> {
  const documents = documentKinds.flatMap((kind) =>
    formData
      .getAll(documentFieldName(kind))
      .filter((value): value is string => typeof value === "string" && value !== "")
      .map((attachmentId) => ({ kind, attachmentId })),
  );
  return {
    creditCode: text(formData, "creditCode"),
    legalRepresentative: text(formData, "legalRepresentative"),
    registeredAddress: text(formData, "registeredAddress"),
    exportLicenseNumber: text(formData, "exportLicenseNumber"),
    customsCode: text(formData, "customsCode"),
    documents,
  };
}

/** The moderator's form as the raw input of `verificationDecisionSchema`; the pressed button names the decision. */
export function readDecisionForm(formData: FormData): Record<string, unknown> {
  const decision = text(formData, "decision");
  const note = text(formData, "note");
  if (decision === "approve") return { decision, checks: formData.getAll("checks").filter((value) => typeof value === "string"), note };
  return { decision, reasonCode: text(formData, "reasonCode") || undefined, note };
}
