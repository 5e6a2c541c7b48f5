import { Prisma } from "@/lib/db/generated/client.ts";
import { AppError } from "@/lib/errors/app-error";

/**
 * Turns the unique-index violation on User.email into the CONFLICT the forms show next to the
 * e-mail field. Relying on the index (rather than a lookup first) keeps two simultaneous
 * registrations of one address from both succeeding.
 */
export function asEmailTaken(error: unknown, email: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("CONFLICT", `A user with e-mail ${email} already exists`, { fields: { email: "field.email_taken" } });
  }
  return error;
}
