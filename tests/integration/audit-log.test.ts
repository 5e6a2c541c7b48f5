import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { auditCsv } from "@/lib/audit/audit-csv";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { recordAudit } from "@/lib/audit/record-audit";
import { getT } from "@/lib/i18n/server";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

describe("staff audit log", () => {
  it("filters by actor, organization, action prefix, target and period, and exports the chain as CSV", async () => {
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    const buyer = await createActor(db(), { type: "BUYER" });
    await db().$transaction(async (tx) => {
      await recordAudit(tx, { actor: { userId: buyer.userId, organizationId: buyer.organization.id }, action: "payment.recorded", targetType: "Payment", targetId: "p-1", organizationId: buyer.organization.id, data: { amount: "10.00" } });
      await recordAudit(tx, { actor: null, action: "order.status_changed", targetType: "Order", targetId: "o-1", organizationId: buyer.organization.id });
    });
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(db(), moderator, { actor: buyer.email.slice(0, 12), action: "payment." })).events.map((e) => e.targetId)).toEqual(["p-1"]);
    expect((await listAuditEvents(db(), moderator, { organizationId: buyer.organization.id, targetType: "Order" })).total).toBe(1);
    expect((await listAuditEvents(db(), moderator, { targetId: "o-1", from: today, to: today })).total).toBe(1);
    expect((await listAuditEvents(db(), moderator, { targetId: "o-1", from: "2020-01-01", to: "2020-01-02" })).total).toBe(0);
    await expect(listAuditEvents(db(), moderator, { from: "2026-12-31", to: "2026-01-01" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });

    const page = await listAuditEvents(db(), moderator, { organizationId: buyer.organization.id }, { export: true });
    const rows = parse(auditCsv(page, getT("ru", "dashboard")).replace(/^\uFEFF/, "")) as string[][];
    expect(rows[0]).toContain("hash");
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    expect(rows[1]![13]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is for hub administrators and moderators only", async () => {
    for (const outsider of [await createActor(db(), { type: "BUYER" }), await createActor(db(), { type: "SUPPLIER" }), await createActor(db(), { type: "HUB", roles: ["finance"] })]) {
      await expect(listAuditEvents(db(), outsider, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listAuditEvents(db(), await createActor(db(), { type: "HUB", roles: ["admin"] }), {})).resolves.toMatchObject({ query: { page: 1 } });
  });
});
