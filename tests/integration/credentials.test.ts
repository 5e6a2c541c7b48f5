import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createActor, testPassword } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

const db = setupTestDatabase();
const limits = { perAccount: 5, perIp: 8, windowMinutes: 15 };

describe("verifyCredentials", () => {
  it("accepts the right password whatever the e-mail's case", async () => {
    const actor = await createActor(db(), { email: "mixed@example.com" });
    await expect(verifyCredentials(db(), { email: " MIXED@example.com", password: testPassword, ip: "1.1.1.1" }, limits)).resolves.toEqual({ ok: true, userId: actor.userId });
  });

  it("answers the same for an unknown e-mail and a wrong password", async () => {
    await createActor(db(), { email: "known@example.com" });
    const wrong = await verifyCredentials(db(), { email: "known@example.com", password: "nope-nope-nope", ip: "1.1.1.2" }, limits);
    const unknown = await verifyCredentials(db(), { email: "ghost@example.com", password: "nope-nope-nope", ip: "1.1.1.2" }, limits);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("throttles an account after five failures, even with the right password, from any IP", async () => {
    await createActor(db(), { email: "target@example.com" });
    for (let i = 0; i < 5; i += 1) {
      await verifyCredentials(db(), { email: "target@example.com", password: "guess-" + i, ip: `2.2.2.${i}` }, limits);
    }
    const result = await verifyCredentials(db(), { email: "target@example.com", password: testPassword, ip: "9.9.9.9" }, limits);
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    expect(result.ok === false && result.reason === "throttled" && result.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("throttles an IP that tries many accounts", async () => {
    for (let i = 0; i < 8; i += 1) {
      await verifyCredentials(db(), { email: `spray${i}@example.com`, password: "password-spray", ip: "3.3.3.3" }, limits);
    }
    await createActor(db(), { email: "victim@example.com" });
    await expect(verifyCredentials(db(), { email: "victim@example.com", password: testPassword, ip: "3.3.3.3" }, limits)).resolves.toMatchObject({ reason: "throttled" });
    // The same account from another address is fine: the block is on the IP.
    await expect(verifyCredentials(db(), { email: "victim@example.com", password: testPassword, ip: "3.3.3.4" }, limits)).resolves.toMatchObject({ ok: true });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await createActor(db(), { email: "forgetful@example.com" });
    for (let i = 0; i < 4; i += 1) await verifyCredentials(db(), { email: "forgetful@example.com", password: "typo-typo-typo", ip: "4.4.4.4" }, limits);
    await expect(verifyCredentials(db(), { email: "forgetful@example.com", password: testPassword, ip: "4.4.4.4" }, limits)).resolves.toMatchObject({ ok: true });
    expect(await db().signInFailure.count({ where: { email: "forgetful@example.com" } })).toBe(0);
  });

  it("refuses a deactivated user", async () => {
    const actor = await createActor(db(), { email: "gone@example.com" });
    await db().user.update({ where: { id: actor.userId }, data: { disabledAt: new Date() } });
    await expect(verifyCredentials(db(), { email: "gone@example.com", password: testPassword, ip: "5.5.5.5" }, limits)).resolves.toEqual({ ok: false, reason: "invalid" });
  });
});
