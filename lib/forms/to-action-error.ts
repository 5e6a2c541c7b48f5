import "server-only";
import { isAppError } from "@/lib/errors/app-error";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import type { ActionState } from "./action-state";

/**
 * Turns a thrown error into a form state in the user's language. Expected errors (AppError)
 * say what went wrong; anything else is logged with its context and shown as a generic
 * failure, so internals never reach the page.
 */
export function toActionError(error: unknown, locale: Locale, context: string, values?: Record<string, string>): ActionState {
  const t = getT(locale, "errors");
  if (isAppError(error)) {
    const fieldErrors = error.details.fields
      ? Object.fromEntries(Object.entries(error.details.fields).map(([field, key]) => [field, t(key)]))
      : undefined;
    const message = t(error.details.messageKey ?? (error.code === "VALIDATION_FAILED" ? "form_has_errors" : `code.${error.code}`));
    return { status: "error", message, fieldErrors, values };
  }
  console.error(`[${context}] unexpected error`, error);
  return { status: "error", message: t("code.INTERNAL"), values };
}

/** FormData → plain strings (files and repeated keys are not used by these forms). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}
