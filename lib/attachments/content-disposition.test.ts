import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

/** What a browser reads from filename* (RFC 8187). */
function decodedName(header: string): string | undefined {
  const encoded = /filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1];
  return encoded === undefined ? undefined : decodeURIComponent(encoded);
}

describe("contentDisposition", () => {
  it("carries Chinese and Cyrillic names in filename*, with an ASCII stand-in", () => {
    expect(contentDisposition("图纸.pdf")).toBe("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E5%9B%BE%E7%BA%B8.pdf");
    const russian = contentDisposition("Чертёж вала.dwg");
    expect(decodedName(russian)).toBe("Чертёж вала.dwg");
    expect(russian).toMatch(/^attachment; filename="[ -~]+";/);
  });

  it("escapes what would end the parameter or is not an RFC 8187 attr-char", () => {
    const header = contentDisposition("a \"quoted\" (copy) it's *new*;x.pdf");
    expect(header).toContain('filename="a _quoted_ (copy) it\'s *new*;x.pdf"');
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(decodedName(header)).toBe("a \"quoted\" (copy) it's *new*;x.pdf");
  });
});
