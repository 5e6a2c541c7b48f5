import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { auditActorOf } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import { addMember } from "@/lib/organizations/add-member";
import { getOrganization } from "@/lib/organizations/get-organization";
import { listMembers } from "@/lib/organizations/list-members";
import { setMemberActive } from "@/lib/organizations/set-member-active";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { getHubOverview } from "@/lib/hub/get-hub-overview";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

/** Two buyer companies (A, B) and a supplier; every test tries to cross from one to another. */
async function world() {
  const adminA = await createActor(db(), { type: "BUYER" });
  const staffA = await createActor(db(), { type: "BUYER", roles: ["buyer"], organizationId: adminA.organization.id });
  const adminB = await createActor(db(), { type: "BUYER" });
  const supplier = await createActor(db(), { type: "SUPPLIER" });
  return { adminA, staffA, adminB, supplier };
}

describe("tenant isolation", () => {
  it("lists only the caller's own members", async () => {
    const { adminA, staffA, adminB } = await world();
    const members = await listMembers(db(), adminA);
    expect(members.map((m) => m.id).sort()).toEqual([adminA.userId, staffA.userId].sort());
    expect(members.map((m) => m.id)).not.toContain(adminB.userId);
  });

  it("cannot deactivate a user of another company (not found, nothing changes)", async () => {
    const { adminA, adminB } = await world();
    await expect(setMemberActive(db(), adminA, adminB.userId, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().user.findUniqueOrThrow({ where: { id: adminB.userId } })).disabledAt).toBeNull();
  });

  it("cannot revoke another user's token", async () => {
    const { adminA, adminB } = await world();
    const token = await createApiToken(db(), { userId: adminB.userId, organizationId: adminB.organization.id }, { name: "B's ERP" }, { actor: auditActorOf(adminB) });
    await expect(revokeApiToken(db(), { userId: adminA.userId }, token.id, { actor: auditActorOf(adminA) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolveApiToken(db(), token.secret)).toMatchObject({ userId: adminB.userId });
  });

  it("cannot read another company's profile; hub staff can", async () => {
    const { adminA, adminB } = await world();
    await expect(getOrganization(db(), adminA, adminB.organization.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    await expect(getOrganization(db(), moderator, adminB.organization.id)).resolves.toMatchObject({ id: adminB.organization.id });
  });

  it("edits only the caller's own organization, and only as its admin", async () => {
    const { adminA, staffA, adminB } = await world();
    await updateOrganization(db(), adminA, { name: "A renamed", legalName: "A LLP", city: "Shymkent" });
    expect((await db().organization.findUniqueOrThrow({ where: { id: adminA.organization.id } })).name).toBe("A renamed");
    expect((await db().organization.findUniqueOrThrow({ where: { id: adminB.organization.id } })).name).not.toBe("A renamed");
    await expect(updateOrganization(db(), staffA, { name: "Nope", legalName: "Nope", city: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds members only to the caller's company, with roles that fit it", async () => {
    const { adminA, staffA } = await world();
    const added = await addMember(db(), adminA, { name: "New Colleague", email: "colleague-a@example.com", role: "buyer", password: "colleague-pass-2026" });
    expect((await db().membership.findUniqueOrThrow({ where: { userId: added.id } })).organizationId).toBe(adminA.organization.id);
    await expect(addMember(db(), adminA, { name: "Sneaky", email: "sneaky@example.com", role: "admin", password: "colleague-pass-2026" })).rejects.toMatchObject({
      details: { fields: { role: "field.role_not_allowed" } },
    });
    await expect(addMember(db(), staffA, { name: "Other", email: "other-a@example.com", role: "buyer", password: "colleague-pass-2026" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps buyers and suppliers out of each other's pages and out of the hub", async () => {
    const { adminA, supplier } = await world();
    expect(can(adminA, "page:buyer")).toBe(true);
    expect(can(adminA, "page:supplier")).toBe(false);
    expect(can(adminA, "page:hub")).toBe(false);
    expect(can(supplier, "page:buyer")).toBe(false);
    await expect(getHubOverview(db(), adminA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getHubOverview(db(), supplier)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows finance staff the hub figures but not the audit trail", async () => {
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const overview = await getHubOverview(db(), finance);
    expect(overview.recentEvents).toBeNull();
    const admin = await createActor(db(), { type: "HUB", roles: ["admin"], organizationId: finance.organization.id });
    expect((await getHubOverview(db(), admin)).recentEvents).not.toBeNull();
  });
});
