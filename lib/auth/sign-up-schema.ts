import { z } from "zod";
import { countriesByOrganizationType } from "@/lib/organizations/countries";
import { locales } from "@/lib/i18n/config";
import { passwordContainsEmail, passwordSchema } from "./password-rules";

const trimmed = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(min, { error: min <= 1 ? "required" : "too_short" }).max(max, { error: "too_long" });

/** Shared by the sign-up form (server action) and any API that registers a company. */
export const signUpSchema = z
  .object({
    companyType: z.enum(["BUYER", "SUPPLIER"], { error: "required" }),
    companyName: trimmed(2, 120),
    legalName: trimmed(2, 200),
    country: z.string({ error: "required" }).length(2, { error: "required" }),
    city: trimmed(2, 80),
    name: trimmed(2, 120),
    email: z.string({ error: "required" }).trim().toLowerCase().max(254, { error: "too_long" }).pipe(z.email({ error: "email_invalid" })),
    password: passwordSchema,
    locale: z.enum(locales).default("en"),
  })
  .superRefine((value, ctx) => {
    if (!countriesByOrganizationType[value.companyType].includes(value.country)) {
      ctx.addIssue({ code: "custom", path: ["country"], message: "country_not_served" });
    }
    if (passwordContainsEmail(value.password, value.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "password_contains_email" });
    }
  });

export type SignUpInput = z.infer<typeof signUpSchema>;
