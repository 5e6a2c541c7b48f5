import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { authorize, can } from "./permissions";

function actor(type: Actor["organization"]["type"], roles: Actor["roles"], organizationId = "org-1"): Actor {
  return {
    userId: "u",
    email: "u@example.com",
    name: "U",
    locale: "en",
    via: "session",
    roles,
    organization: { id: organizationId, type, name: "Org", country: "KZ", city: "Almaty", verificationStatus: "VERIFIED" },
  };
}

describe("can", () => {
  it("opens each landing page to its own kind of organization only", () => {
    expect(can(actor("BUYER", ["buyer"]), "page:buyer")).toBe(true);
    expect(can(actor("BUYER", ["buyer_admin"]), "page:supplier")).toBe(false);
    expect(can(actor("SUPPLIER", ["supplier"]), "page:supplier")).toBe(true);
    expect(can(actor("SUPPLIER", ["supplier_admin"]), "page:hub")).toBe(false);
    expect(can(actor("HUB", ["finance"]), "page:hub")).toBe(true);
  });

  it("lets only an organization's admin manage its members", () => {
    const own = { organizationId: "org-1" };
    expect(can(actor("BUYER", ["buyer_admin"]), "members:manage", own)).toBe(true);
    expect(can(actor("BUYER", ["buyer"]), "members:manage", own)).toBe(false);
    expect(can(actor("BUYER", ["buyer_admin"]), "members:manage", { organizationId: "org-2" })).toBe(false);
    expect(can(actor("BUYER", ["buyer_admin"]), "members:manage")).toBe(false);
    expect(can(actor("HUB", ["admin"], "hub"), "members:manage", own)).toBe(false);
  });

  it("denies everything to nobody", () => {
    expect(can(null, "page:buyer")).toBe(false);
    expect(() => authorize(null, "page:buyer")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => authorize(actor("BUYER", ["buyer"]), "page:hub")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("keeps the audit trail to hub admins and moderators", () => {
    expect(can(actor("HUB", ["moderator"]), "audit:read")).toBe(true);
    expect(can(actor("HUB", ["finance"]), "audit:read")).toBe(false);
    expect(can(actor("BUYER", ["buyer_admin"]), "audit:read")).toBe(false);
  });
});
