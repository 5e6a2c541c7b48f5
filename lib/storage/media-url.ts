/** The public URL of a stored file served by app/media/[...key] (only keys that route allows are served). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
