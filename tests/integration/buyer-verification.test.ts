import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { transitionOrder } from "@/lib/orders/transition-order";
import { acceptQuote } from "@/lib/rfq/accept-quote";
import { createRfq } from "@/lib/rfq/create-rfq";
import { submitQuote } from "@/lib/rfq/submit-quote";
import { expireVerifications } from "@/lib/verification/expire-verifications";
import { getOwnVerification } from "@/lib/verification/get-own-verification";
import { listVerificationQueue } from "@/lib/verification/list-verification-queue";
import { reviewVerification } from "@/lib/verification/review-verification";
import { submitVerification } from "@/lib/verification/submit-verification";
import { createActor } from "../support/factories";
import { seedSettlementBasics } from "../support/settlement-fixtures";
import { setupTestDatabase } from "../support/setup-test-db";

vi.mock("server-only", () => ({}));

const dataDir = mkdtempSync(path.join(tmpdir(), "karavan-buyer-verification-"));
process.env.DATA_DIR = dataDir;
const db = setupTestDatabase();
beforeAll(() => seedSettlementBasics(db()));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const day = 86_400_000;
const pdf = () => new TextEncoder().encode(`%PDF-1.7\n% certificate ${randomUUID()}\n%%EOF\n`);
const upload = async (actor: Actor) => (await storeAttachment(db(), actor, new File([pdf()], "certificate.pdf"))).id;

