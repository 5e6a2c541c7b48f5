import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getRequestActor } from "@/lib/auth/get-actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { apiLocale, appErrorResponse, jsonError } from "./json-error";

type Context<P> = { request: Request; actor: Actor; params: P; readJsonObject: () => Promise<Record<string, unknown>> };

/** The request body as a JSON object; anything else (wrong type, malformed, an array) is a 400. */
async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("BAD_REQUEST", "Content-Type must be application/json");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("BAD_REQUEST", "The body must be a JSON object");
  return body as Record<string, unknown>;
}

/**
 * The one wrapper for /api/v1 handlers: authenticates (bearer token or session), gives the
 * handler a JSON reader that answers 400 on a malformed body, and maps errors to the JSON
 * error shape with the right status. Handlers stay a few lines long.
 */
export function authenticatedRoute<P = Record<string, never>>(handler: (context: Context<P>) => Promise<Response>) {
  return async (request: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    let locale = apiLocale(request);
    try {
      const actor = await getRequestActor(request);
      if (!actor) return jsonError("UNAUTHENTICATED", locale, { headers: { "WWW-Authenticate": 'Bearer realm="karavan"' } });
      locale = apiLocale(request, actor.locale);
      return await handler({ request, actor, params: await routeContext.params, readJsonObject: () => readJsonObject(request) });
    } catch (error) {
      if (isAppError(error)) return appErrorResponse(error, locale);
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError("INTERNAL", locale);
    }
  };
}
