/**
 * Segments start with a letter or digit and hold only letters, digits, `.`, `_` and `-`, so
 * `..`, `.`, empty segments, absolute paths, backslashes and drive letters cannot occur. Local
 * storage uses names starting with "." for its temporary files, which no key can reach.
 */
const segment = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isStorageKey(key: unknown): key is string {
  if (typeof key !== "string" || key.length === 0 || key.length > 512) return false;
  return key.split("/").every((part) => segment.test(part));
}

/** Throws (a programming error, not user input: keys are built by the server) unless `key` is a valid storage key. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
