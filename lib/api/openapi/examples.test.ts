import { describe, expect, it } from "vitest";
import { reviewDecisionSchema } from "@/lib/listings/review-listing";
import { defaultLimits } from "./build-document";
import { apiOperations } from "./operations";

const operations = apiOperations(defaultLimits());

/** A multipart example as the form the server reads: "@photo.jpg" becomes a small file of the right type. */
function asFormValues(example: Record<string, string>): Record<string, unknown> {
  const types: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", jsonl: "application/jsonl", csv: "text/csv" };
  return Object.fromEntries(
    Object.entries(example).map(([name, value]) => {
      if (!value.startsWith("@")) return [name, value];
      const fileName = value.slice(1);
      return [name, new File([new Uint8Array(16)], fileName, { type: types[fileName.split(".").pop() ?? ""] ?? "" })];
    }),
  );
}

describe("examples in the document", () => {
  it("are accepted by the schemas that validate the requests", () => {
    const rejected: string[] = [];
    for (const operation of operations) {
      const body = operation.body;
      if (!body) continue;
      const value = body.contentType === "multipart/form-data" ? asFormValues(body.example) : body.example;
      const result = body.schema.safeParse(value);
      if (!result.success) rejected.push(`${operation.operationId}: ${result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
    }
    expect(rejected).toEqual([]);
  });

  it("use valid query values and path parameters", () => {
    for (const operation of operations) {
      if (operation.exampleQuery) expect(operation.query?.safeParse(operation.exampleQuery).success, operation.operationId).toBe(true);
      if (operation.pathParams) {
        const example = Object.fromEntries(
          Object.entries(operation.pathParams.shape).map(([name, schema]) => [name, (schema as { meta: () => { examples?: string[] } | undefined }).meta()?.examples?.[0]]),
        );
        expect(operation.pathParams.safeParse(example).success, `${operation.operationId} path example`).toBe(true);
      }
    }
  });

  it("reject with a body the review decision accepts once the route adds `decision`", () => {
    const reject = operations.find((operation) => operation.operationId === "rejectListing");
    expect(reviewDecisionSchema.safeParse({ ...reject?.body?.example, decision: "reject" }).success).toBe(true);
  });
});
