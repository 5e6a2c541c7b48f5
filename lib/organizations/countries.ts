import type { OrganizationType } from "@/lib/db/generated/enums.ts";

/**
 * Where each kind of company may be registered today: buyers on the Central Asian side of the
 * corridor (and Russia, whose companies buy through the same hubs), suppliers in China.
 * Country names are never translated by hand: Intl.DisplayNames names them in every locale.
 */
export const countriesByOrganizationType: Record<OrganizationType, readonly string[]> = {
  BUYER: ["KZ", "UZ", "KG", "TJ", "RU"],
  SUPPLIER: ["CN"],
  HUB: ["KZ", "UZ", "KG", "CN"],
};
