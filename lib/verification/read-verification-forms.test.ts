import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/errors/validation";
import { readDecisionForm, readVerificationForm } from "./read-verification-forms";
import { verificationDecisionSchema, verificationInputSchema } from "./verification-input";

const licence = "5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b";
const photo = "9e3b1d7a-4c2f-4a8e-b6d1-2f5a7c9e0b34";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the verification forms", () => {
  it("reads each uploaded file under its kind and normalizes the credit code", () => {
    const raw = readVerificationForm(
      form([
        ["creditCode", " 91350100m000100y43 "],
        ["legalRepresentative", "王伟"],
        ["registeredAddress", "苏州工业园区星湖街 328 号"],
        ["exportLicenseNumber", ""],
        ["document.BUSINESS_LICENSE", licence],
        ["document.FACTORY_PHOTO", photo],
        ["document.FACTORY_PHOTO", ""],
      ]),
    );
    expect(parseInput(verificationInputSchema, raw)).toEqual({
      creditCode: "91350100M000100Y43",
      legalRepresentative: "王伟",
      registeredAddress: "苏州工业园区星湖街 328 号",
      exportLicenseNumber: null,
      documents: [
        { kind: "BUSINESS_LICENSE", attachmentId: licence },
        { kind: "FACTORY_PHOTO", attachmentId: photo },
      ],
    });
  });

  it("reports a missing photo, too many licences and a file given twice", () => {
    const raw = { creditCode: "91350100M000100Y43", legalRepresentative: "王伟", registeredAddress: "苏州工业园区星湖街 328 号", documents: [licence, photo, licence, licence].map((attachmentId) => ({ kind: "BUSINESS_LICENSE", attachmentId })) };
    expect(() => parseInput(verificationInputSchema, raw)).toThrow(
      expect.objectContaining({ details: { fields: { "documents.FACTORY_PHOTO": "field.verification_photo_required", "documents.BUSINESS_LICENSE": "field.too_many_documents", documents: "field.invalid" } } }),
    );
  });

  it("takes the decision from the pressed button, with the checks or the reason that go with it", () => {
    const approve = readDecisionForm(form([["decision", "approve"], ["checks", "licence_authentic"], ["checks", "site_visit"], ["reasonCode", "other"], ["note", ""]]));
    expect(parseInput(verificationDecisionSchema, approve)).toEqual({ decision: "approve", checks: ["licence_authentic", "site_visit"], note: null });
    const reject = readDecisionForm(form([["decision", "reject"], ["checks", "licence_authentic"], ["reasonCode", "name_mismatch"], ["note", " 名称不符 "]]));
    expect(parseInput(verificationDecisionSchema, reject)).toEqual({ decision: "reject", reasonCode: "name_mismatch", note: "名称不符" });
    expect(() => parseInput(verificationDecisionSchema, readDecisionForm(form([["decision", "request_more_info"], ["reasonCode", ""]])))).toThrow(
      expect.objectContaining({ details: { fields: { reasonCode: "field.reason_code_required" } } }),
    );
  });
});
