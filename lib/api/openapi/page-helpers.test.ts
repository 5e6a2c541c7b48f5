import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-document";
import { curlExample, shellQuote } from "./curl-example";
import { documentOperations, operationsByTag } from "./document-operations";
import { operationRows } from "./operation-rows";
import { constraintsOf, typeLabel } from "./schema-fields";

const document = buildOpenApiDocument();
const entry = (operationId: string) => {
  const found = documentOperations(document).find(({ operation }) => operation.operationId === operationId);
  if (!found) throw new Error(operationId);
  return found;
};

describe("curl examples", () => {
  it("quote for the shell, apostrophes included", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("URL-encode query values with curl and leave public calls without a token", () => {
    const curl = curlExample(document, entry("searchListings"), "https://karavan.example");
    expect(curl.split(" \\\n  ")).toEqual(["curl -G 'https://karavan.example/api/v1/search'", "--data-urlencode 'q=кабель'", "--data-urlencode 'locale=ru'", "--data-urlencode 'verified=1'", "--data-urlencode 'limit=5'"]);
  });

  it("fill in path parameters, send the token and the JSON body", () => {
    const curl = curlExample(document, entry("updateListing"), "http://localhost:3000");
    expect(curl).toContain("curl -X PATCH 'http://localhost:3000/api/v1/listings/3f1c9a52-7a4e-4c1e-9f2b-1d2e3f4a5b6c'");
    expect(curl).toContain("-H 'Authorization: Bearer krv_…'");
    expect(curl).toContain("-H 'Content-Type: application/json'");
    expect(JSON.parse(curl.split("-d '")[1]!.slice(0, -1))).toEqual({ moq: 2000, priceTiers: [{ minQty: 2000, unitPrice: "179.00" }] });
  });

  it("send multipart forms with -F", () => {
    expect(curlExample(document, entry("uploadListingImage"), "")).toContain("-F 'file=@photo.jpg' \\\n  -F 'alt.en=Cable drum, side view'");
  });
});

describe("tables of the developer page", () => {
  it("list body fields one level into arrays, with language-neutral types and limits", () => {
    const rows = operationRows(document, entry("createListing"));
    const byName = Object.fromEntries((rows.body?.fields ?? []).map((row) => [row.name, row]));
    expect(rows.body?.component).toBe("ListingInput");
    expect(byName["priceTiers[].unitPrice"]).toMatchObject({ key: "priceTiers_unitPrice", type: "string", required: true });
    expect(byName.moq?.constraints).toEqual([{ kind: "range", min: 1, max: 100_000_000 }]);
    expect(byName.title?.type).toBe("{ en | ru | kk | uz | zh: string }");
    expect(byName.description?.required).toBe(false);
  });

  it("describe files, nullable values and enums", () => {
    const upload = operationRows(document, entry("uploadListingImage")).body?.fields.find((row) => row.name === "file");
    expect(upload).toMatchObject({ type: "file (image/jpeg, image/png, image/webp)", constraints: [{ kind: "size", maxMb: 8 }] });
    expect(typeLabel({ anyOf: [{ type: "string", maxLength: 80 }, { type: "null" }] })).toBe("string | null");
    expect(constraintsOf({ anyOf: [{ type: "string", maxLength: 80 }, { type: "null" }] })).toEqual([{ kind: "length", max: 80 }]);
    expect(typeLabel({ type: "array", items: { type: "string", enum: ["A", "B"] } })).toBe(`("A" | "B")[]`);
  });

  it("mark path and query parameters and keep the document's tag order", () => {
    const rows = operationRows(document, entry("getListing")).parameters;
    expect(rows.map((row) => [row.name, row.in, row.required])).toEqual([
      ["id", "path", true],
      ["locale", "query", false],
    ]);
    expect(operationsByTag(document).map((group) => group.tag.name)).toEqual(document.tags.map((tag) => tag.name));
  });
});
