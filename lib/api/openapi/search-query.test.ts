import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchQuerySchema } from "./request-schemas";

describe("the documented search query", () => {
  it("names exactly the parameters parseSearchParams reads, plus `locale` (read by the route)", () => {
    const read = new Set<string>();
    const spy = new Proxy({} as Record<string, string | undefined>, {
      get(_target, key) {
        if (typeof key === "string") read.add(key);
        return undefined;
      },
    });
    parseSearchParams(spy, "en");
    expect([...read, "locale"].sort()).toEqual(Object.keys(searchQuerySchema.shape).sort());
  });
});
