import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { listInvitableSuppliers } from "@/lib/rfq/list-invitable-suppliers";

// GET /api/v1/suppliers?category=<slug> – verified suppliers a buyer can invite to an RFQ of that category.
export const GET = authenticatedRoute(async ({ actor, request }) =>
  Response.json({ suppliers: await listInvitableSuppliers(db(), actor, Object.fromEntries(new URL(request.url).searchParams)) }),
);
