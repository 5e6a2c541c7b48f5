import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/enums.ts";
import { notify, type NotifyInput } from "./notify";

/**
 * Tells the trade hub's staff holding one of `roles` (moderators for disputes and flags,
 * finance for money matters). Nothing happens when no hub organization exists yet.
 */
export async function notifyHubStaff(tx: Tx, roles: Role[], input: Omit<NotifyInput, "to">): Promise<void> {
  const hub = await tx.organization.findFirst({ where: { type: "HUB" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (hub) await notify(tx, { ...input, to: { organizationId: hub.id, roles } } as NotifyInput);
}
