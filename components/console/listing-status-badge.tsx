import type { ListingStatus } from "@/lib/db/generated/enums.ts";

const tone: Record<ListingStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 ring-slate-300",
  PENDING_REVIEW: "bg-amber-50 text-amber-900 ring-amber-300",
  PUBLISHED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  REJECTED: "bg-red-50 text-red-800 ring-red-300",
  ARCHIVED: "bg-slate-50 text-slate-600 ring-slate-200",
};

export function ListingStatusBadge({ status, label }: { status: ListingStatus; label: string }) {
  return <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone[status]}`}>{label}</span>;
}
