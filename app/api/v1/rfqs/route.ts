import { authenticatedRoute } from "@/lib/api/handler";
import { moneyJson } from "@/lib/api/search-response";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { createRfq } from "@/lib/rfq/create-rfq";
import { listRfqs } from "@/lib/rfq/list-rfqs";

// GET /api/v1/rfqs – a buyer's RFQs, a supplier's RFQ inbox, or all RFQs for hub staff; ?status=&page=&pageSize=
export const GET = authenticatedRoute(async ({ actor, request }) => {
  const result = await listRfqs(db(), actor, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({
    total: result.total,
    page: result.query.page,
    pages: result.pages,
    counts: result.counts,
    rfqs: result.rfqs.map((rfq) => ({
      id: rfq.id,
      number: rfq.number,
      status: rfq.status,
      title: rfq.title,
      categorySlug: rfq.category.slug,
      quantity: rfq.quantity,
      unit: rfq.unit,
      targetPrice: rfq.targetPriceMinor !== null && rfq.targetCurrency ? moneyJson(rfq.targetPriceMinor, rfq.targetCurrency) : null,
      buyer: rfq.buyer,
      quotes: rfq._count.quotes,
      expiresAt: rfq.expiresAt,
      createdAt: rfq.createdAt,
    })),
  });
});

// POST /api/v1/rfqs – create an RFQ (published unless "publish": false).
export const POST = authenticatedRoute(async ({ actor, readJsonObject, request }) => {
  const created = await createRfq(db(), actor, await readJsonObject(), { ip: clientIp(request.headers) });
  return Response.json(created, { status: 201, headers: { Location: `/api/v1/rfqs/${created.id}` } });
});
