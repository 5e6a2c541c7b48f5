import { after } from "next/server";
import { authenticatedRoute } from "@/lib/api/handler";
import { listConsoleImports } from "@/lib/catalog/console-import/list-console-imports";
import { readCatalogUpload } from "@/lib/catalog/console-import/read-catalog-upload";
import { startConsoleImport } from "@/lib/catalog/console-import/start-console-import";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";

// POST /api/v1/catalog-imports – upload a catalog file (multipart: `file`, optional `submitForReview=true`); 202 with the job to poll.
export const POST = authenticatedRoute(async ({ request, actor }) => {
  const maxBytes = env().UPLOAD_MAX_CATALOG_MB * 1024 * 1024;
  const upload = await readCatalogUpload(request, maxBytes);
  const started = await startConsoleImport(db(), actor, upload, { maxBytes, runInBackground: (task) => after(task) });
  return Response.json(started, { status: 202, headers: { Location: `/api/v1/catalog-imports/${started.import.id}` } });
});

// GET /api/v1/catalog-imports – the caller's organization's recent imports, newest first.
export const GET = authenticatedRoute(async ({ actor }) => Response.json({ imports: await listConsoleImports(db(), actor) }));
