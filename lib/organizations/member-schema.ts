import { z } from "zod";
import { passwordSchema, passwordContainsEmail } from "@/lib/auth/password-rules";

export const roleValues = ["buyer_admin", "buyer", "supplier_admin", "supplier", "moderator", "finance", "admin"] as const;

export const addMemberSchema = z
  .object({
    name: z.string({ error: "required" }).trim().min(2, { error: "too_short" }).max(120, { error: "too_long" }),
    email: z.string({ error: "required" }).trim().toLowerCase().max(254, { error: "too_long" }).pipe(z.email({ error: "email_invalid" })),
    role: z.enum(roleValues, { error: "required" }),
    /** Initial password the admin hands over; the member changes it on the account page. */
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    if (passwordContainsEmail(value.password, value.email)) ctx.addIssue({ code: "custom", path: ["password"], message: "password_contains_email" });
  });
