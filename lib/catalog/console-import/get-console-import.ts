import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { storedIssues, toConsoleImportView, type ConsoleImportDetail } from "./console-import-view";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One of the actor's organization's imports with its per-line report — what the browser polls
 * while the job runs. Another organization's import is NOT_FOUND, not FORBIDDEN: its existence
 * is not revealed.
 */
export async function getConsoleImport(client: Db, actor: Actor, importId: string, now = new Date()): Promise<ConsoleImportDetail> {
  authorize(actor, "listings:manage", { organizationId: actor.organization.id });
  if (!uuid.test(importId)) throw new AppError("NOT_FOUND", "Import not found");
  const row = await client.catalogImport.findFirst({ where: { id: importId, organizationId: actor.organization.id } });
  if (!row) throw new AppError("NOT_FOUND", "Import not found");
  return { ...toConsoleImportView(row, now), issues: storedIssues(row.issues) };
}
