import "server-only";
import { clientIp } from "@/lib/auth/client-ip";
import { isAppError } from "@/lib/errors/app-error";
import { apiLocale, appErrorResponse, jsonError } from "./json-error";
import { env } from "@/lib/env/server";
import { createRateLimiter } from "./rate-limit";

let limiter: ReturnType<typeof createRateLimiter> | undefined;

/** The wrapper for public /api/v1 handlers (no token needed): per-IP rate limit and error mapping. */
export function publicRoute<P = Record<string, never>>(handler: (context: { request: Request; params: P }) => Promise<Response>) {
  return async (request: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    const locale = apiLocale(request);
    limiter ??= createRateLimiter({ limit: env().SEARCH_API_RATE_LIMIT, windowMs: 60_000 });
    const verdict = limiter(clientIp(request.headers));
    if (!verdict.allowed) return jsonError("RATE_LIMITED", locale, { headers: { "Retry-After": String(verdict.retryAfterSeconds) } });
    try {
      return await handler({ request, params: await routeContext.params });
    } catch (error) {
      if (isAppError(error)) return appErrorResponse(error, locale);
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError("INTERNAL", locale);
    }
  };
}
