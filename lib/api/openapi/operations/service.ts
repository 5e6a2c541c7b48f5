import type { ApiOperation } from "../types";

export const serviceOperations: ApiOperation[] = [
  {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Service",
    summary: "Get this API description (OpenAPI 3.1)",
    description: "Generated from the same zod schemas that validate requests. Import it into Postman, Insomnia or a client generator.",
    auth: "none",
    success: [{ status: 200, description: "The OpenAPI document.", body: "OpenApiDocument" }],
    errors: [],
  },
  {
    operationId: "getHealth",
    method: "get",
    path: "/api/health",
    tag: "Service",
    summary: "Check the database and search",
    description: "For load balancers and monitoring. Never cached.",
    auth: "none",
    success: [
      { status: 200, description: "Everything works.", body: "Health" },
      { status: 503, description: "The database or search is down; the body says which.", body: "Health" },
    ],
    errors: [],
  },
];
