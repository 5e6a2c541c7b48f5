import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashTokenSecret } from "@/lib/api-tokens/token-secret";
import { auditActorOf } from "@/lib/audit/record-audit";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

async function issue(expiresInDays?: number) {
  const actor = await createActor(db(), { type: "SUPPLIER" });
  const token = await createApiToken(db(), { userId: actor.userId, organizationId: actor.organization.id }, { name: "ERP", expiresInDays }, { actor: auditActorOf(actor) });
  return { actor, token };
}

describe("API tokens", () => {
  it("resolve to their owner and store only a hash", async () => {
    const { actor, token } = await issue();
    expect(token.secret).toMatch(/^krv_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    const resolved = await resolveApiToken(db(), token.secret);
    expect(resolved).toMatchObject({ userId: actor.userId, via: "token", organization: { id: actor.organization.id, type: "SUPPLIER" } });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
    expect((await listApiTokens(db(), actor.userId)).map((t) => t.id)).toEqual([token.id]);
  });

  it("stop working when revoked, and the revocation is audited", async () => {
    const { actor, token } = await issue();
    await revokeApiToken(db(), { userId: actor.userId }, token.id, { actor: auditActorOf(actor), ip: "127.0.0.1" });
    expect(await resolveApiToken(db(), token.secret)).toBeNull();
    expect(await db().auditEvent.count({ where: { targetId: token.id, action: "api_token.revoked" } })).toBe(1);
  });

  it("stop working when expired, when the user is deactivated, or when the user changes company", async () => {
    const expired = await issue(1);
    await db().apiToken.update({ where: { id: expired.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveApiToken(db(), expired.token.secret)).toBeNull();

    const disabled = await issue();
    await db().user.update({ where: { id: disabled.actor.userId }, data: { disabledAt: new Date() } });
    expect(await resolveApiToken(db(), disabled.token.secret)).toBeNull();

    const moved = await issue();
    const other = await createActor(db(), { type: "SUPPLIER" });
    await db().membership.update({ where: { userId: moved.actor.userId }, data: { organizationId: other.organization.id } });
    expect(await resolveApiToken(db(), moved.token.secret)).toBeNull();
  });

  it("reject garbage without touching the database's rows", async () => {
    for (const secret of ["", "krv_", "Bearer x", "krv_" + "a".repeat(43)]) expect(await resolveApiToken(db(), secret)).toBeNull();
  });

  it("validate their name and lifetime", async () => {
    const actor = await createActor(db());
    await expect(createApiToken(db(), { userId: actor.userId, organizationId: actor.organization.id }, { name: "  " }, { actor: null })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(createApiToken(db(), { userId: actor.userId, organizationId: actor.organization.id }, { name: "x", expiresInDays: 0 }, { actor: null })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
