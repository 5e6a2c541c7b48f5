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

describe("staff separation of duties", () => {
  const staffActions = ["listings:review", "settlement:manage", "settlement:read_all", "audit:read", "disputes:decide", "verification:review", "reviews:moderate", "fx:manage", "deals:monitor", "page:hub"] as const;
  const financeOnly = ["settlement:manage", "fx:manage"] as const;
  const moderationOnly = ["listings:review", "disputes:decide", "verification:review", "reviews:moderate", "audit:read"] as const;

  it("keeps buyers and suppliers, even their admins, out of every staff action", () => {
    for (const outsider of [actor("BUYER", ["buyer_admin"]), actor("BUYER", ["buyer"]), actor("SUPPLIER", ["supplier_admin"]), actor("SUPPLIER", ["supplier"])]) {
      for (const action of staffActions) expect(can(outsider, action, { organizationId: "org-1" }), `${outsider.roles[0]} ${action}`).toBe(false);
    }
  });

  it("lets moderators moderate but not move money, and finance move money but not moderate", () => {
    const moderator = actor("HUB", ["moderator"], "hub");
    const finance = actor("HUB", ["finance"], "hub");
    for (const action of moderationOnly) {
      expect(can(moderator, action), `moderator ${action}`).toBe(true);
      expect(can(finance, action), `finance ${action}`).toBe(false);
    }
    for (const action of financeOnly) {
      expect(can(finance, action), `finance ${action}`).toBe(true);
      expect(can(moderator, action), `moderator ${action}`).toBe(false);
    }
    for (const action of [...moderationOnly, ...financeOnly]) expect(can(actor("HUB", ["admin"], "hub"), action), `admin ${action}`).toBe(true);
  });
});
