import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getRequestActor } from "@/lib/auth/get-actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { apiLocale, appErrorResponse, jsonError } from "./json-error";

type Context<P> = { request: Request; actor: Actor; params: P; readJson: () => Promise<unknown> };

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
      const readJson = async () => {
        if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
          throw new AppError("BAD_REQUEST", "Content-Type must be application/json");
        }
        try {
          return (await request.json()) as unknown;
        } catch {
          throw new AppError("BAD_REQUEST", "Malformed JSON body");
        }
      };
      return await handler({ request, actor, params: await routeContext.params, readJson });
    } catch (error) {
      if (isAppError(error)) return appErrorResponse(error, locale);
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError("INTERNAL", locale);
    }
  };
}
