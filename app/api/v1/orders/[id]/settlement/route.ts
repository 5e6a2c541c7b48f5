import { authenticatedRoute } from "@/lib/api/handler";
import { settlementJson } from "@/lib/api/settlement-json";
import { db } from "@/lib/db/client";
import { getOrderSettlement } from "@/lib/settlement/get-order-settlement";

// GET /api/v1/orders/:id/settlement – invoices, payments, payout, FX snapshots and the ledger entries behind them.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => Response.json(settlementJson(await getOrderSettlement(db(), actor, params.id))));
