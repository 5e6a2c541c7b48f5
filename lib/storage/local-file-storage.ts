import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertContentTypeMatchesKey, contentTypeForKey } from "./content-type-for-key";
import { assertStorageKey } from "./storage-key";
import type { FileStorage, StoredFile } from "./types";

/**
 * Files in a folder on the server's disk (DATA_DIR/files by default): the zero-setup
 * storage of a single-server installation. Writes go to a temporary name in the same folder
 * and are renamed into place, so a reader never sees half a file.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Key → absolute path, refusing anything that would leave the root (keys are validated too; this is the second lock). */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, ...key.split("/"));
    if (!full.startsWith(this.root + path.sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return full;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertContentTypeMatchesKey(key, contentType);
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
    try {
      await fs.writeFile(temporary, bytes, { flag: "wx" });
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) {
        await handle.close();
        return null;
      }
      // The stream owns the handle from here and closes it when done or cancelled.
      const stream = handle.createReadStream({ autoClose: true });
      return {
        body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
        contentType: contentTypeForKey(key),
        byteSize: stat.size,
        etag: `"${stat.size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`,
      };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(keyOrPrefix: string): Promise<void> {
    // Empty parent folders are left behind on purpose: removing them could race with a
    // concurrent `put` creating a sibling, and an empty folder costs nothing.
    await fs.rm(this.pathOf(keyOrPrefix), { recursive: true, force: true });
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
