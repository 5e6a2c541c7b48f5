import { z } from "zod";
import { orderDocumentInputSchema } from "@/lib/orders/add-order-document";
import { directOrderInputSchema } from "@/lib/orders/direct-order-input";
import { orderListQuerySchema } from "@/lib/orders/list-orders";
import { orderTransitionInputSchema } from "@/lib/orders/transition-input";
import type { ApiOperation } from "../types";

const orderIdParams = z.object({ id: z.uuid().meta({ description: "Order ID.", examples: ["9e3b1d7a-4c2f-4a8e-b6d1-2f5a7c9e0b34"] }) });

const transitionFieldDocs: Record<string, string> = {
  to: "The status to move the order to; one of the order's nextSteps.",
  shipment: "Required for SHIPPED: { carrier, trackingNumber, route? }, each at most 80 characters.",
  note: "Why, for the other side (at most 1000 characters); kept in the timeline.",
};

const documentFieldDocs: Record<string, string> = {
  attachmentId: "ID of a file uploaded with POST /api/v1/attachments and not attached anywhere yet.",
  kind: "What the document is.",
};

const directOrderFieldDocs: Record<string, string> = {
  listingId: "ID of a published listing.",
  quantity: "Quantity in the listing's unit, at least its MOQ; priced by the highest price tier it reaches.",
  incoterm: "One of the Incoterms rules the listing offers.",
  namedPlace: "Named place, only used when the listing's offer has none (EXW).",
  deliveryDate: "Wished delivery date (YYYY-MM-DD).",
};

export const orderOperations: ApiOperation[] = [
  {
    operationId: "listOrders",
    method: "get",
    path: "/api/v1/orders",
    tag: "Orders",
    summary: "List orders",
    description: "A buyer gets the orders its company placed, a supplier the orders it received, trade-hub staff every order. Newest first, with counts per status. Invalid filter values are ignored.",
    auth: "required",
    query: orderListQuerySchema,
    queryDocs: {
      status: "Only orders in this state.",
      page: "Page number, from 1.",
      pageSize: "Orders per page (at most 100).",
    },
    exampleQuery: { status: "SHIPPED", page: "1" },
    success: [{ status: 200, description: "One page of orders, short form.", body: "OrderPage" }],
    errors: ["UNAUTHENTICATED", "INTERNAL"],
  },
  {
    operationId: "createDirectOrder",
    method: "post",
    path: "/api/v1/orders",
    tag: "Orders",
    summary: "Order from a listing",
    description:
      "For buyer accounts: a direct order without an RFQ, at the listing's tier price for the quantity and on one of its Incoterms. The order waits for the supplier's confirmation; the supplier is notified.",
    auth: "required",
    body: {
      contentType: "application/json",
      component: "DirectOrderInput",
      schema: directOrderInputSchema,
      example: { listingId: "3f1c9a52-7a4e-4c1e-9f2b-1d2e3f4a5b6c", quantity: 2000, incoterm: "DAP", deliveryDate: "2027-02-15" },
      fieldDocs: directOrderFieldDocs,
    },
    success: [{ status: 201, description: "The new order's ID and number.", body: "OrderCreated", headers: { Location: "URL of the new order." } }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "getOrder",
    method: "get",
    path: "/api/v1/orders/{id}",
    tag: "Orders",
    summary: "Get an order",
    description:
      "Lines, totals (also in the buyer's currency with the rate used), terms, shipment, documents, the timeline, and `nextSteps`: the statuses you may move it to now. Its buyer, its supplier and trade-hub staff may read it; anyone else gets 404.",
    auth: "required",
    pathParams: orderIdParams,
    success: [{ status: 200, description: "The order.", body: "Order" }],
    errors: ["UNAUTHENTICATED", "NOT_FOUND", "INTERNAL"],
  },
  {
    operationId: "transitionOrder",
    method: "post",
    path: "/api/v1/orders/{id}/transitions",
    tag: "Orders",
    summary: "Move an order to its next status",
    description:
      "PENDING_SUPPLIER_CONFIRMATION → CONFIRMED (supplier) → AWAITING_PAYMENT (supplier) → PAID (hub finance) → IN_PRODUCTION (supplier) → SHIPPED (supplier, with the shipment) → DELIVERED (buyer) → COMPLETED (buyer or hub). Either side may cancel until the order is paid, the hub after that; the buyer may dispute from payment on, and the hub settles disputes. 409 when the move does not exist from the current status, 403 when it is the other party's step. The other side is notified.",
    auth: "required",
    pathParams: orderIdParams,
    body: {
      contentType: "application/json",
      component: "OrderTransitionInput",
      schema: orderTransitionInputSchema,
      example: { to: "SHIPPED", shipment: { carrier: "KTZ Express", trackingNumber: "KZ-20261128-7781", route: "Khorgos rail" } },
      fieldDocs: transitionFieldDocs,
    },
    success: [{ status: 200, description: "The order in its new status.", body: "Order" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
  {
    operationId: "addOrderDocument",
    method: "post",
    path: "/api/v1/orders/{id}/documents",
    tag: "Orders",
    summary: "Attach a trade document to an order",
    description:
      "For the order's supplier: upload the file with POST /api/v1/attachments first, then name it here with its kind (commercial invoice, packing list, certificate of origin, EAC certificate…). The buyer is notified. 409 when the order is cancelled.",
    auth: "required",
    access: "supplier",
    pathParams: orderIdParams,
    body: { contentType: "application/json", component: "OrderDocumentInput", schema: orderDocumentInputSchema, example: { attachmentId: "5b0e7c2a-9d41-4f6e-8a3b-2c1d0e9f8a7b", kind: "COMMERCIAL_INVOICE" }, fieldDocs: documentFieldDocs },
    success: [{ status: 201, description: "The document now attached.", body: "OrderDocumentAdded" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "INTERNAL"],
  },
];
