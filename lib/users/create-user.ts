import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordSchema } from "@/lib/auth/password-rules";
import { rolesFitOrganization } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { asEmailTaken } from "./email-taken";
import { locales } from "@/lib/i18n/config";
import { roleValues } from "@/lib/organizations/member-schema";

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "email_invalid" })),
  name: z.string().trim().min(2, { error: "too_short" }).max(120, { error: "too_long" }),
  password: passwordSchema,
  organizationId: z.uuid({ error: "invalid" }),
  roles: z.array(z.enum(roleValues)).min(1, { error: "required" }),
  locale: z.enum(locales).default("en"),
});

/**
 * Creates a user in an existing organization — for operators (CLI) and the demo seed. People
 * in the app use sign-up or "add member" instead, which carry their own checks.
 */
export async function createUser(client: Db, rawInput: unknown, context: { actor: AuditActor | null }) {
  const input = parseInput(createUserSchema, rawInput);
  const organization = await client.organization.findUnique({ where: { id: input.organizationId }, select: { id: true, type: true } });
  if (!organization) throw new AppError("NOT_FOUND", "Organization not found");
  if (!rolesFitOrganization(organization.type, input.roles)) {
    throw new AppError("VALIDATION_FAILED", `Roles ${input.roles.join(", ")} do not fit a ${organization.type} organization`, { fields: { roles: "field.role_not_allowed" } });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale: input.locale, membership: { create: { organizationId: organization.id, roles: input.roles } } },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actor: context.actor,
        action: "user.created",
        targetType: "User",
        targetId: user.id,
        organizationId: organization.id,
        data: { email: user.email, roles: input.roles },
      });
      return user;
    });
  } catch (error) {
    throw asEmailTaken(error, input.email);
  }
}
