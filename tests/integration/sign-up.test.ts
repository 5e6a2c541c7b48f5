import { describe, expect, it } from "vitest";
import { signUpCompany } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();

const valid = {
  companyType: "BUYER",
  companyName: "Almaty Steel Trade",
  legalName: "TOO Almaty Steel Trade",
  country: "KZ",
  city: "Almaty",
  name: "Ainur Bekova",
  email: "Ainur@AlmatySteel.kz ",
  password: "caravan-of-the-steppe",
  locale: "ru",
};

async function counts() {
  const [organizations, users, memberships] = await Promise.all([db().organization.count(), db().user.count(), db().membership.count()]);
  return { organizations, users, memberships };
}

describe("signUpCompany", () => {
  it("creates the company, its admin and an audit event in one go", async () => {
    const result = await signUpCompany(db(), valid, { ip: "10.0.0.1" });
    const user = await db().user.findUniqueOrThrow({ where: { id: result.userId }, include: { membership: { include: { organization: true } } } });
    expect(user.email).toBe("ainur@almatysteel.kz");
    expect(user.locale).toBe("ru");
    expect(user.membership?.roles).toEqual(["buyer_admin"]);
    expect(user.membership?.organization).toMatchObject({ type: "BUYER", country: "KZ", verificationStatus: "UNVERIFIED" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: result.organizationId } });
    expect(audit).toMatchObject({ action: "organization.registered", actorUserId: result.userId, ip: "10.0.0.1" });
    // The password hash is never returned by default and is argon2id when asked for.
    const raw = await db().user.findUniqueOrThrow({ where: { id: result.userId }, select: { passwordHash: true } });
    expect(raw.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db().user.findUniqueOrThrow({ where: { id: result.userId } })).not.toHaveProperty("passwordHash");
  });

  it("registers suppliers unverified, with the supplier admin role", async () => {
    const result = await signUpCompany(db(), { ...valid, companyType: "SUPPLIER", country: "CN", city: "Suzhou", email: "sales@suzhou-cable.cn" });
    const membership = await db().membership.findUniqueOrThrow({ where: { userId: result.userId }, include: { organization: true } });
    expect(membership.roles).toEqual(["supplier_admin"]);
    expect(membership.organization.verificationStatus).toBe("UNVERIFIED");
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const before = await counts();
    const error = await signUpCompany(db(), { ...valid, email: "nope", password: "short", country: "CN", companyName: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    expect((error as AppError).details.fields).toMatchObject({
      email: "field.email_invalid",
      password: "field.password_too_short",
      companyName: "field.too_short",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a buyer registered in China and a supplier outside it", async () => {
    await expect(signUpCompany(db(), { ...valid, country: "CN", email: "x1@example.com" })).rejects.toMatchObject({ details: { fields: { country: "field.country_not_served" } } });
    await expect(signUpCompany(db(), { ...valid, companyType: "SUPPLIER", country: "KZ", email: "x2@example.com" })).rejects.toMatchObject({ details: { fields: { country: "field.country_not_served" } } });
  });

  it("refuses passwords that are common or contain the e-mail name", async () => {
    await expect(signUpCompany(db(), { ...valid, email: "x3@example.com", password: "qwerty1234" })).rejects.toMatchObject({ details: { fields: { password: "field.password_common" } } });
    await expect(signUpCompany(db(), { ...valid, email: "berik.s@example.com", password: "berik.s-2026-secure" })).rejects.toMatchObject({ details: { fields: { password: "field.password_contains_email" } } });
  });

  it("answers CONFLICT for a taken e-mail and leaves no orphan company behind", async () => {
    await signUpCompany(db(), { ...valid, email: "twice@example.com" });
    const before = await counts();
    await expect(signUpCompany(db(), { ...valid, email: "TWICE@example.com", companyName: "Other Co" })).rejects.toMatchObject({ code: "CONFLICT", details: { fields: { email: "field.email_taken" } } });
    expect(await counts()).toEqual(before);
  });
});
