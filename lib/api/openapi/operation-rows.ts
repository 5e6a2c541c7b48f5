import { requestBodyOf, type DocumentOperation } from "./document-operations";
import { fieldRows, parameterRow, type FieldRow } from "./schema-fields";
import type { OpenApiDocument } from "./types";

export type OperationRows = {
  parameters: (FieldRow & { in: "path" | "query" })[];
  body: { contentType: string; component: string; fields: FieldRow[] } | null;
};

/** The tables the developer page shows for one operation: its parameters and its body's fields. */
export function operationRows(document: OpenApiDocument, { operation }: DocumentOperation): OperationRows {
  const parameters = (operation.parameters ?? []).map((parameter) => ({ ...parameterRow(parameter), in: parameter.in }));
  const body = requestBodyOf(document, operation);
  return {
    parameters,
    body: body ? { contentType: body.contentType, component: body.component ?? "", fields: fieldRows(body.schema) } : null,
  };
}
