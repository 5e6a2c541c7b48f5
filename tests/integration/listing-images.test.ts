import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ListingStatus } from "@/lib/db/generated/enums.ts";
import { getListing } from "@/lib/catalog/get-listing";
import { getListingCards } from "@/lib/catalog/get-listing-cards";
import { addListingImage } from "@/lib/listings/images/add-listing-image";
import { copyListingImages } from "@/lib/listings/images/copy-listing-images";
import { listOwnListingImages } from "@/lib/listings/images/list-own-listing-images";
import { readImageUpload } from "@/lib/listings/images/read-image-upload";
import { removeListingImage } from "@/lib/listings/images/remove-listing-image";
import { updateListingImage } from "@/lib/listings/images/update-listing-image";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import type { FileStorage } from "@/lib/storage/types";
import { GET as getMedia } from "@/app/media/[...key]/route";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

// lib/env/server.ts and lib/storage/file-storage.ts are marked server-only; this file is the server.
vi.mock("server-only", () => ({}));

// env() parses process.env once, on first use — which is after these lines, since every
// module above reads it lazily. Each test file runs in its own module graph, so this
// DATA_DIR and upload limit stay local to this file.
const dataDir = mkdtempSync(path.join(tmpdir(), "karavan-images-"));
process.env.DATA_DIR = dataDir;
process.env.UPLOAD_MAX_IMAGE_MB = "1";
const limitBytes = 1024 * 1024;
const storage = new LocalFileStorage(path.join(dataDir, "files"));

