import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { canReadAttachment } from "@/lib/attachments/can-read-attachment";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { expireVerifications } from "@/lib/verification/expire-verifications";
import { getOwnVerification } from "@/lib/verification/get-own-verification";
import { getVerificationRequest } from "@/lib/verification/get-verification";
import { listVerificationQueue } from "@/lib/verification/list-verification-queue";
import { reviewVerification } from "@/lib/verification/review-verification";
import { submitVerification } from "@/lib/verification/submit-verification";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

vi.mock("server-only", () => ({}));
// The download route runs as whoever the test names in the Authorization header, on the test database.
const actorsByToken = new Map<string, Actor>();
vi.mock("@/lib/auth/get-actor", () => ({
  getRequestActor: async (request: Request) => actorsByToken.get(request.headers.get("authorization") ?? "") ?? null,
}));
vi.mock("@/lib/db/client", () => ({ db: () => db() }));

// env() is parsed on first use, after this line; the uploads land in this file's own directory.
const dataDir = mkdtempSync(path.join(tmpdir(), "karavan-verification-"));
process.env.DATA_DIR = dataDir;
const db = setupTestDatabase();
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const dayMs = 86_400_000;
const encode = (text: string) => new TextEncoder().encode(text);
const pdf = () => encode(`%PDF-1.7\n% licence ${randomUUID()}\n%%EOF\n`);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const docx = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const upload = async (actor: Actor, name: string, bytes: Uint8Array) => (await storeAttachment(db(), actor, new File([new Uint8Array(bytes)], name))).id;

const supplierAdmin = () => createActor(db(), { type: "SUPPLIER", roles: ["supplier_admin"] });
const hubStaff = (role: "moderator" | "finance" | "admin") => createActor(db(), { type: "HUB", roles: [role] });

/** A complete submission with a freshly uploaded licence (PDF) and factory photo (PNG). */
async function input(actor: Actor, overrides: Record<string, unknown> = {}) {
  const licence = await upload(actor, "营业执照.pdf", pdf());
  const photo = await upload(actor, "workshop.png", png());
  return {
    creditCode: "9135 0100 M000 100Y43",
    legalRepresentative: "王伟",
    registeredAddress: "苏州工业园区星湖街 328 号",
    exportLicenseNumber: "",
    documents: [
      { kind: "BUSINESS_LICENSE", attachmentId: licence },
      { kind: "FACTORY_PHOTO", attachmentId: photo },
    ],
    ...overrides,
  };
}

const noticesOf = (userId: string, type: string) => db().notification.count({ where: { userId, type } });
const organizationOf = (actor: Actor) => db().organization.findUniqueOrThrow({ where: { id: actor.organization.id } });
const download = (actor: Actor, id: string) => {
  const authorization = `Bearer test-${actor.userId}`;
  actorsByToken.set(authorization, actor);
  return downloadRoute(new Request(`http://localhost/api/v1/attachments/${id}`, { headers: { Authorization: authorization } }), { params: Promise.resolve({ id }) });
};

