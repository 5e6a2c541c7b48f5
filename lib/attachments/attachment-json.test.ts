import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { attachmentSchema } from "@/lib/api/openapi/response-schemas";
import { toAttachmentJson, type AttachmentJson } from "./attachment-json";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time, like lib/api/openapi/response-shapes.test.ts: the documented Attachment is what the API sends.
const documented: Same<AttachmentJson, z.output<typeof attachmentSchema>> = true;

describe("toAttachmentJson", () => {
  it("shows the download URL and never the storage key", () => {
    const json = toAttachmentJson({
      id: "5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b",
      fileName: "图纸.pdf",
      contentType: "application/pdf",
      byteSize: 1234,
      createdAt: new Date("2026-11-28T10:00:00Z"),
      storageKey: "attachments/org/secret",
    } as Parameters<typeof toAttachmentJson>[0]);
    expect(documented).toBe(true);
    expect(json).toEqual({ id: "5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b", fileName: "图纸.pdf", contentType: "application/pdf", byteSize: 1234, url: "/api/v1/attachments/5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b", createdAt: "2026-11-28T10:00:00.000Z" });
    expect(JSON.stringify(json)).not.toContain("secret");
  });
});
