import { attachmentLimits, attachmentTypes, extensionOf, type AttachmentContentType } from "./attachment-types";

/*
 * Control characters (C0, DEL, C1), and the bidirectional overrides and isolates that make
 * "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Reserved in Windows file names; replaced so a download keeps the name the user saw. */
const reserved = /[<>:"|?*]/g;

const knownExtensions = new Set<string>(Object.values(attachmentTypes).flat());

function truncate(text: string, length: number): string {
  // By code point, so a Chinese or emoji name is never cut inside a surrogate pair.
  return [...text].slice(0, length).join("");
}

/**
 * The name an attachment is stored and downloaded under: the uploader's name without folders,
 * control or direction-override characters, leading dots or trailing dots and spaces, in NFC,
 * at most 200 characters — Unicode otherwise kept (图纸.pdf, Чертёж.dwg). Its extension is one
 * of the sniffed type's, so what the browser saves is opened by the right program.
 */
export function sanitizeFileName(name: string, contentType: AttachmentContentType): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const clean = base.replace(unsafe, "").replace(reserved, "_").trim().replace(/^\.+/, "").replace(/[. ]+$/, "");
  const extensions: readonly string[] = attachmentTypes[contentType];
  const extension = extensionOf(clean);
  // A known extension of another type (drawing.pdf that is a PNG) is replaced; an unknown one
  // (scan.exe that is a PDF) stays in the name, followed by the right one.
  const withoutExtension = knownExtensions.has(extension) ? clean.slice(0, -(extension.length + 1)) : clean;
  const suffix = extensions.includes(extension) ? clean.slice(-extension.length) : extensions[0]!;
  const stem = truncate(withoutExtension.trim(), attachmentLimits.fileNameLength - suffix.length - 1).replace(/[. ]+$/, "") || "attachment";
  return `${stem}.${suffix}`;
}
