import type { Prisma } from "@/lib/db/generated/client.ts";
import { checkKeys, documentKinds, type CheckKey } from "./verification-rules";

/** The columns of a request that its pages show, with its documents' file details. */
export const verificationRequestSelect = {
  id: true,
  organizationId: true,
  status: true,
  creditCode: true,
  legalRepresentative: true,
  registeredAddress: true,
  exportLicenseNumber: true,
  customsCode: true,
  submittedById: true,
  submittedAt: true,
  decidedById: true,
  decidedAt: true,
  reasonCode: true,
  reasonNote: true,
  checks: true,
  documents: { select: { kind: true, attachment: { select: { id: true, fileName: true, contentType: true, byteSize: true, createdAt: true } } } },
} satisfies Prisma.VerificationRequestSelect;

type Row = Prisma.VerificationRequestGetPayload<{ select: typeof verificationRequestSelect }>;

/** Stored check keys as the known ones, dropping anything else an older version may have written. */
export function checksOf(value: Prisma.JsonValue | null | undefined): CheckKey[] {
  return Array.isArray(value) ? checkKeys.filter((key) => value.includes(key)) : [];
}

/** A request for its pages: documents in a fixed order by kind, checks as known keys. */
export function toVerificationRequestView(row: Row) {
  const documents = [...row.documents].sort((a, b) => documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind) || a.attachment.createdAt.getTime() - b.attachment.createdAt.getTime());
  const { submittedById: _submitter, decidedById: _decider, ...rest } = row;
  return { ...rest, checks: checksOf(row.checks), documents };
}

export type VerificationRequestView = ReturnType<typeof toVerificationRequestView>;
