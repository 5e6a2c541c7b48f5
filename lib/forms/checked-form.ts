import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { toFieldErrors } from "@/lib/errors/validation";

/**
 * A form read into a schema's raw input, with the problems the reader found itself (numbers
 * it could not read in the user's locale…). Those and the schema's own errors are reported
 * together, so one round trip shows every field to fix. Returns the raw input when clean.
 */
export function checkedForm(read: { raw: Record<string, unknown>; errors: FieldErrors }, schema: z.ZodType): Record<string, unknown> {
  if (Object.keys(read.errors).length) {
    const parsed = schema.safeParse(read.raw);
    throw new AppError("VALIDATION_FAILED", "Form is invalid", { fields: { ...(parsed.success ? {} : toFieldErrors(parsed.error)), ...read.errors } });
  }
  return read.raw;
}
