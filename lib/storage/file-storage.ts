import "server-only";
import path from "node:path";
import { env } from "@/lib/env/server";
import { LocalFileStorage } from "./local-file-storage";
import { S3FileStorage } from "./s3-file-storage";
import type { FileStorage } from "./types";

const globalForStorage = globalThis as unknown as { karavanFileStorage?: FileStorage };

/**
 * The file storage of this server process: the S3-compatible bucket when S3_BUCKET is set,
 * else DATA_DIR/files. One per process, kept on globalThis across dev reloads.
 */
export function fileStorage(): FileStorage {
  globalForStorage.karavanFileStorage ??= createStorage();
  return globalForStorage.karavanFileStorage;
}

function createStorage(): FileStorage {
  const e = env();
  if (e.S3_BUCKET) {
    return new S3FileStorage({
      bucket: e.S3_BUCKET,
      endpoint: e.S3_ENDPOINT,
      region: e.S3_REGION,
      accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      forcePathStyle: e.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStorage(path.join(e.DATA_DIR, "files"));
}
