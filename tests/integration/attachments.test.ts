import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { canReadAttachment } from "@/lib/attachments/can-read-attachment";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { getAttachmentForActor } from "@/lib/attachments/get-attachment-for-actor";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import type { FileStorage } from "@/lib/storage/types";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { GET as mediaRoute } from "@/app/media/[...key]/route";
import { POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

// lib/env/server.ts and lib/storage/file-storage.ts are marked server-only; this file is the server.
vi.mock("server-only", () => ({}));
// The routes run as whoever the test names in the Authorization header, on the test database;
// the session and token machinery has its own tests.
const actorsByToken = new Map<string, Actor>();
vi.mock("@/lib/auth/get-actor", () => ({
  getRequestActor: async (request: Request) => actorsByToken.get(request.headers.get("authorization") ?? "") ?? null,
}));
vi.mock("@/lib/db/client", () => ({ db: () => db() }));

// env() parses process.env once, on first use — after these lines. Each test file has its own
// module graph, so this DATA_DIR and limit stay local to this file.
const dataDir = mkdtempSync(path.join(tmpdir(), "karavan-attachments-"));
process.env.DATA_DIR = dataDir;
process.env.UPLOAD_MAX_ATTACHMENT_MB = "1";
const limitBytes = 1024 * 1024;
const storage = new LocalFileStorage(path.join(dataDir, "files"));

const db = setupTestDatabase();

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const encode = (text: string) => new TextEncoder().encode(text);
const pdfBytes = () => encode(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${randomUUID()}\n%%EOF\n`);
const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const exeBytes = () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const file = (bytes: Uint8Array, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

/** Every stored file of an organization's attachments. */
async function filesOf(organizationId: string): Promise<string[]> {
  try {
    return await readdir(path.join(dataDir, "files", "attachments", organizationId));
  } catch {
    return [];
  }
}

const upload = (actor: Actor, name = "spec.pdf", bytes = pdfBytes()) => storeAttachment(db(), actor, file(bytes, name));

function token(actor: Actor): string {
  const header = `Bearer test-${actor.userId}`;
  actorsByToken.set(header, actor);
  return header;
}

const noParams = { params: Promise.resolve({}) as Promise<Record<string, never>> };

function multipart(actor: Actor, form: FormData, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/v1/attachments", { method: "POST", body: form, headers: { Authorization: token(actor), ...headers } });
}

const download = (actor: Actor, id: string) =>
  downloadRoute(new Request(`http://localhost/api/v1/attachments/${id}`, { headers: { Authorization: token(actor) } }), { params: Promise.resolve({ id }) });

describe("uploading attachments", () => {
  it("stores the bytes under an unguessable key of the organization, then the row and an audit event", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const stored = await upload(buyer, "图纸 v2.pdf");
    expect(stored).toMatchObject({ fileName: "图纸 v2.pdf", contentType: "application/pdf", url: `/api/v1/attachments/${stored.id}` });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ organizationId: buyer.organization.id, uploadedById: buyer.userId, byteSize: stored.byteSize });
    expect(row.storageKey).toMatch(new RegExp(`^attachments/${buyer.organization.id}/[0-9a-f-]{36}$`));
    expect(await storage.exists(row.storageKey)).toBe(true);
    // The public media route serves listing photos only, never this key.
    const media = await mediaRoute(new Request(`http://localhost/media/${row.storageKey}`), { params: Promise.resolve({ key: row.storageKey.split("/") }) });
    expect(media.status).toBe(404);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "attachment.uploaded", targetId: stored.id } });
    expect(audit).toMatchObject({ actorUserId: buyer.userId, organizationId: buyer.organization.id, data: { fileName: "图纸 v2.pdf", contentType: "application/pdf" } });
  });

  it("goes by the bytes: an EXE named .pdf is refused, a PNG named .pdf is kept as a PNG", async () => {
    const supplier = await createActor(db(), { type: "SUPPLIER" });
    await expect(upload(supplier, "drawing.pdf", exeBytes())).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.attachment_type_unsupported" } } });
    expect(await db().attachment.count({ where: { organizationId: supplier.organization.id } })).toBe(0);
    expect(await filesOf(supplier.organization.id)).toEqual([]);

    const png = await upload(supplier, "drawing.pdf", pngBytes());
    expect(png).toMatchObject({ contentType: "image/png", fileName: "drawing.png" });
  });

  it("refuses an empty file and one over UPLOAD_MAX_ATTACHMENT_MB before reading it, storing nothing", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const tooLarge = new Uint8Array(limitBytes + 1);
    tooLarge.set(pdfBytes());
    await expect(upload(buyer, "big.pdf", tooLarge)).rejects.toMatchObject({ details: { fields: { file: "field.file_too_large" } } });
    await expect(storeAttachment(db(), buyer, file(new Uint8Array(0), "empty.pdf"))).rejects.toMatchObject({ details: { fields: { file: "field.file_required" } } });
    await expect(storeAttachment(db(), buyer, null)).rejects.toMatchObject({ details: { fields: { file: "field.file_required" } } });
    const atLimit = new Uint8Array(limitBytes);
    atLimit.set(pdfBytes());
    await expect(upload(buyer, "exactly.pdf", atLimit)).resolves.toMatchObject({ byteSize: limitBytes });
    expect(await db().attachment.count({ where: { organizationId: buyer.organization.id } })).toBe(1);
  });

  it("is for buyers and suppliers, not trade-hub staff", async () => {
    const hub = await createActor(db(), { type: "HUB", roles: ["admin"] });
    await expect(upload(hub)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("leaves no row when the file cannot be written", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const broken: FileStorage = { put: () => Promise.reject(new Error("disk full")), get: (key) => storage.get(key), exists: (key) => storage.exists(key), delete: (key) => storage.delete(key) };
    await expect(storeAttachment(db(), buyer, file(pdfBytes(), "spec.pdf"), { storage: broken })).rejects.toThrow("disk full");
    expect(await db().attachment.count({ where: { organizationId: buyer.organization.id } })).toBe(0);
  });

  it("leaves no file when the row cannot be written", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const failing = new Proxy(db(), {
      get: (target, property, receiver) => (property === "$transaction" ? () => Promise.reject(new Error("database unavailable")) : Reflect.get(target, property, receiver)),
    }) as Db;
    await expect(storeAttachment(failing, buyer, file(pdfBytes(), "spec.pdf"))).rejects.toThrow("database unavailable");
    expect(await filesOf(buyer.organization.id)).toEqual([]);
    expect(await db().attachment.count({ where: { organizationId: buyer.organization.id } })).toBe(0);
  });
});

