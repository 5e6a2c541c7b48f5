import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows the limit per window and says when to come back", () => {
    const take = createRateLimiter({ limit: 2, windowMs: 10_000 });
    expect(take("a", 0)).toEqual({ allowed: true });
    expect(take("a", 1)).toEqual({ allowed: true });
    expect(take("a", 2_000)).toEqual({ allowed: false, retryAfterSeconds: 8 });
    expect(take("b", 2_000)).toEqual({ allowed: true });
    expect(take("a", 10_000)).toEqual({ allowed: true });
  });

  it("stays bounded when many keys appear", () => {
    const take = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 10 });
    for (let i = 0; i < 100; i += 1) take(`ip-${i}`, i);
    expect(take("ip-99", 100)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
