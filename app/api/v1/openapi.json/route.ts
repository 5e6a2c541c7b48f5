import { servedOpenApiDocument } from "@/lib/api/openapi/served-document";

export const dynamic = "force-dynamic";

// GET /api/v1/openapi.json – the OpenAPI 3.1 description of this API, generated from the zod schemas; public.
export function GET() {
  return Response.json(servedOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