const db = setupTestDatabase();

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#c00" } });
const png = (width = 400, height = 300) => solid(width, height).png().toBuffer();
const file = (bytes: Uint8Array, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

async function supplierWithListing(status: ListingStatus = "DRAFT"): Promise<{ supplier: Actor; listingId: string }> {
  const supplier = await createActor(db(), { type: "SUPPLIER" });
  const top = await db().category.create({ data: { slug: `top-${randomUUID()}`, names: { en: "Cables" } } });
  const leaf = await db().category.create({ data: { slug: `leaf-${randomUUID()}`, names: { en: "Power cable" }, parentId: top.id } });
  const listing = await db().listing.create({
    data: {
      supplierId: supplier.organization.id,
      sku: `SKU-${randomUUID().slice(0, 8)}`,
      categoryId: leaf.id,
      title: { en: "Copper power cable 3x2.5", ru: "Медный силовой кабель 3x2,5" },
      description: {},
      hsCode: "8544.49",
      unit: "m",
      moq: 1000,
      currency: "CNY",
      leadTimeDays: 20,
      incoterms: [{ term: "FOB", place: "Shanghai" }],
      certifications: [],
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      priceTiers: { create: [{ minQty: 1000, unitPriceMinor: 1240n }] },
    },
  });
  return { supplier, listingId: listing.id };
}

/** Every stored file of a listing, relative to its folder. */
async function filesOf(listingId: string): Promise<string[]> {
  const root = path.join(dataDir, "files", "listings", listingId);
  try {
    return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
  } catch {
    return [];
  }
}

async function storedSize(key: string) {
  const stored = await storage.get(key);
  if (!stored) return null;
  const meta = await sharp(Buffer.from(await new Response(stored.body).arrayBuffer())).metadata();
  return { format: meta.format, width: meta.width, height: meta.height };
}

const storageKeyOf = async (imageId: string) => (await db().listingImage.findUniqueOrThrow({ where: { id: imageId } })).storageKey;
const auditCount = (action: string, listingId: string) => db().auditEvent.count({ where: { action, targetId: listingId } });

describe("adding listing images", () => {
  it("accepts PNG, JPEG and WebP and writes the original plus variants of the right size", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const uploads = [
      { bytes: await png(400, 300), name: "a.png", type: "image/png", ext: "png" },
      { bytes: await solid(1600, 1200).jpeg().toBuffer(), name: "b.jpg", type: "image/jpeg", ext: "jpg" },
      { bytes: await solid(300, 600).webp().toBuffer(), name: "c.webp", type: "image/webp", ext: "webp" },
    ];
    const added = [];
    for (const upload of uploads) {
      added.push(await addListingImage(db(), supplier, listingId, { file: file(upload.bytes, upload.name, upload.type), alt: { ru: "  Бухта кабеля  ", en: "" } }, { ip: "203.0.113.7" }));
    }
    expect(added.map((image) => [image.contentType, image.position, image.width, image.height])).toEqual([
      ["image/png", 0, 400, 300],
      ["image/jpeg", 1, 1600, 1200],
      ["image/webp", 2, 300, 600],
    ]);
    expect(added[0]).toMatchObject({ alt: { ru: "Бухта кабеля" }, thumb: { width: 320, height: 240 }, large: { width: 400, height: 300 } });
    expect(added[0]!.thumbUrl).toMatch(new RegExp(`^/media/listings/${listingId}/[0-9a-f-]{36}/thumb\\.webp$`));

    for (const [index, image] of added.entries()) {
      const key = await storageKeyOf(image.id);
      expect(await storedSize(`${key}/original.${uploads[index]!.ext}`)).toMatchObject({ width: image.width, height: image.height });
      expect(await storedSize(`${key}/thumb.webp`)).toEqual({ format: "webp", ...image.thumb });
      expect(await storedSize(`${key}/large.webp`)).toEqual({ format: "webp", ...image.large });
    }
    expect(added[1]).toMatchObject({ thumb: { width: 320, height: 240 }, large: { width: 1280, height: 960 } });
    expect(added[2]).toMatchObject({ thumb: { width: 300, height: 600 }, large: { width: 300, height: 600 } });
    expect(await filesOf(listingId)).toHaveLength(9);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "listing.image_added", targetId: listingId } });
    expect(audit).toMatchObject({ actorUserId: supplier.userId, organizationId: supplier.organization.id, ip: "203.0.113.7" });
    expect(await listOwnListingImages(db(), supplier, listingId)).toHaveLength(3);
  });

  it("goes by magic bytes: a PNG named .jpg is a PNG, a text file called image/png is refused", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const renamed = await addListingImage(db(), supplier, listingId, { file: file(await png(), "photo.jpg", "image/jpeg") });
    expect(renamed.contentType).toBe("image/png");
    expect((await filesOf(listingId)).map((name) => path.basename(name))).toEqual(["large.webp", "original.png", "thumb.webp"]);

    const text = file(new TextEncoder().encode("<html><script>alert(1)</script></html>"), "evil.png", "image/png");
    await expect(addListingImage(db(), supplier, listingId, { file: text })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: "field.image_type_unsupported" } } });
    const gif = file(await solid(400, 400).gif().toBuffer(), "anim.webp", "image/webp");
    await expect(addListingImage(db(), supplier, listingId, { file: gif })).rejects.toMatchObject({ details: { fields: { file: "field.image_type_unsupported" } } });
    const small = file(await png(199, 400), "small.png", "image/png");
    await expect(addListingImage(db(), supplier, listingId, { file: small })).rejects.toMatchObject({ details: { fields: { file: "field.image_too_small" } } });
    await expect(addListingImage(db(), supplier, listingId, { file: null })).rejects.toMatchObject({ details: { fields: { file: "field.file_required" } } });
    expect(await db().listingImage.count({ where: { listingId } })).toBe(1);
    expect(await filesOf(listingId)).toHaveLength(3);
  });

  it("refuses a file over UPLOAD_MAX_IMAGE_MB without reading it", async () => {
    const { supplier, listingId } = await supplierWithListing();
    class UnreadableBlob extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        throw new Error("the bytes of an oversized upload must not be read");
      }
    }
    const huge = new UnreadableBlob([new Uint8Array(limitBytes + 1)]);
    await expect(addListingImage(db(), supplier, listingId, { file: huge })).rejects.toMatchObject({ details: { fields: { file: "field.file_too_large" } } });
    expect(await filesOf(listingId)).toEqual([]);
  });

  it("allows ten images per listing, also when two uploads race for the last place", async () => {
    const { supplier, listingId } = await supplierWithListing();
    await db().listingImage.createMany({
      data: Array.from({ length: 9 }, (_, position) => ({ listingId, position, storageKey: `listings/${listingId}/${randomUUID()}`, contentType: "image/png", byteSize: 1, width: 400, height: 300 })),
    });
    const bytes = await png();
    const results = await Promise.allSettled([
      addListingImage(db(), supplier, listingId, { file: file(bytes, "a.png", "image/png") }),
      addListingImage(db(), supplier, listingId, { file: file(bytes, "b.png", "image/png") }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { details: { fields: { file: "field.too_many_images" } } } });
    expect(await db().listingImage.count({ where: { listingId } })).toBe(10);
    expect(await filesOf(listingId)).toHaveLength(3); // the loser's files were deleted again

    await expect(addListingImage(db(), supplier, listingId, { file: file(bytes, "eleven.png", "image/png") })).rejects.toMatchObject({ details: { fields: { file: "field.too_many_images" } } });
    expect(await filesOf(listingId)).toHaveLength(3);
  });

  it("sends a published listing back to review", async () => {
    const { supplier, listingId } = await supplierWithListing("PUBLISHED");
    const image = await addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") });
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PENDING_REVIEW");
    expect(await auditCount("listing.resubmitted", listingId)).toBe(1);

    await db().listing.update({ where: { id: listingId }, data: { status: "PUBLISHED" } });
    await removeListingImage(db(), supplier, listingId, image.id);
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PENDING_REVIEW");
    expect(await auditCount("listing.resubmitted", listingId)).toBe(2);
  });

  it("leaves nothing behind when the database write fails", async () => {
    const { supplier, listingId } = await supplierWithListing();
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_images() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_images BEFORE INSERT ON "ListingImage" FOR EACH ROW EXECUTE FUNCTION refuse_images()`);
    try {
      await expect(addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") })).rejects.toThrow(/disk full/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_images ON "ListingImage"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_images()`);
    }
    expect(await filesOf(listingId)).toEqual([]);
    expect(await db().listingImage.count({ where: { listingId } })).toBe(0);
    expect(await auditCount("listing.image_added", listingId)).toBe(0);
  });

  it("deletes the files already written when a later write fails", async () => {
    const { supplier, listingId } = await supplierWithListing();
    let puts = 0;
    const flaky: FileStorage = {
      put: async (key, bytes, contentType) => {
        puts += 1;
        if (puts === 3) throw new Error("storage unavailable (simulated)");
        await storage.put(key, bytes, contentType);
      },
      get: (key) => storage.get(key),
      exists: (key) => storage.exists(key),
      delete: (key) => storage.delete(key),
    };
    await expect(addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") }, { storage: flaky })).rejects.toThrow(/storage unavailable/);
    expect(puts).toBe(3);
    expect(await filesOf(listingId)).toEqual([]);
    expect(await db().listingImage.count({ where: { listingId } })).toBe(0);
  });

  it("does not let another supplier or a buyer touch my listing's images", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const mine = await addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") });
    const other = await createActor(db(), { type: "SUPPLIER" });
    const buyer = await createActor(db(), { type: "BUYER" });
    const upload = { file: file(await png(), "b.png", "image/png") };

    await expect(addListingImage(db(), other, listingId, upload)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeListingImage(db(), other, listingId, mine.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateListingImage(db(), other, listingId, mine.id, { position: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOwnListingImages(db(), other, listingId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addListingImage(db(), buyer, listingId, upload)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The other supplier's own listing id with my image id: still not found.
    const theirs = await supplierWithListing();
    await expect(removeListingImage(db(), theirs.supplier, theirs.listingId, mine.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db().listingImage.count({ where: { listingId } })).toBe(1);
    expect(await filesOf(listingId)).toHaveLength(3);
    expect(await auditCount("listing.image_added", listingId)).toBe(1);
    expect(await auditCount("listing.image_removed", listingId)).toBe(0);
  });

  it("refuses changes to an archived listing", async () => {
    const { supplier, listingId } = await supplierWithListing("ARCHIVED");
    await expect(addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") })).rejects.toMatchObject({ code: "CONFLICT", details: { messageKey: "listing.archived_not_editable" } });
    expect(await filesOf(listingId)).toEqual([]);
  });
});

describe("changing and removing listing images", () => {
  it("keeps shared files while a duplicate still shows them, and deletes them with the last row", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const image = await addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png"), alt: { en: "Cable drum" } });
    const key = await storageKeyOf(image.id);
    const copy = await db().listing.create({
      data: { ...(await db().listing.findUniqueOrThrow({ where: { id: listingId }, omit: { id: true, createdAt: true, updatedAt: true } })), sku: "COPY", title: { en: "Copy" }, description: {}, incoterms: [], specifications: {} },
    });
    expect(await db().$transaction((tx) => copyListingImages(tx, listingId, copy.id))).toBe(1);
    const [copied] = await listOwnListingImages(db(), supplier, copy.id);
    expect(copied).toMatchObject({ position: 0, alt: { en: "Cable drum" }, thumbUrl: image.thumbUrl });

    await removeListingImage(db(), supplier, listingId, image.id);
    expect(await storage.exists(`${key}/thumb.webp`)).toBe(true);
    expect(await storage.exists(`${key}/original.png`)).toBe(true);

    await removeListingImage(db(), supplier, copy.id, copied!.id);
    expect(await storage.exists(`${key}/thumb.webp`)).toBe(false);
    expect(await storage.exists(`${key}/original.png`)).toBe(false);
    expect(await auditCount("listing.image_removed", listingId)).toBe(1);
    expect(await auditCount("listing.image_removed", copy.id)).toBe(1);
  });

  it("moves images, closes the gap after a removal and edits alt text per locale", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const bytes = await png();
    const [a, b, c] = [
      await addListingImage(db(), supplier, listingId, { file: file(bytes, "a.png", "image/png"), alt: { en: "A", ru: "А" } }),
      await addListingImage(db(), supplier, listingId, { file: file(bytes, "b.png", "image/png") }),
      await addListingImage(db(), supplier, listingId, { file: file(bytes, "c.png", "image/png") }),
    ];
    const order = async () => (await listOwnListingImages(db(), supplier, listingId)).map((image) => image.id);

    expect(await updateListingImage(db(), supplier, listingId, c!.id, { position: 0 })).toMatchObject({ position: 0 });
    expect(await order()).toEqual([c!.id, a!.id, b!.id]);
    await updateListingImage(db(), supplier, listingId, c!.id, { position: 9 }); // clamped to the last place
    expect(await order()).toEqual([a!.id, b!.id, c!.id]);

    const updated = await updateListingImage(db(), supplier, listingId, a!.id, { alt: { ru: "", zh: "电缆盘" } });
    expect(updated.alt).toEqual({ en: "A", zh: "电缆盘" });
    await expect(updateListingImage(db(), supplier, listingId, a!.id, { alt: { kk: "x".repeat(201) } })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { "alt.kk": "field.too_long" } },
    });
    await expect(updateListingImage(db(), supplier, listingId, a!.id, { position: -1 })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(updateListingImage(db(), supplier, listingId, a!.id, { storageKey: "elsewhere" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await auditCount("listing.image_updated", listingId)).toBe(3);

    await removeListingImage(db(), supplier, listingId, a!.id);
    const rest = await listOwnListingImages(db(), supplier, listingId);
    expect(rest.map((image) => [image.id, image.position])).toEqual([
      [b!.id, 0],
      [c!.id, 1],
    ]);
    await expect(removeListingImage(db(), supplier, listingId, a!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Images come and go on a draft without sending it anywhere.
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("DRAFT");
  });
});

describe("reading images", () => {
  it("shows them on the listing page and the first one on search cards", async () => {
    const { supplier, listingId } = await supplierWithListing("PUBLISHED");
    const bytes = await png(800, 600);
    await addListingImage(db(), supplier, listingId, { file: file(bytes, "a.png", "image/png"), alt: { ru: "Бухта" } });
    await addListingImage(db(), supplier, listingId, { file: file(bytes, "b.png", "image/png") });
    await db().listing.update({ where: { id: listingId }, data: { status: "PUBLISHED" } });

    const listing = await getListing(db(), listingId, "kk", null);
    expect(listing.images).toHaveLength(2);
    expect(listing.images[0]).toMatchObject({ alt: { text: "Бухта", locale: "ru" }, thumb: { width: 320, height: 240 }, large: { width: 800, height: 600 } });
    expect(listing.images[1]!.alt.text).toBe("");
    const [card] = await getListingCards(db(), [listingId], "en");
    expect(card!.image).toMatchObject({ url: listing.images[0]!.thumb.url, width: 320, height: 240, alt: "Бухта", altLocale: "ru" });

    const plain = await supplierWithListing("PUBLISHED");
    const [bare] = await getListingCards(db(), [plain.listingId], "en");
    expect(bare!.image).toBeNull();
  });

  it("serves stored variants at /media with long caching, and nothing else", async () => {
    const { supplier, listingId } = await supplierWithListing();
    const image = await addListingImage(db(), supplier, listingId, { file: file(await png(), "a.png", "image/png") });
    const get = (url: string, headers: HeadersInit = {}) => {
      const key = url.replace(/^\/media\//, "").split("/");
      return getMedia(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ key }) });
    };

    const response = await get(image.thumbUrl);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect((await sharp(body).metadata()).width).toBe(320);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await get(image.thumbUrl, { "If-None-Match": etag })).status).toBe(304);
    expect((await get(image.originalUrl)).headers.get("content-type")).toBe("image/png");

    await storage.put(`listings/${listingId}/${randomUUID()}/notes.txt`, new TextEncoder().encode("private"), "text/plain");
    await storage.put("imports/catalog.csv", new TextEncoder().encode("sku,price"), "text/csv");
    for (const url of [
      image.thumbUrl.replace("thumb.webp", "medium.webp"),
      `/media/listings/${listingId}/${randomUUID()}/thumb.webp`,
      "/media/imports/catalog.csv",
      "/media/../../etc/passwd",
      `/media/listings/${listingId}/..%2F..%2F/thumb.webp`,
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});

describe("reading an upload request", () => {
  const multipart = (form: FormData) => new Request("http://localhost/api/v1/listings/x/images", { method: "POST", body: form });

  it("takes the file and alt texts from multipart form data", async () => {
    const form = new FormData();
    form.append("file", file(await png(), "a.png", "image/png"));
    form.append("alt.ru", "Бухта кабеля");
    form.append("alt.xx", "ignored");
    const upload = await readImageUpload(multipart(form));
    expect(upload.alt).toEqual({ ru: "Бухта кабеля" });
    expect(upload.file).toBeInstanceOf(Blob);
  });

  it("answers a missing file, a non-multipart body and an oversized stream with field errors", async () => {
    await expect(readImageUpload(multipart(new FormData()))).resolves.toMatchObject({ file: null });
    const json = new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    await expect(readImageUpload(json)).rejects.toMatchObject({ details: { fields: { file: "field.file_required" } } });
    const broken = new Request("http://localhost/x", { method: "POST", body: "not multipart at all", headers: { "Content-Type": "multipart/form-data; boundary=xyz" } });
    await expect(readImageUpload(broken)).rejects.toMatchObject({ details: { fields: { file: "field.file_required" } } });

    // Streamed without Content-Length: refused by counting, before the form is parsed.
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request("http://localhost/x", { method: "POST", body: endless, headers: { "Content-Type": "multipart/form-data; boundary=xyz" }, duplex: "half" } as RequestInit);
    await expect(readImageUpload(streamed)).rejects.toMatchObject({ details: { fields: { file: "field.file_too_large" } } });
    expect(sent).toBeLessThan(limitBytes * 2);
    const declared = new Request("http://localhost/x", { method: "POST", body: "x", headers: { "Content-Type": "multipart/form-data; boundary=xyz", "Content-Length": String(limitBytes * 5) } });
    await expect(readImageUpload(declared)).rejects.toMatchObject({ details: { fields: { file: "field.file_too_large" } } });
  });
});
