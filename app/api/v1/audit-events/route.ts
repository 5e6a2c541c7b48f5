import { authenticatedRoute } from "@/lib/api/handler";
import { auditEventPageJson } from "@/lib/api/audit-json";
import { apiLocale } from "@/lib/api/json-error";
import { auditCsv } from "@/lib/audit/audit-csv";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db/client";
import { getT } from "@/lib/i18n/server";

// GET /api/v1/audit-events – the hash-chained audit log for hub administrators and moderators, filtered; JSON or CSV.
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  if (query.format === "csv") {
    const page = await listAuditEvents(db(), actor, query, { export: true });
    const csv = auditCsv(page, getT(apiLocale(request, actor.locale), "dashboard"));
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`, "Cache-Control": "private, no-store" } });
  }
  return Response.json(auditEventPageJson(await listAuditEvents(db(), actor, query)));
});
