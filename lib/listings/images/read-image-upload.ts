import "server-only";
import { listingLocales } from "@/lib/catalog/listing-fields";
import { env } from "@/lib/env/server";
import { AppError } from "@/lib/errors/app-error";
import type { ImageUpload } from "./add-listing-image";

/** Room for the multipart boundaries, headers and alt texts around the file itself. */
const formOverheadBytes = 64 * 1024;

const invalidFile = (key: string) => new AppError("VALIDATION_FAILED", key, { fields: { file: `field.${key}` } });

/**
 * Reads `multipart/form-data` with a `file` and optional `alt.<locale>` fields, refusing a
 * body larger than the upload limit while it streams in — by Content-Length when sent, else
 * by counting — so an oversized upload is never held in memory whole.
 */
export async function readImageUpload(request: Request, maxFileBytes = env().UPLOAD_MAX_IMAGE_MB * 1024 * 1024): Promise<ImageUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) throw invalidFile("file_required");
  const maxBodyBytes = maxFileBytes + formOverheadBytes;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBodyBytes) throw invalidFile("file_too_large");

  let received = 0;
  let tooLarge = false;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBodyBytes) {
          tooLarge = true;
          controller.error(new Error("upload too large"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(limited, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw invalidFile(tooLarge ? "file_too_large" : "file_required");
  }

  const file = form.get("file");
  const alt: Record<string, string> = {};
  for (const locale of listingLocales) {
    const text = form.get(`alt.${locale}`);
    if (typeof text === "string") alt[locale] = text;
  }
  return { file: typeof file === "string" ? null : file, alt };
}
