import { authenticatedRoute } from "@/lib/api/handler";
import { publicRoute } from "@/lib/api/public-route";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { toFxRateJson, toFxRateListJson } from "@/lib/money/fx/fx-rate-json";
import { listLatestFxRates } from "@/lib/money/fx/list-latest-fx-rates";
import { recordFxRate } from "@/lib/money/fx/record-fx-rate";

// GET /api/v1/fx-rates – public: the rate in force for every pair, with source, effective time and staleness.
export const GET = publicRoute(async () => {
  return Response.json(toFxRateListJson(await listLatestFxRates(db())));
});

// POST /api/v1/fx-rates – hub finance staff record one rate.
export const POST = authenticatedRoute(async ({ actor, readJsonObject, request }) => {
  const row = await recordFxRate(db(), actor, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(toFxRateJson(row), { status: 201 });
});