describe("POST /api/v1/attachments", () => {
  it("answers 201 with the metadata and its URL", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const form = new FormData();
    form.set("file", file(encode("sku,qty\nкабель,100\n"), "Заказ.csv", "text/csv"));
    const response = await uploadRoute(multipart(buyer, form), noParams);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string };
    expect(body).toMatchObject({ fileName: "Заказ.csv", contentType: "text/csv", url: `/api/v1/attachments/${body.id}` });
    expect(response.headers.get("location")).toBe(body.url);
  });

  it("refuses a 50 MB upload by its Content-Length with a localized message, storing nothing", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const form = new FormData();
    form.set("file", file(pdfBytes(), "big.pdf"));
    const response = await uploadRoute(multipart({ ...buyer, locale: "ru" }, form, { "Content-Length": String(50 * 1024 * 1024) }), noParams);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: "VALIDATION_FAILED", message: expect.any(String), fields: { file: "Файл больше допустимого размера." } } });
    expect(await db().attachment.count({ where: { organizationId: buyer.organization.id } })).toBe(0);
  });

  it("stops reading a body without Content-Length once it passes the limit", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const form = new FormData();
    const big = new Uint8Array(2 * limitBytes);
    big.set(pdfBytes());
    form.set("file", file(big, "big.pdf"));
    // Re-sent as a stream, so no Content-Length is known up front.
    const encoded = new Response(form);
    const request = new Request("http://localhost/api/v1/attachments", {
      method: "POST",
      body: encoded.body,
      headers: { Authorization: token(buyer), "Content-Type": encoded.headers.get("content-type")! },
      duplex: "half",
    } as RequestInit);
    const response = await uploadRoute(request, noParams);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ file: "The file is larger than the upload limit." });
  });

  it("refuses an executable with the unsupported-type message", async () => {
    const supplier = await createActor(db(), { type: "SUPPLIER" });
    const form = new FormData();
    form.set("file", file(exeBytes(), "invoice.pdf"));
    const response = await uploadRoute(multipart(supplier, form), noParams);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.file).toMatch(/^Attach a PDF/);
  });

  it("answers 401 without credentials", async () => {
    const response = await uploadRoute(new Request("http://localhost/api/v1/attachments", { method: "POST", body: new FormData() }), noParams);
    expect(response.status).toBe(401);
  });
});

