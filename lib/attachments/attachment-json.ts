export type AttachmentJson = {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  /** Where the file is downloaded; only the organizations that may read it get anything but a 404 there. */
  url: string;
  createdAt: string;
};

type Row = { id: string; fileName: string; contentType: string; byteSize: number; createdAt: Date };

/** An attachment as the REST API and pages show it. The storage key stays on the server. */
export function toAttachmentJson(row: Row): AttachmentJson {
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, byteSize: row.byteSize, url: `/api/v1/attachments/${row.id}`, createdAt: row.createdAt.toISOString() };
}
