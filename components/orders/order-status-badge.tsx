import type { OrderStatus } from "@/lib/db/generated/enums.ts";

const tone: Record<OrderStatus, string> = {
  PENDING_SUPPLIER_CONFIRMATION: "bg-amber-50 text-amber-900 ring-amber-300",
  CONFIRMED: "bg-sky-50 text-sky-900 ring-sky-300",
  AWAITING_PAYMENT: "bg-amber-50 text-amber-900 ring-amber-300",
  PAID: "bg-sky-50 text-sky-900 ring-sky-300",
  IN_PRODUCTION: "bg-sky-50 text-sky-900 ring-sky-300",
  SHIPPED: "bg-indigo-50 text-indigo-900 ring-indigo-300",
  DELIVERED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  COMPLETED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  CANCELLED: "bg-slate-50 text-slate-700 ring-slate-300",
  DISPUTED: "bg-red-50 text-red-800 ring-red-300",
};

export function OrderStatusBadge({ status, label }: { status: OrderStatus; label: string }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone[status]}`}>{label}</span>;
}
