import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// GET /api/health – database and search status; 503 when either is down.
export async function GET() {
  const e = env();
  const health = await checkHealth(db(), { meilisearchUrl: e.MEILISEARCH_URL, meilisearchApiKey: e.MEILISEARCH_API_KEY });
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
