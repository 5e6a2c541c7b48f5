import type { OrganizationType, Role } from "@/lib/db/generated/enums.ts";

export const rolesByOrganizationType: Record<OrganizationType, readonly Role[]> = {
  BUYER: ["buyer_admin", "buyer"],
  SUPPLIER: ["supplier_admin", "supplier"],
  HUB: ["moderator", "finance", "admin"],
};

export const adminRoleFor: Record<OrganizationType, Role> = {
  BUYER: "buyer_admin",
  SUPPLIER: "supplier_admin",
  HUB: "admin",
};

/** Where each kind of organization lands after signing in (below /[locale]). */
export const landingPath: Record<OrganizationType, string> = {
  BUYER: "/buyer",
  SUPPLIER: "/supplier",
  HUB: "/hub",
};

export function rolesFitOrganization(type: OrganizationType, roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => rolesByOrganizationType[type].includes(role));
}