describe("supplier verification", () => {
  it("goes from submission through rejection and resubmission to a verified badge with expiry and checks", async () => {
    const supplier = await supplierAdmin();
    const member = await createActor(db(), { type: "SUPPLIER", roles: ["supplier"], organizationId: supplier.organization.id });
    const moderator = await hubStaff("moderator");
    const finance = await hubStaff("finance");

    const first = await submitVerification(db(), supplier, await input(supplier));
    expect(first.status).toBe("SUBMITTED");
    expect((await organizationOf(supplier)).verificationStatus).toBe("PENDING");
    const stored = await db().verificationRequest.findUniqueOrThrow({ where: { id: first.id }, include: { documents: true } });
    expect(stored).toMatchObject({ creditCode: "91350100M000100Y43", exportLicenseNumber: null, submittedById: supplier.userId });
    expect(stored.documents.map((d) => d.kind).sort()).toEqual(["BUSINESS_LICENSE", "FACTORY_PHOTO"]);
    expect(await db().auditEvent.count({ where: { action: "verification.submitted", targetId: first.id } })).toBe(1);
    expect(await noticesOf(moderator.userId, "verification.submitted")).toBe(1);
    expect(await noticesOf(finance.userId, "verification.submitted")).toBe(0);
    // One request waits at a time.
    await expect(submitVerification(db(), supplier, await input(supplier))).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "verification:errors.already_submitted" } });

    const queue = await listVerificationQueue(db(), moderator, 1, new Date(Date.now() + 50 * 3_600_000));
    const row = queue.requests.find((r) => r.id === first.id);
    expect(row).toMatchObject({ documentCount: 2, renewal: false, overdue: true });
    expect(queue.requests.map((r) => r.submittedAt.getTime())).toEqual([...queue.requests.map((r) => r.submittedAt.getTime())].sort((a, b) => a - b));

    await reviewVerification(db(), moderator, first.id, { decision: "reject", reasonCode: "licence_unreadable", note: "扫描件太模糊" });
    expect((await organizationOf(supplier)).verificationStatus).toBe("REJECTED");
    expect(await noticesOf(supplier.userId, "verification.rejected")).toBe(1);
    expect(await noticesOf(member.userId, "verification.rejected")).toBe(0);
    const own = await getOwnVerification(db(), supplier);
    expect(own.requests?.[0]).toMatchObject({ status: "REJECTED", reasonCode: "licence_unreadable", reasonNote: "扫描件太模糊" });
    await expect(reviewVerification(db(), moderator, first.id, { decision: "approve", checks: ["licence_authentic"] })).rejects.toMatchObject({ code: "CONFLICT" });

    // The resubmission keeps the earlier photo and adds a sharper licence.
    const photo = stored.documents.find((d) => d.kind === "FACTORY_PHOTO")!.attachmentId;
    const sharper = await upload(supplier, "licence-600dpi.pdf", pdf());
    const second = await submitVerification(db(), supplier, await input(supplier, { documents: [{ kind: "BUSINESS_LICENSE", attachmentId: sharper }, { kind: "FACTORY_PHOTO", attachmentId: photo }] }));
    const checks = ["licence_authentic", "credit_code_registry", "factory_photos"];
    const before = Date.now();
    const approved = await reviewVerification(db(), moderator, second.id, { decision: "approve", checks, note: "" });
    expect(approved).toMatchObject({ status: "APPROVED", organizationStatus: "VERIFIED" });
    const organization = await organizationOf(supplier);
    expect(organization).toMatchObject({ verificationStatus: "VERIFIED", verificationChecks: checks, verificationReminderAt: null });
    expect(organization.verifiedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(organization.verificationExpiresAt!.getTime() - organization.verifiedAt!.getTime()).toBe(365 * dayMs);
    expect(await noticesOf(supplier.userId, "verification.approved")).toBe(1);
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "verification.approved", targetId: second.id } })).toMatchObject({ actorUserId: moderator.userId, organizationId: supplier.organization.id });
    expect(can(await loadActor(db(), supplier.userId, "session"), "rfq:quote", { organizationId: supplier.organization.id })).toBe(true);
  });

  it("asks for more documents with a reason, and takes a new submission afterwards", async () => {
    const supplier = await supplierAdmin();
    const admin = await hubStaff("admin");
    const request = await submitVerification(db(), supplier, await input(supplier));
    await expect(reviewVerification(db(), admin, request.id, { decision: "request_more_info", reasonCode: "other" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { note: "field.reason_required" } } });
    await expect(reviewVerification(db(), admin, request.id, { decision: "approve", checks: [] })).rejects.toMatchObject({ details: { fields: { checks: "field.checks_required" } } });
    await reviewVerification(db(), admin, request.id, { decision: "request_more_info", reasonCode: "export_licence_missing" });
    expect(await db().verificationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "MORE_INFO_REQUESTED", reasonCode: "export_licence_missing", decidedById: admin.userId });
    expect((await organizationOf(supplier)).verificationStatus).toBe("PENDING");
    expect(await noticesOf(supplier.userId, "verification.more_info_requested")).toBe(1);
    const licence = await upload(supplier, "export.pdf", pdf());
    const again = await submitVerification(db(), supplier, await input(supplier, { exportLicenseNumber: "3205-2026-0042" }).then((i) => ({ ...i, documents: [...i.documents, { kind: "EXPORT_LICENSE", attachmentId: licence }] })));
    expect(again.status).toBe("SUBMITTED");
  });

  it("refuses a wrong credit code or wrong documents with field errors and writes nothing", async () => {
    const supplier = await supplierAdmin();
    const other = await supplierAdmin();
    const refused = async (overrides: Record<string, unknown>, field: string, key: string) => {
      await expect(submitVerification(db(), supplier, await input(supplier, overrides))).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { [field]: key } } });
    };
    await refused({ creditCode: "91350100M000100Y44" }, "creditCode", "field.credit_code_checksum");
    await refused({ creditCode: "9135010OM000100Y43" }, "creditCode", "field.credit_code_format");
    await refused({ creditCode: "" }, "creditCode", "field.required");
    await refused({ documents: [] }, "documents.BUSINESS_LICENSE", "field.verification_document_required");
    const photo = await upload(supplier, "p.png", png());
    await refused({ documents: [{ kind: "BUSINESS_LICENSE", attachmentId: await upload(supplier, "l.docx", docx()) }, { kind: "FACTORY_PHOTO", attachmentId: photo }] }, "documents.BUSINESS_LICENSE", "verification:errors.document_type");
    await refused({ documents: [{ kind: "BUSINESS_LICENSE", attachmentId: await upload(supplier, "l.pdf", pdf()) }, { kind: "FACTORY_PHOTO", attachmentId: await upload(supplier, "p.pdf", pdf()) }] }, "documents.FACTORY_PHOTO", "verification:errors.photo_type");
    await refused({ documents: [{ kind: "BUSINESS_LICENSE", attachmentId: await upload(other, "theirs.pdf", pdf()) }, { kind: "FACTORY_PHOTO", attachmentId: photo }] }, "documents.BUSINESS_LICENSE", "verification:errors.document_unavailable");
    expect(await db().verificationRequest.count({ where: { organizationId: supplier.organization.id } })).toBe(0);
    expect((await organizationOf(supplier)).verificationStatus).toBe("UNVERIFIED");
    expect(await db().auditEvent.count({ where: { organizationId: supplier.organization.id, action: { startsWith: "verification." } } })).toBe(0);
  });

  it("reminds once before expiry and then ends the verification, once, whenever the job runs", async () => {
    const supplier = await supplierAdmin();
    const moderator = await hubStaff("moderator");
    const request = await submitVerification(db(), supplier, await input(supplier));
    const start = new Date();
    const { expiresAt } = await reviewVerification(db(), moderator, request.id, { decision: "approve", checks: ["licence_authentic"] }, { now: start, validDays: 40 });
    expect(expiresAt!.getTime() - start.getTime()).toBe(40 * dayMs);
    const id = supplier.organization.id;

    await expireVerifications(db(), { now: new Date(start.getTime() + 5 * dayMs), reminderDays: 30 });
    expect((await organizationOf(supplier)).verificationReminderAt).toBeNull();
    const remindAt = new Date(start.getTime() + 15 * dayMs);
    await expireVerifications(db(), { now: remindAt, reminderDays: 30 });
    await expireVerifications(db(), { now: new Date(remindAt.getTime() + dayMs), reminderDays: 30 });
    expect((await organizationOf(supplier)).verificationReminderAt).toEqual(remindAt);
    expect(await noticesOf(supplier.userId, "verification.expiring")).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId: id, action: "verification.expiry_reminded" } })).toBe(1);

    const after = new Date(expiresAt!.getTime() + 60_000);
    await Promise.all([expireVerifications(db(), { now: after }), expireVerifications(db(), { now: after })]);
    await expireVerifications(db(), { now: after });
    expect(await organizationOf(supplier)).toMatchObject({ verificationStatus: "UNVERIFIED", verifiedAt: null, verificationExpiresAt: expiresAt });
    expect(await noticesOf(supplier.userId, "verification.expired")).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId: id, action: "verification.expired" } })).toBe(1);
    expect(can(await loadActor(db(), supplier.userId, "session"), "rfq:quote", { organizationId: id })).toBe(false);
  });

  it("keeps a renewing supplier verified while it waits, skips its reminder, and leaves it PENDING at expiry", async () => {
    const supplier = await supplierAdmin();
    const moderator = await hubStaff("moderator");
    const start = new Date();
    const first = await submitVerification(db(), supplier, await input(supplier));
    const { expiresAt } = await reviewVerification(db(), moderator, first.id, { decision: "approve", checks: ["site_visit"] }, { now: start, validDays: 20 });
    const renewal = await submitVerification(db(), supplier, await input(supplier));
    expect((await organizationOf(supplier)).verificationStatus).toBe("VERIFIED");
    expect((await listVerificationQueue(db(), moderator)).requests.find((r) => r.id === renewal.id)?.renewal).toBe(true);
    await expireVerifications(db(), { now: new Date(start.getTime() + 10 * dayMs), reminderDays: 30 });
    expect(await noticesOf(supplier.userId, "verification.expiring")).toBe(0);
    await expireVerifications(db(), { now: new Date(expiresAt!.getTime() + 1) });
    expect((await organizationOf(supplier)).verificationStatus).toBe("PENDING");
    await reviewVerification(db(), moderator, renewal.id, { decision: "reject", reasonCode: "licence_expired" });
    expect((await organizationOf(supplier)).verificationStatus).toBe("REJECTED");
  });

  it("never expires a supplier verified without an expiry date (imported as verified)", async () => {
    const supplier = await supplierAdmin();
    await db().organization.update({ where: { id: supplier.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
    await expireVerifications(db(), { now: new Date(Date.now() + 5000 * dayMs) });
    expect((await organizationOf(supplier)).verificationStatus).toBe("VERIFIED");
  });
});

describe("who may see and decide verification requests", () => {
  it("shows the documents to the supplier's admins and hub staff only, and lets only moderators and hub admins decide", async () => {
    const supplier = await supplierAdmin();
    const member = await createActor(db(), { type: "SUPPLIER", roles: ["supplier"], organizationId: supplier.organization.id });
    const otherSupplier = await supplierAdmin();
    const buyer = await createActor(db(), { type: "BUYER" });
    const [moderator, finance, admin] = await Promise.all([hubStaff("moderator"), hubStaff("finance"), hubStaff("admin")]);
    const request = await submitVerification(db(), supplier, await input(supplier));
    const licence = (await db().verificationDocument.findFirstOrThrow({ where: { requestId: request.id, kind: "BUSINESS_LICENSE" } })).attachmentId;

    for (const reader of [supplier, moderator, finance, admin]) expect(await canReadAttachment(db(), reader, licence)).toBe(true);
    for (const outsider of [member, otherSupplier, buyer]) {
      expect(await canReadAttachment(db(), outsider, licence)).toBe(false);
      expect((await download(outsider, licence)).status).toBe(404);
      await expect(getVerificationRequest(db(), outsider, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(reviewVerification(db(), outsider, request.id, { decision: "approve", checks: ["licence_authentic"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listVerificationQueue(db(), outsider)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(can(outsider, "page:hub")).toBe(false);
    }
    expect((await download(supplier, licence)).status).toBe(200);
    expect((await download(moderator, licence)).status).toBe(200);

    // The supplier's other members see the status but neither the requests nor a way to submit.
    expect((await getOwnVerification(db(), member)).requests).toBeNull();
    await expect(submitVerification(db(), member, await input(supplier))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Buyers' admins submit their own company's documents (tests/integration/buyer-verification.test.ts), never a supplier's.
    await expect(submitVerification(db(), buyer, {})).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect((await getOwnVerification(db(), buyer)).requests).toEqual([]);
    // Another company's uploads cannot be passed off as one's own documents.
    await expect(submitVerification(db(), otherSupplier, await input(otherSupplier, { documents: [{ kind: "BUSINESS_LICENSE", attachmentId: licence }, { kind: "FACTORY_PHOTO", attachmentId: await upload(otherSupplier, "p.png", png()) }] }))).rejects.toMatchObject({
      details: { fields: { "documents.BUSINESS_LICENSE": "verification:errors.document_unavailable" } },
    });

    const own = await getVerificationRequest(db(), supplier, request.id);
    expect(own.review).toBeNull();
    expect(own.request.documents).toHaveLength(2);

    // Finance reads files (hub staff) but neither sees the queue nor decides.
    expect(can(finance, "verification:review")).toBe(false);
    await expect(listVerificationQueue(db(), finance)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getVerificationRequest(db(), finance, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewVerification(db(), finance, request.id, { decision: "reject", reasonCode: "name_mismatch" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const seen = await getVerificationRequest(db(), moderator, request.id);
    expect(seen.review?.submittedBy).toMatchObject({ id: supplier.userId });
    await expect(getVerificationRequest(db(), moderator, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getVerificationRequest(db(), moderator, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewVerification(db(), moderator, request.id, { decision: "approve", checks: ["licence_authentic"] })).resolves.toMatchObject({ status: "APPROVED" });
  });
});
