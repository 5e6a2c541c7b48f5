import type { ApiAuth, OpenApiDocument, OperationObject } from "./types";

export const securitySchemes: OpenApiDocument["components"]["securitySchemes"] = {
  bearerToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "krv_…",
    description: "An API token from Account → API tokens. It acts as the user who created it, with that user's current roles.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The browser session after signing in (named __Secure-authjs.session-token over HTTPS). Ignored when an Authorization header is sent.",
  },
};

/** `{}` in the list makes credentials optional (OpenAPI's way to say "anonymous allowed"). */
export function securityFor(auth: ApiAuth): OperationObject["security"] {
  const credentials: OperationObject["security"] = [{ bearerToken: [] }, { sessionCookie: [] }];
  if (auth === "none") return [];
  return auth === "optional" ? [{}, ...credentials] : credentials;
}
