import { errorStatus, type ErrorCode } from "@/lib/errors/app-error";
import englishErrors from "@/locales/en/errors.json";
import { componentRef } from "./to-json-schema";
import type { OpenApiDocument } from "./types";

/** components.responses names, one per error code. */
export const errorResponseName: Record<ErrorCode, string> = {
  BAD_REQUEST: "BadRequest",
  UNAUTHENTICATED: "Unauthenticated",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "NotFound",
  CONFLICT: "Conflict",
  VALIDATION_FAILED: "ValidationFailed",
  RATE_LIMITED: "RateLimited",
  INTERNAL: "Internal",
};

const meaning: Record<ErrorCode, string> = {
  BAD_REQUEST: "The request could not be read: malformed JSON, a body that is not an object, or a wrong Content-Type.",
  UNAUTHENTICATED: "No valid API token or session.",
  FORBIDDEN: "Authenticated, but this account may not do this.",
  NOT_FOUND: "No such resource, or it belongs to another organization.",
  CONFLICT: "The resource is not in a state that allows this; reload it and try again.",
  VALIDATION_FAILED: "Some values are not valid; `fields` says which and why.",
  RATE_LIMITED: "Too many requests; wait for Retry-After seconds.",
  INTERNAL: "Unexpected failure on the server; it is logged. Retrying later may help.",
};

const exampleFields: Partial<Record<ErrorCode, Record<string, string>>> = {
  VALIDATION_FAILED: { "priceTiers.0.minQty": englishErrors.field.first_tier_not_moq },
};

export function errorResponses(): OpenApiDocument["components"]["responses"] {
  return Object.fromEntries(
    (Object.keys(errorStatus) as ErrorCode[]).map((code) => {
      const headers =
        code === "RATE_LIMITED"
          ? { "Retry-After": { description: "Seconds to wait before the next request.", schema: { type: "integer", minimum: 1 } } }
          : code === "UNAUTHENTICATED"
            ? { "WWW-Authenticate": { description: 'Bearer realm="karavan"', schema: { type: "string" } } }
            : undefined;
      const example = { error: { code, message: englishErrors.code[code], ...(exampleFields[code] ? { fields: exampleFields[code] } : {}) } };
      return [errorResponseName[code], { description: `${errorStatus[code]} ${code}: ${meaning[code]}`, ...(headers ? { headers } : {}), content: { "application/json": { schema: { $ref: componentRef("Error") }, example } } }];
    }),
  );
}
