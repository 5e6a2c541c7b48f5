import type { Tx } from "@/lib/db/create-client";

/**
 * The next human reference of a kind for the year, e.g. RFQ-2026-000042. One atomic upsert,
 * so two transactions never get the same number; a rolled-back transaction gives its number
 * back (the counter update rolls back with it), so numbers have no gaps in committed data.
 */
export async function nextReference(tx: Tx, kind: "RFQ" | "ORD" | "INV", now = new Date()): Promise<string> {
  const year = now.getUTCFullYear();
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "ReferenceCounter" (kind, year, value) VALUES (${kind}, ${year}, 1)
    ON CONFLICT (kind, year) DO UPDATE SET value = "ReferenceCounter".value + 1
    RETURNING value`;
  return `${kind}-${year}-${String(row!.value).padStart(6, "0")}`;
}
