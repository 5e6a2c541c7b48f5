import { authenticatedRoute } from "@/lib/api/handler";
import { apiLocale } from "@/lib/api/json-error";
import { getConsoleImport } from "@/lib/catalog/console-import/get-console-import";
import { db } from "@/lib/db/client";
import { createI18n } from "@/lib/i18n/create-i18n";

// GET /api/v1/catalog-imports/:id – progress and per-line report of one import; each issue's message in the caller's language.
export const GET = authenticatedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const found = await getConsoleImport(db(), actor, params.id);
  const locale = apiLocale(request, actor.locale);
  const t = createI18n(locale).getFixedT(locale, "errors");
  return Response.json({ ...found, issues: found.issues.map((issue) => ({ ...issue, message: t(issue.key) })) }, { headers: { "Cache-Control": "no-store" } });
});
