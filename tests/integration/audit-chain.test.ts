import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

async function write(count: number, prefix: string) {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      db().$transaction((tx) => recordAudit(tx, { actor: null, action: `test.${prefix}`, targetType: "Test", targetId: `${prefix}-${i}`, organizationId: null, data: { n: i, text: "Счёт № 1 · 发票" }, ip: "127.0.0.1" }), { maxWait: 30_000, timeout: 30_000 }),
    ),
  );
}

/** Runs SQL with the append-only trigger lifted — what someone with database access could do. */
async function tamper(sql: string) {
  await db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
  try {
    await db().$executeRawUnsafe(sql);
  } finally {
    await db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  }
}

describe("audit hash chain", () => {
  it("chains events written concurrently without forks", async () => {
    await write(12, "concurrent");
    const { events, firstBreak } = await verifyAuditChain(db());
    expect(firstBreak).toBeNull();
    expect(events).toBeGreaterThanOrEqual(12);
    const seqs = (await db().auditEvent.findMany({ select: { chainSeq: true }, orderBy: { chainSeq: "asc" } })).map((e) => Number(e.chainSeq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it("refuses edits through the normal path", async () => {
    await write(1, "locked");
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE action = 'test.locked'`)).rejects.toThrow(/append-only/);
  });

  it("finds a row edited directly in the database, at the edited row", async () => {
    await write(5, "edit");
    const target = await db().auditEvent.findFirstOrThrow({ where: { action: "test.edit", targetId: "edit-2" } });
    await tamper(`UPDATE "AuditEvent" SET data = '{"n": 999}' WHERE id = ${target.id}`);
    const { firstBreak } = await verifyAuditChain(db());
    expect(firstBreak).toMatchObject({ eventId: target.id, problem: "content_changed" });
    await tamper(`UPDATE "AuditEvent" SET data = '{"n": 2, "text": "Счёт № 1 · 发票"}' WHERE id = ${target.id}`);
    expect((await verifyAuditChain(db())).firstBreak).toBeNull();
  });

  it("finds a forged row re-hashed to look right: its successor's link breaks", async () => {
    await write(4, "rehash");
    const [first, second] = await db().auditEvent.findMany({ where: { action: "test.rehash" }, orderBy: { chainSeq: "asc" }, take: 2 });
    await tamper(`UPDATE "AuditEvent" SET action = 'test.forged' WHERE id = ${first!.id}`);
    await tamper(`UPDATE "AuditEvent" e SET hash = encode(sha256(convert_to(e."prevHash" || '|' || karavan_audit_content(e), 'UTF8')), 'hex') WHERE id = ${first!.id}`);
    // The forged row now hashes correctly, but the next one still points at the old hash.
    const forged = await verifyAuditChain(db());
    expect(forged.firstBreak).toMatchObject({ eventId: second!.id, problem: "link_broken" });
    await tamper(`DELETE FROM "AuditEvent" WHERE action LIKE 'test.%'`);
  });

  it("finds a deleted row: the chain has a gap after it", async () => {
    await write(3, "delete");
    const victim = await db().auditEvent.findFirstOrThrow({ where: { action: "test.delete" }, orderBy: { chainSeq: "desc" }, skip: 1 });
    await tamper(`DELETE FROM "AuditEvent" WHERE id = ${victim.id}`);
    const { firstBreak } = await verifyAuditChain(db());
    expect(firstBreak).toMatchObject({ problem: "event_missing" });
  });
});
