import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalFileStorage } from "./local-file-storage";
import { S3FileStorage } from "./s3-file-storage";
import { isStorageKey } from "./storage-key";
import type { FileStorage } from "./types";

/**
 * What every FileStorage must do, run against each adapter. LocalFileStorage always; the S3
 * adapter only when S3_TEST_ENDPOINT and S3_TEST_BUCKET name a reachable S3-compatible store
 * (e.g. `docker run -p 9000:9000 minio/minio server /data`, credentials in
 * S3_TEST_ACCESS_KEY_ID / S3_TEST_SECRET_ACCESS_KEY). There is no S3 server on the development
 * machine, so by default that half is skipped; it was run against the moto S3 emulator
 * (`moto_server -p 9327`), not against AWS or MinIO.
 */
function describeFileStorageContract(name: string, create: () => Promise<{ storage: FileStorage; root: string }>, options: { skip?: string } = {}) {
  describe.skipIf(Boolean(options.skip))(`FileStorage contract: ${name}`, () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const read = async (storage: FileStorage, key: string) => {
      const file = await storage.get(key);
      return file ? { text: await new Response(file.body).text(), contentType: file.contentType, byteSize: file.byteSize, etag: file.etag } : null;
    };

    it("stores, reads back and reports existence", async () => {
      const { storage, root } = await create();
      const key = `${root}/a/thumb.webp`;
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, bytes("hello"), "image/webp");
      expect(await storage.exists(key)).toBe(true);
      const file = await read(storage, key);
      expect(file).toMatchObject({ text: "hello", contentType: "image/webp", byteSize: 5 });
      expect(file?.etag).toMatch(/^"[^"]+"$/);
    });

    it("deletes one key, or a key's whole folder, and nothing next to it", async () => {
      const { storage, root } = await create();
      await storage.put(`${root}/x/original.png`, bytes("o"), "image/png");
      await storage.put(`${root}/x/thumb.webp`, bytes("t"), "image/webp");
      await storage.put(`${root}/xy/thumb.webp`, bytes("neighbour"), "image/webp");
      await storage.put(`${root}/z.jpg`, bytes("z"), "image/jpeg");
      await storage.delete(`${root}/z.jpg`);
      expect(await storage.exists(`${root}/z.jpg`)).toBe(false);
      await storage.delete(`${root}/x`);
      expect(await storage.exists(`${root}/x/original.png`)).toBe(false);
      expect(await storage.exists(`${root}/x/thumb.webp`)).toBe(false);
      expect(await read(storage, `${root}/xy/thumb.webp`)).toMatchObject({ text: "neighbour" });
      await storage.delete(`${root}/never-existed`);
    });

    it("refuses keys that could leave its root, and content types that do not match the key", async () => {
      const { storage, root } = await create();
      for (const key of ["../etc/passwd.png", `${root}/../../x.png`, "/etc/x.png", `${root}//x.png`, `${root}/.hidden.png`, `${root}\\x.png`, "", `${root}/x.png/`]) {
        expect(isStorageKey(key)).toBe(false);
        await expect(storage.put(key, bytes("x"), "image/png")).rejects.toThrow();
        await expect(storage.get(key)).rejects.toThrow();
        await expect(storage.delete(key)).rejects.toThrow();
      }
      await expect(storage.put(`${root}/page.png`, bytes("<html>"), "text/html")).rejects.toThrow();
    });

    it("overwrites a key as a whole", async () => {
      const { storage, root } = await create();
      await storage.put(`${root}/o/large.webp`, bytes("first version, longer"), "image/webp");
      await storage.put(`${root}/o/large.webp`, bytes("second"), "image/webp");
      expect(await read(storage, `${root}/o/large.webp`)).toMatchObject({ text: "second", byteSize: 6 });
    });
  });
}

const localRoots: string[] = [];
describeFileStorageContract("local", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "karavan-storage-"));
  localRoots.push(dir);
  return { storage: new LocalFileStorage(dir), root: "t" };
});

describe("LocalFileStorage", () => {
  it("leaves no temporary files behind", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "karavan-storage-"));
    localRoots.push(dir);
    const storage = new LocalFileStorage(dir);
    await storage.put("a/b/thumb.webp", new Uint8Array([1, 2, 3]), "image/webp");
    expect(await readdir(path.join(dir, "a", "b"))).toEqual(["thumb.webp"]);
  });
});

afterAll(async () => {
  for (const dir of localRoots) await rm(dir, { recursive: true, force: true });
});

const s3Endpoint = process.env.S3_TEST_ENDPOINT;
const s3Bucket = process.env.S3_TEST_BUCKET;
const s3Prefix = `karavan-contract-${process.pid}-${Date.now()}`;
if (!s3Endpoint || !s3Bucket) console.warn("S3 FileStorage contract skipped: S3_TEST_ENDPOINT / S3_TEST_BUCKET are not set (no S3 server on this machine)");
const s3 =
  s3Endpoint && s3Bucket
    ? new S3FileStorage({
        bucket: s3Bucket,
        endpoint: s3Endpoint,
        region: process.env.S3_TEST_REGION ?? "us-east-1",
        accessKeyId: process.env.S3_TEST_ACCESS_KEY_ID,
        secretAccessKey: process.env.S3_TEST_SECRET_ACCESS_KEY,
        forcePathStyle: process.env.S3_TEST_FORCE_PATH_STYLE !== "false",
      })
    : null;
describeFileStorageContract(
  "s3",
  async () => {
    if (!s3) throw new Error("S3_TEST_ENDPOINT / S3_TEST_BUCKET are not set");
    return { storage: s3, root: `${s3Prefix}/${randomUUID()}` };
  },
  { skip: s3 ? undefined : "S3_TEST_ENDPOINT / S3_TEST_BUCKET are not set" },
);
afterAll(async () => {
  await s3?.delete(s3Prefix);
});
