import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff-image-type";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by their signatures", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } });
    expect(sniffImageType(await base.clone().jpeg().toBuffer())).toBe("image/jpeg");
    expect(sniffImageType(await base.clone().png().toBuffer())).toBe("image/png");
    expect(sniffImageType(await base.clone().webp().toBuffer())).toBe("image/webp");
  });

  it("needs the whole signature", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b))).toBeNull();
    expect(sniffImageType(text("RIFF\x24\x00\x00\x00WAVEfmt "))).toBeNull();
    expect(sniffImageType(text("RIFF\x24\x00\x00\x00WEB"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it("rejects other formats and text whatever they claim to be", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } });
    expect(sniffImageType(await base.clone().gif().toBuffer())).toBeNull();
    expect(sniffImageType(await base.clone().tiff().toBuffer())).toBeNull();
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(text("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffImageType(text("PNG image, honestly"))).toBeNull();
    expect(sniffImageType(bytes(0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63))).toBeNull(); // HEIC
  });
});
