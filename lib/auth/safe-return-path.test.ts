import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each(["/en/account", "/ru/buyer?x=1"])("follows %s", (path) => expect(safeReturnPath(path)).toBe(path));
  it.each(["//evil.example", "https://evil.example", "/\\evil.example", "/fr/x", "en/account", "/en/\u0000", null, 42])("refuses %j", (path) =>
    expect(safeReturnPath(path)).toBeNull(),
  );
});
