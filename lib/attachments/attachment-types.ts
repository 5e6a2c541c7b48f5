/** How many files one RFQ, revision, message or order may carry, and the longest file name kept. */
export const attachmentLimits = { perLink: 10, fileNameLength: 200 } as const;

/**
 * Every type an attachment may have, with the extensions a download may carry. The first
 * extension is the one given to a file whose name does not match what its bytes are.
 */
export const attachmentTypes = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/zip": ["zip"],
  "application/msword": ["doc"],
  "application/vnd.ms-excel": ["xls"],
  "image/vnd.dwg": ["dwg"],
  "image/vnd.dxf": ["dxf"],
  "text/plain": ["txt"],
  "text/csv": ["csv"],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentContentType = keyof typeof attachmentTypes;

/** The lower-cased extension of a file name ("Drawing.DWG" → "dwg"), or "" without one. */
export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
}
