import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { OrganizationType, Role } from "@/lib/db/generated/enums.ts";
import { authorize, can } from "./permissions";

const actor = (type: OrganizationType, roles: Role[]): Actor => ({
  userId: "u",
  email: "e@example.com",
  name: "n",
  locale: "en",
  organization: { id: "o", type, name: "Org", country: "KZ", city: "Almaty", verificationStatus: "VERIFIED" },
  roles,
  via: "session",
});

describe("who manages FX rates", () => {
  it.each([
    ["HUB", ["finance"], true],
    ["HUB", ["admin"], true],
    ["HUB", ["moderator"], false],
    ["BUYER", ["buyer_admin"], false],
    ["SUPPLIER", ["supplier_admin"], false],
    // A role name alone is not enough: only hub staff keep the rates.
    ["BUYER", ["admin"], false],
  ] as [OrganizationType, Role[], boolean][])("%s %j → %s", (type, roles, allowed) => {
    expect(can(actor(type, roles), "fx:manage")).toBe(allowed);
  });

  it("throws the right codes", () => {
    expect(() => authorize(null, "fx:manage")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => authorize(actor("HUB", ["moderator"]), "fx:manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(can(null, "fx:manage")).toBe(false);
  });
});
