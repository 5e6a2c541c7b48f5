import type { Db } from "@/lib/db/create-client";

export type AuditChainBreak = { chainSeq: bigint | null; eventId: bigint; action: string; occurredAt: Date; problem: "unsealed" | "content_changed" | "link_broken" | "event_missing" };

type Row = { id: bigint; chainSeq: bigint | null; action: string; occurredAt: Date; hash: string | null; prevHash: string | null; recomputed: string | null; previousHash: string | null; previousSeq: bigint | null };

/**
 * Recomputes the audit log's hash chain (in the database, with the same canonical content
 * function the insert trigger uses) and returns the first broken link, if any: an event whose
 * content no longer gives its hash (edited), whose prevHash is not the previous event's hash
 * (an event replaced or re-hashed), or after a gap in the sequence (an event removed).
 */
export async function verifyAuditChain(db: Db): Promise<{ events: number; firstBreak: AuditChainBreak | null }> {
  const rows = await db.$queryRawUnsafe<Row[]>(`
    WITH chain AS (
      SELECT e.id, e."chainSeq", e.action, e."occurredAt", e.hash, e."prevHash",
             encode(sha256(convert_to(e."prevHash" || '|' || karavan_audit_content(e), 'UTF8')), 'hex') AS recomputed,
             lag(e.hash) OVER (ORDER BY e."chainSeq") AS "previousHash",
             lag(e."chainSeq") OVER (ORDER BY e."chainSeq") AS "previousSeq"
      FROM "AuditEvent" e
    )
    SELECT * FROM chain
    WHERE hash IS NULL OR "chainSeq" IS NULL OR recomputed IS DISTINCT FROM hash
       OR "prevHash" IS DISTINCT FROM coalesce("previousHash", repeat('0', 64))
       OR "chainSeq" <> coalesce("previousSeq", 0) + 1
    ORDER BY "chainSeq" NULLS FIRST
    LIMIT 1`);
  const events = await db.auditEvent.count();
  const row = rows[0];
  if (!row) return { events, firstBreak: null };
  const problem: AuditChainBreak["problem"] =
    row.hash === null || row.chainSeq === null ? "unsealed" : row.recomputed !== row.hash ? "content_changed" : row.chainSeq !== (row.previousSeq ?? 0n) + 1n ? "event_missing" : "link_broken";
  return { events, firstBreak: { chainSeq: row.chainSeq, eventId: row.id, action: row.action, occurredAt: row.occurredAt, problem } };
}
