import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { toConsoleImportView, type ConsoleImportView } from "./console-import-view";

/** The organization's latest imports, newest first, without their (possibly long) reports. */
export async function listConsoleImports(client: Db, actor: Actor, options: { take?: number; now?: Date } = {}): Promise<ConsoleImportView[]> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  const rows = await client.catalogImport.findMany({
    where: { organizationId: actor.organization.id },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 10, 50),
    omit: { issues: true },
  });
  const now = options.now ?? new Date();
  return rows.map((row) => toConsoleImportView({ ...row, issues: [] }, now));
}
