import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { searchEngine } from "@/lib/search/engine";

export const dynamic = "force-dynamic";

// GET /api/health – database and search status; 503 when either is down.
export async function GET() {
  const health = await checkHealth(db(), async () => {
    const engine = await searchEngine();
    const [state, documents] = await Promise.all([engine.health(), engine.count()]);
    return { engine: engine.name, documents, ...state };
  });
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
