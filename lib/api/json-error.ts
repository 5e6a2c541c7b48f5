import { AppError, errorStatus, type ErrorCode } from "@/lib/errors/app-error";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { createI18n } from "@/lib/i18n/create-i18n";
import { negotiateLocale } from "@/lib/i18n/negotiate";

/** The REST error body: `{ "error": { "code", "message", "fields"? } }`, message in the caller's language. */
export function jsonError(code: ErrorCode, locale: Locale, extra: { fields?: Record<string, string>; messageKey?: string; headers?: HeadersInit } = {}): Response {
  const t = createI18n(locale).getFixedT(locale, "errors");
  const fields = extra.fields ? Object.fromEntries(Object.entries(extra.fields).map(([field, key]) => [field, t(key)])) : undefined;
  return Response.json(
    { error: { code, message: t(extra.messageKey ?? `code.${code}`), ...(fields ? { fields } : {}) } },
    { status: errorStatus[code], headers: extra.headers },
  );
}

export function appErrorResponse(error: AppError, locale: Locale): Response {
  const headers = error.details.retryAfterSeconds ? { "Retry-After": String(error.details.retryAfterSeconds) } : undefined;
  return jsonError(error.code, locale, { fields: error.details.fields, messageKey: error.details.messageKey, headers });
}

/** The language for API messages: the user's preference when known, else Accept-Language. */
export function apiLocale(request: Request, preferred?: string): Locale {
  return isLocale(preferred) ? preferred : negotiateLocale(request.headers.get("accept-language"));
}