/** A valid KZ BIN: eleven digits and the check digit computed from the published weights. */
function bin(first11: string): string {
  const digits = [...first11].map(Number);
  let check = digits.reduce((sum, digit, i) => sum + digit * (i + 1), 0) % 11;
  if (check === 10) check = digits.reduce((sum, digit, i) => sum + digit * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
  if (check === 10) throw new Error("no valid BIN with this body");
  return `${first11}${check}`;
}
const validBin = bin("04034000123");

async function buyerInput(actor: Actor, creditCode = validBin) {
  return { creditCode, legalRepresentative: "Айгерим Садыкова", registeredAddress: "Алматы, проспект Абая, 10", documents: [{ kind: "BUSINESS_LICENSE", attachmentId: await upload(actor) }] };
}

/** An order from a verified CN supplier to the buyer, placed but not yet confirmed (quantity × 600 CNY). */
async function placedOrder(buyer: Actor, quantity: number) {
  const created = await createActor(db(), { type: "SUPPLIER" });
  await db().organization.update({ where: { id: created.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const supplier = (await loadActor(db(), created.userId, "session"))!;
  const rfq = await createRfq(db(), buyer, {
    title: `Panels ${randomUUID().slice(0, 6)}`, description: "450 W", categorySlug: "solar-panel", quantity, unit: "pc", incoterm: "DAP", namedPlace: "Almaty",
    destination: { country: "KZ", city: "Almaty" }, requiredBy: new Date(Date.now() + 60 * day).toISOString().slice(0, 10), expiresAt: new Date(Date.now() + 7 * day).toISOString(),
    visibility: "INVITED", invitedSupplierIds: [supplier.organization.id],
  });
  const quote = await submitQuote(db(), supplier, rfq.id, {
    unitPrice: { amount: "600.00", currency: "CNY" }, quantity, leadTimeDays: 20, incoterm: "DAP", namedPlace: "Almaty", validUntil: new Date(Date.now() + 5 * day).toISOString(),
  });
  const { order } = await acceptQuote(db(), buyer, quote.id);
  return { supplier, order };
}

const moderator = () => createActor(db(), { type: "HUB", roles: ["moderator"] });
const statusOf = (actor: Actor) => db().organization.findUniqueOrThrow({ where: { id: actor.organization.id }, select: { verificationStatus: true } });
const notices = (userId: string, type: string) => db().notification.count({ where: { userId, type } });

describe("buyer verification", () => {
  it("takes a KZ buyer's valid BIN and certificate, shows it in the hub queue as a buyer, and a moderator approves", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const staff = await moderator();
    const submitted = await submitVerification(db(), buyer, await buyerInput(buyer, `${validBin.slice(0, 4)} ${validBin.slice(4, 8)} ${validBin.slice(8)}`));
    expect(submitted.status).toBe("SUBMITTED");
    expect(await db().verificationRequest.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({ creditCode: validBin, organizationId: buyer.organization.id });
    expect(await statusOf(buyer)).toEqual({ verificationStatus: "PENDING" });

    const queue = await listVerificationQueue(db(), staff);
    expect(queue.requests.find((r) => r.id === submitted.id)?.organization.type).toBe("BUYER");

    await reviewVerification(db(), staff, submitted.id, { decision: "approve", checks: ["licence_authentic", "company_name"] });
    expect(await statusOf(buyer)).toEqual({ verificationStatus: "VERIFIED" });
    expect(await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, type: "verification.buyer_approved" } })).toMatchObject({ link: "/buyer/verification" });
    expect((await getOwnVerification(db(), buyer)).requests?.[0]).toMatchObject({ status: "APPROVED" });
  });

  it("refuses an invalid BIN or a missing certificate with field errors and writes nothing", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const wrongCheck = `${validBin.slice(0, 11)}${(Number(validBin[11]) + 1) % 10}`;
    await expect(submitVerification(db(), buyer, await buyerInput(buyer, wrongCheck))).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { creditCode: "field.registration_number_checksum" } } });
    await expect(submitVerification(db(), buyer, await buyerInput(buyer, "91350100M000100Y43"))).rejects.toMatchObject({ details: { fields: { creditCode: "field.registration_number_format" } } });
    await expect(submitVerification(db(), buyer, { ...(await buyerInput(buyer)), documents: [] })).rejects.toMatchObject({ details: { fields: { "documents.BUSINESS_LICENSE": "field.registration_certificate_required" } } });
    expect(await db().verificationRequest.count({ where: { organizationId: buyer.organization.id } })).toBe(0);
    expect(await statusOf(buyer)).toEqual({ verificationStatus: "UNVERIFIED" });
    // Plain buyers (not admins) cannot submit.
    const member = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: buyer.organization.id });
    await expect(submitVerification(db(), member, await buyerInput(member))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps a large order from being confirmed until the buyer is verified, and leaves small orders alone", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const staff = await moderator();
    // 1,000 × 600 CNY ≈ 84,000 USD at the fixture rate: under the default threshold, over a 50,000 one.
    const large = await placedOrder(buyer, 1000);
    await expect(transitionOrder(db(), large.supplier, large.order.id, { to: "CONFIRMED" }, { buyerReviewOrderUsd: 50_000 })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { messageKey: "verification:errors.buyer_review_required" },
    });
    expect(await db().order.findUniqueOrThrow({ where: { id: large.order.id }, select: { status: true } })).toEqual({ status: "PENDING_SUPPLIER_CONFIRMATION" });
    expect(await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, type: "verification.buyer_review_required" } })).toMatchObject({ link: "/buyer/verification", data: { orderNumber: large.order.number } });
    // Someone else's attempt learns nothing: the usual answer, no notice.
    const stranger = await createActor(db(), { type: "SUPPLIER" });
    await expect(transitionOrder(db(), stranger, large.order.id, { to: "CONFIRMED" }, { buyerReviewOrderUsd: 50_000 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await notices(buyer.userId, "verification.buyer_review_required")).toBe(1);

    const small = await placedOrder(buyer, 10);
    await expect(transitionOrder(db(), small.supplier, small.order.id, { to: "CONFIRMED" }, { buyerReviewOrderUsd: 50_000 })).resolves.toMatchObject({ status: "CONFIRMED" });
    // The default threshold (100,000 USD) lets the 84,000 USD order through even unverified.
    const belowDefault = await placedOrder(buyer, 1000);
    await expect(transitionOrder(db(), belowDefault.supplier, belowDefault.order.id, { to: "CONFIRMED" })).resolves.toMatchObject({ status: "CONFIRMED" });

    const request = await submitVerification(db(), buyer, await buyerInput(buyer));
    await reviewVerification(db(), staff, request.id, { decision: "approve", checks: ["licence_authentic"] });
    await expect(transitionOrder(db(), large.supplier, large.order.id, { to: "CONFIRMED" }, { buyerReviewOrderUsd: 50_000 })).resolves.toMatchObject({ status: "CONFIRMED" });
    expect(await notices(buyer.userId, "verification.buyer_review_required")).toBe(1);
  });
});

describe("buyer verification expiry", () => {
  it("reminds a verified buyer and lapses it like a supplier, in the buyers' own words", async () => {
    const buyer = await createActor(db(), { type: "BUYER", roles: ["buyer_admin"] });
    const day = 86_400_000;
    await db().organization.update({ where: { id: buyer.organization.id }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date(), verificationExpiresAt: new Date(Date.now() + 5 * day) } });
    await expireVerifications(db(), { reminderDays: 30 });
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "verification.buyer_expiring", link: "/buyer/verification" } })).toBe(1);
    await expireVerifications(db(), { now: new Date(Date.now() + 6 * day) });
    expect((await db().organization.findUniqueOrThrow({ where: { id: buyer.organization.id } })).verificationStatus).toBe("UNVERIFIED");
    expect(await db().notification.count({ where: { userId: buyer.userId, type: "verification.buyer_expired" } })).toBe(1);
  });
});
