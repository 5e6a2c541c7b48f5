import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/errors/validation";
import { asEmailTaken } from "@/lib/users/email-taken";
import { hashPassword } from "./password";
import { adminRoleFor } from "./roles";
import { signUpSchema } from "./sign-up-schema";

/**
 * Registers a new buyer or supplier company with its first user as the company's admin.
 * Suppliers start UNVERIFIED; the hub verifies them before they can publish or quote.
 * Everything is written in one transaction: a failure leaves no company without a user.
 */
export async function signUpCompany(client: Db, rawInput: unknown, context: { ip?: string } = {}) {
  const input = parseInput(signUpSchema, rawInput);
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: {
          type: input.companyType,
          name: input.companyName,
          legalName: input.legalName,
          country: input.country,
          city: input.city,
          verificationStatus: "UNVERIFIED",
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          locale: input.locale,
          membership: { create: { organizationId: organization.id, roles: [adminRoleFor[input.companyType]] } },
        },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actor: { userId: user.id, organizationId: organization.id },
        action: "organization.registered",
        targetType: "Organization",
        targetId: organization.id,
        organizationId: organization.id,
        data: { type: organization.type, name: organization.name, country: organization.country, city: organization.city, adminEmail: user.email },
        ip: context.ip,
      });
      return { userId: user.id, organizationId: organization.id };
    });
  } catch (error) {
    throw asEmailTaken(error, input.email);
  }
}
