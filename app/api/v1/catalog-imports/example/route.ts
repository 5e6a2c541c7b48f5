import { publicRoute } from "@/lib/api/public-route";
import { buildExampleCatalog } from "@/lib/catalog/console-import/build-example-catalog";

const contentType = { csv: "text/csv; charset=utf-8", jsonl: "application/jsonl; charset=utf-8" } as const;

// GET /api/v1/catalog-imports/example?format=csv|jsonl – a small valid catalog file to start from.
export const GET = publicRoute(async ({ request }) => {
  const format = new URL(request.url).searchParams.get("format") === "jsonl" ? "jsonl" : "csv";
  return new Response(buildExampleCatalog(format), {
    headers: { "Content-Type": contentType[format], "Content-Disposition": `attachment; filename="karavan-catalog-example.${format}"`, "Cache-Control": "public, max-age=3600" },
  });
});
