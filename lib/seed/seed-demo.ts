import type { Db } from "@/lib/db/create-client";
import type { OrganizationType, Role } from "@/lib/db/generated/enums.ts";
import { createUser } from "@/lib/users/create-user";
import { createOrganization } from "@/lib/organizations/create-organization";
import { ensureHubOrganization } from "./hub-organization";

/** Demo mode only: every demo account shares this password (README says so). */
export const demoPassword = "karavan-demo";

type DemoCompany = {
  type: Exclude<OrganizationType, "HUB">;
  name: string;
  legalName: string;
  country: string;
  city: string;
  verified: boolean;
  /** Supplier code in the shared catalog, so the demo supplier's listings import under it. */
  code?: string;
  users: { email: string; name: string; roles: Role[]; locale: string }[];
};

const companies: DemoCompany[] = [
  {
    type: "BUYER", name: "Almaty Build Supply", legalName: "TOO «Almaty Build Supply»", country: "KZ", city: "Almaty", verified: true,
    users: [{ email: "buyer.almaty@example.com", name: "Aigerim Nurlanovna", roles: ["buyer_admin"], locale: "ru" }],
  },
  {
    type: "BUYER", name: "Tashkent Trade House", legalName: "MChJ «Tashkent Trade House»", country: "UZ", city: "Tashkent", verified: true,
    users: [{ email: "buyer.tashkent@example.com", name: "Jasur Karimov", roles: ["buyer_admin"], locale: "uz" }],
  },
  {
    type: "SUPPLIER", name: "Suzhou Huayang Building Materials Co., Ltd.", legalName: "苏州华阳建材有限公司", country: "CN", city: "Suzhou", verified: true, code: "SUP-0062",
    users: [{ email: "supplier.suzhou@example.com", name: "Wang Lei", roles: ["supplier_admin"], locale: "zh" }],
  },
  {
    type: "SUPPLIER", name: "Wuxi Lianfa New Energy Co., Ltd.", legalName: "无锡联发新能源有限公司", country: "CN", city: "Wuxi", verified: true, code: "SUP-0020",
    users: [{ email: "supplier.wuxi@example.com", name: "Chen Jing", roles: ["supplier_admin"], locale: "zh" }],
  },
];

const hubStaff: { email: string; name: string; roles: Role[]; locale: string }[] = [
  { email: "moderator@example.com", name: "Dana Seitkali", roles: ["moderator"], locale: "ru" },
  { email: "finance@example.com", name: "Timur Abdullaev", roles: ["finance"], locale: "ru" },
  { email: "admin@example.com", name: "Hub Administrator", roles: ["admin"], locale: "en" },
];

/**
 * Loads the demo companies and users. Idempotent: companies and users that already exist
 * (by name / e-mail) are left as they are, so it can run on every start of a demo instance.
 */
export async function seedDemo(client: Db): Promise<{ users: number }> {
  const hub = await ensureHubOrganization(client);
  let created = 0;
  const addUser = async (organizationId: string, user: (typeof hubStaff)[number]) => {
    if (await client.user.findUnique({ where: { email: user.email }, select: { id: true } })) return;
    await createUser(client, { ...user, password: demoPassword, organizationId }, { actor: null });
    created += 1;
  };
  for (const staff of hubStaff) await addUser(hub.id, staff);
  for (const company of companies) {
    const existing = await client.organization.findFirst({ where: company.code ? { code: company.code } : { name: company.name, type: company.type }, select: { id: true } });
    const organization =
      existing ??
      (await createOrganization(
        client,
        { type: company.type, name: company.name, legalName: company.legalName, country: company.country, city: company.city, code: company.code, verificationStatus: company.verified ? "VERIFIED" : "UNVERIFIED" },
        { actor: null },
      ));
    for (const user of company.users) await addUser(organization.id, user);
  }
  return { users: created };
}
