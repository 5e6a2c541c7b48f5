import type { Locale } from "@/lib/i18n/config";
import { formatFileSize } from "./file-size";

export type AttachmentRef = { attachment: { id: string; fileName: string; byteSize: number } };

/** Download links for private files; the API checks the reader may see them. */
export function AttachmentLinks({ locale, attachments, label }: { locale: Locale; attachments: AttachmentRef[]; label: string }) {
  if (!attachments.length) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {attachments.map(({ attachment }) => (
        <li key={attachment.id} className="min-w-0 max-w-full">
          <a href={`/api/v1/attachments/${attachment.id}`} className="inline-flex max-w-full items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-brand-800 hover:bg-slate-50" download>
            <span aria-hidden="true">📎</span>
            <span className="truncate">{attachment.fileName}</span>
            <span className="shrink-0 text-xs text-slate-600">{formatFileSize(locale, attachment.byteSize)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
