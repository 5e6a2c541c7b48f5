/**
 * The one error type for expected failures. Each code has an HTTP status (REST) and a
 * translated message (`errors:code.<code>` in locales/*), so the same failure reads right
 * in a form, in JSON and in a log. Anything that is not an AppError is unexpected: it is
 * logged with context and shown as INTERNAL.
 */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field name → message key in the `errors` namespace (e.g. "field.email_invalid"). */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: { fields?: FieldErrors; retryAfterSeconds?: number; /** A more specific message than the code's own, as a key in the `errors` namespace. */ messageKey?: string } = {},
  ) {
    super(message ?? code);
    this.name = "AppError";
    this.status = errorStatus[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
