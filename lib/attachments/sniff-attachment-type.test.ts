import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { sniffAttachmentType } from "./sniff-attachment-type";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));
const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

function rejected(data: Uint8Array, name: string): string | undefined {
  try {
    sniffAttachmentType(data, name);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details.fields?.file;
  }
}

describe("sniffAttachmentType", () => {
  it("reads PDF and images from their bytes, whatever the name says", () => {
    expect(sniffAttachmentType(bytes("%PDF-1.7\n%âãÏÓ\n"), "spec.pdf")).toBe("application/pdf");
    expect(sniffAttachmentType(bytes("%PDF-1.4\n"), "scan")).toBe("application/pdf");
    expect(sniffAttachmentType(bytes(png), "drawing.pdf")).toBe("image/png");
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]), "photo.JPG")).toBe("image/jpeg");
    expect(sniffAttachmentType(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "x.webp")).toBe("image/webp");
  });

  it("tells ZIP-based Office files from archives by name, and refuses other ZIPs", () => {
    expect(sniffAttachmentType(bytes(zip), "Spec.DOCX")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(sniffAttachmentType(bytes(zip), "prices.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(sniffAttachmentType(bytes(zip), "deck.pptx")).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(sniffAttachmentType(bytes(zip), "drawings.zip")).toBe("application/zip");
    expect(rejected(bytes(zip), "app.jar")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes(zip), "archive")).toBe("field.attachment_type_unsupported");
  });

  it("accepts legacy Word and Excel but no other OLE file (installers)", () => {
    expect(sniffAttachmentType(bytes(ole), "spec.doc")).toBe("application/msword");
    expect(sniffAttachmentType(bytes(ole), "prices.XLS")).toBe("application/vnd.ms-excel");
    expect(rejected(bytes(ole), "setup.msi")).toBe("field.attachment_type_unsupported");
  });

  it("recognises DWG and DXF drawings", () => {
    expect(sniffAttachmentType(bytes("AC1032", [0, 0, 0, 0, 0, 0x5c]), "part.dwg")).toBe("image/vnd.dwg");
    expect(sniffAttachmentType(bytes("AC1015", [0, 0, 0, 0, 0, 0x5c]), "part")).toBe("image/vnd.dwg");
    expect(sniffAttachmentType(bytes("0\nSECTION\n2\nHEADER\n"), "part.dxf")).toBe("image/vnd.dxf");
    expect(sniffAttachmentType(bytes("  0\r\nSECTION\r\n  2\r\nHEADER\r\n"), "part.dxf")).toBe("image/vnd.dxf");
    expect(sniffAttachmentType(bytes("AutoCAD Binary DXF\r\n", [0x1a, 0x00, 0, 0]), "part.dxf")).toBe("image/vnd.dxf");
    expect(rejected(bytes("AC10xx"), "part.dwg")).toBe("field.attachment_type_unsupported");
  });

  it("accepts UTF-8 text as .txt or .csv, text first even when it looks like a drawing", () => {
    expect(sniffAttachmentType(bytes("sku;qty\nКабель;100\n电缆;200\n"), "order.csv")).toBe("text/csv");
    expect(sniffAttachmentType(bytes("notes"), "notes.TXT")).toBe("text/plain");
    expect(sniffAttachmentType(bytes("AC1015 is the release we use"), "notes.txt")).toBe("text/plain");
    expect(rejected(bytes("a", [0], "b"), "nul.txt")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes([0x61, 0xff, 0xfe, 0x62]), "latin1.csv")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes("just text"), "notes.md")).toBe("field.attachment_type_unsupported");
  });

  it("refuses executables, scripts and markup whatever their names", () => {
    expect(rejected(bytes("MZ", [0x90, 0, 3, 0, 0, 0]), "drawing.pdf")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), "spec.docx")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes("<!doctype html><script>alert(1)</script>"), "page.pdf")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"), "logo.png")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes("GIF89a"), "anim.gif")).toBe("field.attachment_type_unsupported");
    expect(rejected(bytes(""), "empty.txt")).toBe("field.attachment_type_unsupported");
  });
});
