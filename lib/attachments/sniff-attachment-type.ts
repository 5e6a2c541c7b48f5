import { AppError } from "@/lib/errors/app-error";
import { sniffImageType } from "@/lib/listings/images/sniff-image-type";
import { extensionOf, type AttachmentContentType } from "./attachment-types";

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const pdf = ascii("%PDF-");
const binaryDxf = ascii("AutoCAD Binary DXF\r\n\x1a\x00");

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** Containers whose type only the name tells apart; any other name (.jar, .apk, .msi…) is refused. */
const zipByExtension: Record<string, AttachmentContentType> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  zip: "application/zip",
};
const oleByExtension: Record<string, AttachmentContentType> = { doc: "application/msword", xls: "application/vnd.ms-excel" };
const textByExtension: Record<string, AttachmentContentType> = { txt: "text/plain", csv: "text/csv" };

/** AC1012 … AC1032: every DWG release since R13 opens with its version string. */
function isDwg(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii("AC10")) && bytes.length >= 6 && [bytes[4], bytes[5]].every((b) => b !== undefined && b >= 0x30 && b <= 0x39);
}

/** An ASCII DXF opens with group code 0 and SECTION, each on its own line, often padded with spaces. */
function isAsciiDxf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return /^(\uFEFF|\u00EF\u00BB\u00BF)?[ \t]*0[ \t]*\r?\n[ \t]*SECTION[ \t]*\r?\n/.test(head);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (!bytes.length || bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The attachment's type, read from its bytes. The name only decides between formats that
 * share a container (a ZIP is a .docx, .xlsx, .pptx or .zip; an OLE file a .doc or .xls) and
 * whether valid UTF-8 text is .txt or .csv — it never makes other bytes acceptable: an
 * executable called drawing.pdf is refused, a PNG called drawing.pdf is a PNG.
 */
export function sniffAttachmentType(bytes: Uint8Array, fileName: string): AttachmentContentType {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, pdf)) return "application/pdf";
  const image = sniffImageType(bytes);
  if (image) return image;
  if (startsWith(bytes, zip) && zipByExtension[extension]) return zipByExtension[extension];
  if (startsWith(bytes, ole) && oleByExtension[extension]) return oleByExtension[extension];
  // Before DWG and DXF, whose signatures are plain text too: notes.txt stays text whatever it says.
  if (textByExtension[extension] && isUtf8Text(bytes)) return textByExtension[extension];
  if (isDwg(bytes)) return "image/vnd.dwg";
  if (startsWith(bytes, binaryDxf) || isAsciiDxf(bytes)) return "image/vnd.dxf";
  throw new AppError("VALIDATION_FAILED", "Unsupported attachment type", { fields: { file: "field.attachment_type_unsupported" } });
}