describe("claiming attachments", () => {
  it("returns the organization's own unlinked uploads, once each", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const colleague = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: buyer.organization.id });
    const a = await upload(buyer);
    const b = await upload(colleague);
    await expect(db().$transaction((tx) => claimAttachments(tx, buyer, [a.id, b.id, a.id.toUpperCase()]))).resolves.toEqual([a.id, b.id]);
    await expect(db().$transaction((tx) => claimAttachments(tx, buyer, []))).resolves.toEqual([]);
  });

  it("refuses another organization's upload, an unknown or malformed ID, one already linked, and more than ten", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const otherBuyer = await createActor(db(), { type: "BUYER" });
    const own = await upload(buyer);
    const foreign = await upload(otherBuyer);
    const claim = (ids: string[]) => db().$transaction((tx) => claimAttachments(tx, buyer, ids));
    const invalid = { code: "VALIDATION_FAILED", details: { fields: { attachments: "field.invalid" } } };
    await expect(claim([own.id, foreign.id])).rejects.toMatchObject(invalid);
    await expect(claim([randomUUID()])).rejects.toMatchObject(invalid);
    await expect(claim(["../etc/passwd"])).rejects.toMatchObject(invalid);

    const { rfq } = await rfqWith(buyer, []);
    await db().rfqAttachment.create({ data: { rfqId: rfq.id, attachmentId: own.id } });
    await expect(claim([own.id])).rejects.toMatchObject(invalid);

    const many = await Promise.all(Array.from({ length: 11 }, () => upload(buyer)));
    await expect(claim(many.map((a) => a.id))).rejects.toMatchObject({ details: { fields: { attachments: "field.too_many_attachments" } } });
    await expect(claim(many.slice(0, 10).map((a) => a.id))).resolves.toHaveLength(10);
  });

  // The embedded database runs one transaction at a time, so there this passes with or without
  // the row lock; against a PostgreSQL server (TEST_DATABASE_URL) it is what checks the lock.
  it("lets only one of two simultaneous claims of the same upload link it", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const shared = await upload(buyer);
    const first = await rfqWith(buyer, []);
    const second = await rfqWith(buyer, []);
    const link = (rfqId: string) =>
      db().$transaction(async (tx) => {
        for (const attachmentId of await claimAttachments(tx, buyer, [shared.id])) await tx.rfqAttachment.create({ data: { rfqId, attachmentId } });
      });
    const results = await Promise.allSettled([link(first.rfq.id), link(second.rfq.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().rfqAttachment.count({ where: { attachmentId: shared.id } })).toBe(1);
  });
});

let sequence = 0;

async function rfqWith(buyer: Actor, recipients: Actor[]) {
  const category = await db().category.create({ data: { slug: `cable-${randomUUID()}`, names: { en: "Power cable" } } });
  sequence += 1;
  const rfq = await db().rfq.create({
    data: {
      number: `RFQ-2026-${String(sequence).padStart(6, "0")}-${randomUUID().slice(0, 4)}`,
      buyerId: buyer.organization.id,
      createdById: buyer.userId,
      title: "Copper power cable 3x2.5",
      description: "50 drums, GOST 31996",
      language: "ru",
      categoryId: category.id,
      quantity: 50_000,
      unit: "m",
      incoterm: "DAP",
      namedPlace: "Almaty",
      destinationCountry: "KZ",
      destinationCity: "Almaty",
      requiredBy: new Date("2027-03-01"),
      expiresAt: new Date("2027-01-15T00:00:00Z"),
      visibility: "INVITED",
      status: "OPEN",
      publishedAt: new Date(),
      recipients: { create: recipients.map((supplier) => ({ supplierId: supplier.organization.id, invited: true })) },
    },
  });
  return { rfq };
}

async function quoteWithRevision(rfqId: string, supplier: Actor) {
  return db().quote.create({
    data: {
      rfqId,
      supplierId: supplier.organization.id,
      revisions: {
        create: {
          number: 1,
          kind: "OFFER",
          authorUserId: supplier.userId,
          authorOrgId: supplier.organization.id,
          unitPriceMinor: 1240n,
          currency: "CNY",
          quantity: 50_000,
          leadTimeDays: 25,
          incoterm: "DAP",
          namedPlace: "Almaty",
          validUntil: new Date("2027-01-31T00:00:00Z"),
        },
      },
    },
    include: { revisions: true },
  });
}

