import { randomBytes } from "node:crypto";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { normalizeEmail } from "@/lib/auth/verify-credentials";
import { createUser } from "@/lib/users/create-user";
import { UsageError, requireString, type Command } from "./command";
import { withDatabase } from "./database";

export const userCreate: Command = {
  name: "user:create",
  summary: "Create a user in an existing organization",
  usage: "user:create --email <e> --name <n> --organization <id|hub> --role <role>[,<role>] [--password <p>] [--locale <l>]",
  help: "Without --password a strong one is generated and printed once. Roles must fit the organization:\n  buyer: buyer_admin, buyer · supplier: supplier_admin, supplier · hub: moderator, finance, admin",
  options: {
    email: { type: "string" },
    name: { type: "string" },
    organization: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
    locale: { type: "string" },
  },
  async run({ env, log }, { values }) {
    const email = requireString(values, "email");
    const name = requireString(values, "name");
    const organization = requireString(values, "organization");
    const roles = requireString(values, "role").split(",").map((r) => r.trim()).filter(Boolean);
    const generated = typeof values.password !== "string";
    const password = generated ? randomBytes(15).toString("base64url") : (values.password as string);
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      const organizationId =
        organization === "hub"
          ? (await db.organization.findFirst({ where: { type: "HUB" }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id
          : organization;
      if (!organizationId) throw new UsageError("no hub organization yet; run db:seed first");
      const user = await createUser(db, { email, name, password, organizationId, roles, locale: values.locale ?? "en" }, { actor: null });
      log(`Created user ${user.email} (${user.id}).`);
      if (generated) log(`Password (shown once): ${password}`);
    });
  },
};

export const tokenCreate: Command = {
  name: "token:create",
  summary: "Create an API token for a user and print it once",
  usage: "token:create --email <e> [--name <n>] [--expires-days <n>]",
  options: { email: { type: "string" }, name: { type: "string" }, "expires-days": { type: "string" } },
  async run({ env, log }, { values }) {
    const email = normalizeEmail(requireString(values, "email"));
    const expires = values["expires-days"];
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, membership: { select: { organizationId: true } } } });
      if (!user || !user.membership) throw new UsageError(`no user with e-mail ${email}`);
      if (user.disabledAt) throw new UsageError(`user ${email} is deactivated`);
      const token = await createApiToken(
        db,
        { userId: user.id, organizationId: user.membership.organizationId },
        { name: typeof values.name === "string" ? values.name : "CLI token", expiresInDays: expires },
        { actor: null },
      );
      log(token.secret);
    });
  },
};
