import type { z } from "zod";
import { AppError, type FieldErrors } from "./app-error";

/**
 * Zod issues → field errors. Schemas put a message *key* in each refinement
 * (`{ error: "email_invalid" }`); issues without one fall back to a generic key per kind,
 * so every message the user sees is translated.
 */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (fields[field]) continue;
    fields[field] = /^[a-z_]+$/.test(issue.message) ? `field.${issue.message}` : `field.${genericKey(issue)}`;
  }
  return fields;
}

function genericKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? "too_short" : "too_small";
    case "too_big":
      return issue.origin === "string" ? "too_long" : "too_big";
    case "invalid_type":
      return "required";
    default:
      return "invalid";
  }
}

/** Parses or throws VALIDATION_FAILED carrying the translated-message keys per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "Input is invalid", { fields: toFieldErrors(result.error) });
  }
  return result.data;
}
