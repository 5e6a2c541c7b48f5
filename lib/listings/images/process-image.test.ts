import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { variantSize } from "./image-files";
import { processImage } from "./process-image";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#c00" } });

async function fieldError(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.details.fields?.file;
    throw error;
  }
  return undefined;
}

describe("processImage", () => {
  it("keeps the original's format and makes WebP variants of the announced sizes", async () => {
    const image = await processImage(await solid(2000, 1500).png().toBuffer());
    expect(image).toMatchObject({ contentType: "image/png", width: 2000, height: 1500 });
    expect((await sharp(image.original).metadata()).format).toBe("png");
    for (const variant of ["thumb", "large"] as const) {
      const meta = await sharp(image.variants[variant].bytes).metadata();
      expect(meta.format).toBe("webp");
      expect({ width: meta.width, height: meta.height }).toEqual(variantSize(image, variant));
    }
    expect(image.variants.thumb).toMatchObject({ width: 320, height: 240 });
    expect(image.variants.large).toMatchObject({ width: 1280, height: 960 });
  });

  it("does not enlarge small originals", async () => {
    const image = await processImage(await solid(300, 250).webp().toBuffer());
    expect(image.variants.large).toMatchObject({ width: 300, height: 250 });
    expect(image.variants.thumb).toMatchObject({ width: 300, height: 250 });
  });

  it("turns the photo upright by its EXIF orientation and drops the metadata", async () => {
    // Stored landscape 400×300, but the camera says "rotate 90°": the upright photo is 300×400.
    const jpeg = await solid(400, 300).jpeg().withExif({ IFD0: { Make: "SecretCam", Model: "Serial 12345" } }).withMetadata({ orientation: 6 }).toBuffer();
    expect(jpeg.includes(Buffer.from("SecretCam"))).toBe(true);
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);
    const image = await processImage(jpeg);
    expect(image).toMatchObject({ contentType: "image/jpeg", width: 300, height: 400 });
    const stored = await sharp(image.original).metadata();
    expect([stored.width, stored.height, stored.orientation, stored.exif]).toEqual([300, 400, undefined, undefined]);
    expect(image.original.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(image.variants.thumb).toMatchObject({ width: 300, height: 400 });
  });

  it("rejects wrong types, damaged files and small images with the field's message key", async () => {
    expect(await fieldError(processImage(await solid(400, 400).gif().toBuffer()))).toBe("field.image_type_unsupported");
    expect(await fieldError(processImage(new TextEncoder().encode("just text")))).toBe("field.image_type_unsupported");
    const png = await solid(400, 400).png().toBuffer();
    expect(await fieldError(processImage(png.subarray(0, 60)))).toBe("field.image_unreadable");
    expect(await fieldError(processImage(Buffer.concat([png.subarray(0, 8), Buffer.from("garbage after a PNG signature")])))).toBe("field.image_unreadable");
    expect(await fieldError(processImage(await solid(199, 800).png().toBuffer()))).toBe("field.image_too_small");
    expect(await fieldError(processImage(await solid(800, 150).jpeg().toBuffer()))).toBe("field.image_too_small");
  });

  it("refuses a huge canvas from its header, before decoding it", async () => {
    // 10000×10000 of one colour compresses to a few kilobytes but would need 300 MB decoded.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(await fieldError(processImage(bomb))).toBe("field.file_too_large");
  });
});