describe("who may read an attachment", () => {
  it("follows what it is attached to, and nothing else", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const colleague = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: buyer.organization.id });
    const supplierA = await createActor(db(), { type: "SUPPLIER" });
    const supplierB = await createActor(db(), { type: "SUPPLIER" });
    const otherBuyer = await createActor(db(), { type: "BUYER" });
    const otherSupplier = await createActor(db(), { type: "SUPPLIER" });
    const hub = await createActor(db(), { type: "HUB", roles: ["moderator"] });

    const { rfq } = await rfqWith(buyer, [supplierA, supplierB]);
    const rfqFile = await upload(buyer, "Чертёж.pdf");
    await db().rfqAttachment.create({ data: { rfqId: rfq.id, attachmentId: rfqFile.id } });

    const quoteA = await quoteWithRevision(rfq.id, supplierA);
    const quoteAFile = await upload(supplierA, "offer-a.pdf");
    await db().quoteAttachment.create({ data: { revisionId: quoteA.revisions[0]!.id, attachmentId: quoteAFile.id } });
    const quoteB = await quoteWithRevision(rfq.id, supplierB);
    const quoteBFile = await upload(supplierB, "offer-b.pdf");
    await db().quoteAttachment.create({ data: { revisionId: quoteB.revisions[0]!.id, attachmentId: quoteBFile.id } });

    // The buyer writes to A only; A sees the buyer's file through the message, B never does.
    const messageFile = await upload(buyer, "comments.pdf");
    await db().quoteMessage.create({
      data: { quoteId: quoteA.id, authorUserId: buyer.userId, authorOrgId: buyer.organization.id, body: "See our comments", attachments: { create: { attachmentId: messageFile.id } } },
    });

    const order = await db().order.create({
      data: {
        number: `ORD-2026-${randomUUID().slice(0, 8)}`,
        buyerId: buyer.organization.id,
        supplierId: supplierA.organization.id,
        quoteId: quoteA.id,
        rfqId: rfq.id,
        currency: "CNY",
        totalMinor: 62_000_000n,
        incoterm: "DAP",
        namedPlace: "Almaty",
      },
    });
    const invoice = await upload(supplierA, "commercial-invoice.pdf");
    await db().orderDocument.create({ data: { orderId: order.id, attachmentId: invoice.id, kind: "COMMERCIAL_INVOICE" } });

    const draft = await upload(buyer, "not-attached-yet.pdf");

    const actors = { buyer, colleague, supplierA, supplierB, otherBuyer, otherSupplier, hub };
    const expected: Record<string, { id: string; readers: (keyof typeof actors)[] }> = {
      rfq: { id: rfqFile.id, readers: ["buyer", "colleague", "supplierA", "supplierB", "hub"] },
      "quote A": { id: quoteAFile.id, readers: ["buyer", "colleague", "supplierA", "hub"] },
      "quote B": { id: quoteBFile.id, readers: ["buyer", "colleague", "supplierB", "hub"] },
      message: { id: messageFile.id, readers: ["buyer", "colleague", "supplierA", "hub"] },
      "order document": { id: invoice.id, readers: ["buyer", "colleague", "supplierA", "hub"] },
      unlinked: { id: draft.id, readers: ["buyer", "colleague", "hub"] },
    };
    const actual: Record<string, string[]> = {};
    for (const [label, { id }] of Object.entries(expected)) {
      actual[label] = [];
      for (const [name, actor] of Object.entries(actors)) {
        const can = await canReadAttachment(db(), actor, id);
        const got = await getAttachmentForActor(db(), actor, id).then(
          () => true,
          (error: unknown) => {
            expect(error).toMatchObject({ code: "NOT_FOUND" });
            return false;
          },
        );
        expect(got, `${name} on ${label}: canRead and get agree`).toBe(can);
        if (can) actual[label].push(name);
      }
    }
    expect(actual).toEqual(Object.fromEntries(Object.entries(expected).map(([label, { readers }]) => [label, readers])));

    // Through the route: the same 404 for "not yours" as for "no such ID".
    const denied = await download(supplierB, quoteAFile.id);
    const missing = await download(supplierB, randomUUID());
    const malformed = await download(supplierB, "not-a-uuid");
    for (const response of [denied, missing, malformed]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    }
    expect(await canReadAttachment(db(), hub, randomUUID())).toBe(false);
  });
});

describe("GET /api/v1/attachments/{id}", () => {
  it("sends the file privately, as a download named in UTF-8, with the sniffed type", async () => {
    const supplier = await createActor(db(), { type: "SUPPLIER" });
    const bytes = pdfBytes();
    const stored = await upload(supplier, "Сертификат ЕАС 图纸.pdf", bytes);
    const response = await download(supplier, stored.id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename="__________ ___ __.pdf"; filename*=UTF-8''${encodeURIComponent("Сертификат ЕАС 图纸.pdf")}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);

    const text = await upload(supplier, "packing list.txt", encode("12 drums\n"));
    expect((await download(supplier, text.id)).headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("answers 404 when the row's file is gone from storage", async () => {
    const buyer = await createActor(db(), { type: "BUYER" });
    const stored = await upload(buyer);
    const row = await db().attachment.findUniqueOrThrow({ where: { id: stored.id } });
    await storage.delete(row.storageKey);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await download(buyer, stored.id)).status).toBe(404);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
