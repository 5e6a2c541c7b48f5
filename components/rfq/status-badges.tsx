import type { QuoteStatus, RfqStatus } from "@/lib/db/generated/enums.ts";

const rfqTone: Record<RfqStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 ring-slate-300",
  OPEN: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  AWARDED: "bg-sky-50 text-sky-900 ring-sky-300",
  CANCELLED: "bg-red-50 text-red-800 ring-red-300",
  EXPIRED: "bg-amber-50 text-amber-900 ring-amber-300",
};

const quoteTone: Record<QuoteStatus, string> = {
  OFFERED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  COUNTERED: "bg-amber-50 text-amber-900 ring-amber-300",
  ACCEPTED: "bg-sky-50 text-sky-900 ring-sky-300",
  DECLINED: "bg-slate-100 text-slate-700 ring-slate-300",
  WITHDRAWN: "bg-slate-100 text-slate-700 ring-slate-300",
};

const badge = "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset";

/** Status in words and colour (never colour alone); the label is translated by the caller. */
export function RfqStatusBadge({ status, label }: { status: RfqStatus; label: string }) {
  return <span className={`${badge} ${rfqTone[status]}`}>{label}</span>;
}

export function QuoteStatusBadge({ status, label }: { status: QuoteStatus; label: string }) {
  return <span className={`${badge} ${quoteTone[status]}`}>{label}</span>;
}
