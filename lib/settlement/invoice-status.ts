import type { InvoiceStatus } from "@/lib/db/generated/enums.ts";

/** An open invoice's status from what has been paid on it; `ledger:check` recomputes it the same way. */
export function invoiceStatusFor(amountMinor: bigint, paidMinor: bigint): Exclude<InvoiceStatus, "VOID"> {
  if (paidMinor >= amountMinor) return "PAID";
  return paidMinor > 0n ? "PARTIALLY_PAID" : "ISSUED";
}
