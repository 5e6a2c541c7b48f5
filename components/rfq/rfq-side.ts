import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export type RfqSide = "buyer" | "supplier" | "hub";

/**
 * Which side of the trade the actor sees RFQs from — the buyer's company (who may buy), a
 * supplier's inbox, or hub staff (read-only) — or null when they may not see RFQs at all.
 */
export function rfqSideOf(actor: Actor): RfqSide | null {
  if (actor.organization.type === "BUYER") return can(actor, "rfq:buy", { organizationId: actor.organization.id }) ? "buyer" : null;
  if (actor.organization.type === "SUPPLIER") return actor.roles.length ? "supplier" : null;
  return can(actor, "deals:monitor") ? "hub" : null;
}
