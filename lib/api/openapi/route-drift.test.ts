import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-document";
import { documentOperations } from "./document-operations";
import { exportedMethods, listRouteHandlers, routePath } from "./route-handlers";

const appDir = path.resolve(__dirname, "../../../app");

describe("route handlers and the OpenAPI document", () => {
  it("document exactly the routes under app/api (catch-alls excepted)", () => {
    const implemented = new Set(listRouteHandlers(appDir, path.join(appDir, "api")));
    const documented = new Set(documentOperations(buildOpenApiDocument()).map(({ method, path: url }) => `${method.toUpperCase()} ${url}`));
    // Both lists name "METHOD /path"; an empty pair is the only passing state.
    expect({
      "implemented but not documented (add to lib/api/openapi/operations)": [...implemented].filter((entry) => !documented.has(entry)).sort(),
      "documented but not implemented (no such export in app/api/**/route.ts)": [...documented].filter((entry) => !implemented.has(entry)).sort(),
    }).toEqual({
      "implemented but not documented (add to lib/api/openapi/operations)": [],
      "documented but not implemented (no such export in app/api/**/route.ts)": [],
    });
  });
});

describe("route file parsing", () => {
  it("finds exported methods in every style Next accepts", () => {
    expect(exportedMethods("export const GET = wrap(async () => x);\nexport async function PATCH() {}\nexport function DELETE() {}")).toEqual(["DELETE", "GET", "PATCH"]);
    expect(exportedMethods("export { notFound as GET, notFound as POST, handler as PUT };")).toEqual(["GET", "POST", "PUT"]);
    expect(exportedMethods('export const dynamic = "force-dynamic";\nexport const runtime = "nodejs";')).toEqual([]);
  });

  it("maps folders to OpenAPI paths and skips catch-alls and route groups", () => {
    expect(routePath("/app", "/app/api/v1/listings/[id]/images/[imageId]/route.ts")).toBe("/api/v1/listings/{id}/images/{imageId}");
    expect(routePath("/app", "/app/api/v1/openapi.json/route.ts")).toBe("/api/v1/openapi.json");
    expect(routePath("/app", "/app/api/(public)/health/route.ts")).toBe("/api/health");
    expect(routePath("/app", "/app/api/v1/[...path]/route.ts")).toBeNull();
    expect(routePath("/app", "/app/api/auth/[...nextauth]/route.ts")).toBeNull();
  });
});
