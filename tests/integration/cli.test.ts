import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";
import { setupTestDatabase } from "../support/setup-test-db";
import { createActor } from "../support/factories";

const db = setupTestDatabase();
const run = promisify(execFile);

/** Runs the operator CLI as an operator would, against this file's database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: db.url(), NODE_ENV: "development" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("operator CLI", () => {
  it("lists its commands and explains each one", async () => {
    const overview = await cli("--help");
    expect(overview.code).toBe(0);
    for (const name of ["db:migrate", "db:migration", "db:check", "db:seed", "user:create", "token:create", "taxonomy:import"]) expect(overview.stdout).toContain(name);
    const help = await cli("token:create", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--email");
  });

  it("exits 2 with a clear message on bad input", async () => {
    expect(await cli("no:such")).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "no:such"') });
    expect(await cli("token:create")).toMatchObject({ code: 2, stderr: expect.stringContaining("--email is required") });
    expect(await cli("token:create", "--email", "nobody@example.com")).toMatchObject({ code: 2, stderr: expect.stringContaining("no user with e-mail nobody@example.com") });
    expect(await cli("token:create", "--bogus")).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option") });
    expect(await cli("taxonomy:import")).toMatchObject({ code: 2 });
  }, 120_000);

  it("reports the database as up to date and creates users and tokens", async () => {
    expect(await cli("db:migrate")).toMatchObject({ code: 0, stdout: expect.stringContaining("up to date") });
    const hub = await createActor(db(), { type: "HUB", roles: ["admin"] });
    const created = await cli("user:create", "--email", "New.Moderator@example.com", "--name", "New Moderator", "--organization", hub.organization.id, "--role", "moderator");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Password \(shown once\): \S{16,}/);
    const wrongRole = await cli("user:create", "--email", "x@example.com", "--name", "X Person", "--organization", hub.organization.id, "--role", "buyer");
    expect(wrongRole).toMatchObject({ code: 1, stderr: expect.stringContaining("do not fit") });

    const token = await cli("token:create", "--email", "new.moderator@example.com", "--name", "ops");
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(await resolveApiToken(db(), secret)).toMatchObject({ email: "new.moderator@example.com", roles: ["moderator"] });
  }, 120_000);

  it("imports a taxonomy file and rejects a broken one without writing", async () => {
    const good = path.join(tmpdir(), `taxonomy-${process.pid}.json`);
    await writeFile(good, JSON.stringify({ categories: [{ slug: "tea", parent: null, names: { en: "Tea", ru: "Чай", kk: "Шай", uz: "Choy", zh: "茶叶" } }, { slug: "green-tea", parent: "tea", hsCode: "0902.10", names: { en: "Green tea", ru: "Зелёный чай", kk: "Көк шай", uz: "Koʻk choy", zh: "绿茶" } }] }));
    expect(await cli("taxonomy:import", good)).toMatchObject({ code: 0, stdout: expect.stringContaining("2 new") });
    const bad = path.join(tmpdir(), `taxonomy-bad-${process.pid}.json`);
    await writeFile(bad, "{ not json");
    expect(await cli("taxonomy:import", bad)).toMatchObject({ code: 2, stderr: expect.stringContaining("cannot read") });
    expect(await db().category.count()).toBe(2);
  }, 120_000);
});
