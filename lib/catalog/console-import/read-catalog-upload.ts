import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { CatalogUpload } from "./start-console-import";

/** The console's upload form: `file`, and `submitForReview` ("true", or "on" from a plain checkbox). */
const uploadFormSchema = z.object({
  // Duck-typed rather than `instanceof File`: the runtime's multipart parser need not use the global class.
  file: z.custom<File>((value) => typeof value === "object" && value !== null && typeof (value as File).arrayBuffer === "function" && typeof (value as File).name === "string", {
    error: "file_required",
  }),
  submitForReview: z
    .string()
    .optional()
    .transform((value) => value === "true" || value === "on"),
});

/** Room for the multipart boundaries and headers around the file itself. */
const multipartOverhead = 64 * 1024;

/**
 * Reads `POST /api/v1/catalog-imports` (multipart/form-data). A body declared larger than the
 * limit is refused before it is read; the file's own size is checked again by the importer.
 */
export async function readCatalogUpload(request: Request, maxBytes: number): Promise<CatalogUpload> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("BAD_REQUEST", "Send the file as multipart/form-data in a field named `file`");
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes + multipartOverhead) {
    throw new AppError("VALIDATION_FAILED", "The catalog file is too large", { fields: { file: "field.file_too_large" }, messageKey: "field.file_too_large" });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed multipart body");
  }
  const input = parseInput(uploadFormSchema, { file: form.get("file") ?? undefined, submitForReview: form.get("submitForReview") ?? undefined });
  return { fileName: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()), submitForReview: input.submitForReview };
}
