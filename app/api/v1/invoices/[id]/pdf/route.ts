import { authenticatedRoute } from "@/lib/api/handler";
import { db } from "@/lib/db/client";
import { invoicePdfData } from "@/lib/settlement/invoice-pdf-data";
import { renderInvoicePdf } from "@/lib/settlement/pdf/render-invoice-pdf";

export const runtime = "nodejs";

// GET /api/v1/invoices/:id/pdf – the bilingual proforma invoice with the platform's bank details and the payment reference.
export const GET = authenticatedRoute<{ id: string }>(async ({ actor, params }) => {
  const data = await invoicePdfData(db(), actor, params.id);
  const pdf = await renderInvoicePdf(data);
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="${data.number}.pdf"`, "Cache-Control": "private, no-store" },
  });
});
