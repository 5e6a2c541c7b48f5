import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "./schema";

describe("parseServerEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseServerEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SIGNIN_MAX_FAILURES_PER_ACCOUNT).toBe(5);
  });

  it("treats empty strings as unset", () => {
    expect(parseServerEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names every wrong variable in one error", () => {
    try {
      parseServerEnv({ PORT: "abc", DATABASE_URL: "mysql://x", AUTH_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL: must start with postgres/);
      expect(message).toMatch(/AUTH_SECRET: must be at least 32/);
    }
  });

  it("parses boolean flags", () => {
    expect(parseServerEnv({ KARAVAN_DEMO: "yes" }).KARAVAN_DEMO).toBe(true);
    expect(parseServerEnv({ KARAVAN_DEMO: "0" }).KARAVAN_DEMO).toBe(false);
  });
});
