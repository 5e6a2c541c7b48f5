import { authenticatedRoute } from "@/lib/api/handler";
import { apiLocale } from "@/lib/api/json-error";
import { statementJson } from "@/lib/api/statement-json";
import { db } from "@/lib/db/client";
import { getStatement } from "@/lib/settlement/get-statement";
import { statementCsv, statementFileName, statementPdf } from "@/lib/settlement/export-statement";

export const runtime = "nodejs";

function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

// GET /api/v1/statements – an organization's statement for one currency and period, as JSON, CSV or PDF.
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const statement = await getStatement(db(), actor, query);
  const locale = apiLocale(request, actor.locale);
  if (query.format === "csv") {
    return new Response(statementCsv(statement, locale), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(statementFileName(statement, "csv")), "Cache-Control": "private, no-store" } });
  }
  if (query.format === "pdf") {
    return new Response(new Uint8Array(await statementPdf(statement, locale)), { headers: { "Content-Type": "application/pdf", "Content-Disposition": attachment(statementFileName(statement, "pdf")), "Cache-Control": "private, no-store" } });
  }
  return Response.json(statementJson(statement));
});
