/** A stored file as read back: a stream of its bytes and what to tell the client about it. */
export type StoredFile = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  byteSize: number;
  /** Quoted entity tag, e.g. `"5d41402abc4b2a76"`; files never change under a key, so it only tells two files apart. */
  etag: string;
};

/**
 * Where uploaded files live: a folder under DATA_DIR or an S3-compatible bucket. Keys are
 * relative slash-separated paths ("listings/<id>/<uuid>/thumb.webp") checked by
 * `assertStorageKey`. Files are written once and never modified in place: a new version
 * gets a new key, so anything read can be cached forever.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when nothing is stored under `key`. */
  get(key: string): Promise<StoredFile | null>;
  exists(key: string): Promise<boolean>;
  /** Deletes the file `key` and every file below `key/` (a "folder"); nothing there is not an error. */
  delete(keyOrPrefix: string): Promise<void>;
}
