import type { Actor } from "@/lib/auth/actor";
import type { OrderParty } from "./order-transitions";

/** Which parties of an order the actor speaks for. Empty: the order is none of their business. */
export function orderPartiesOf(actor: Actor, order: { buyerId: string; supplierId: string }): OrderParty[] {
  const parties: OrderParty[] = [];
  const roles = actor.roles as string[];
  if (actor.organization.id === order.buyerId && roles.some((r) => r === "buyer_admin" || r === "buyer")) parties.push("buyer");
  if (actor.organization.id === order.supplierId && roles.some((r) => r === "supplier_admin" || r === "supplier")) parties.push("supplier");
  if (actor.organization.type === "HUB") {
    if (roles.some((r) => r === "finance" || r === "admin")) parties.push("hub_finance");
    if (roles.some((r) => r === "moderator" || r === "admin")) parties.push("hub_moderator");
  }
  return parties;
}

/** May read the order: its two companies and hub staff. */
export function canSeeOrder(actor: Actor, order: { buyerId: string; supplierId: string }): boolean {
  return actor.organization.id === order.buyerId || actor.organization.id === order.supplierId || actor.organization.type === "HUB";
}
