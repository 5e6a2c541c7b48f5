import type { FieldRow } from "./schema-fields";

/*
 * Where the developer page finds the translation of each documented text, in
 * locales/<lng>/developers.json. A generic key serves every operation; a specific one wins
 * where the same name means something else (`file` of an image vs. of a catalog).
 * translations.test.ts checks that the English file says exactly what the document says.
 */

export const summaryKey = (operationId: string) => `operations.${operationId}`;

export const tagKeys = (tag: string) => ({ name: `tags.${tag}.name`, description: `tags.${tag}.description` });

export const parameterKeys = (operationId: string, row: FieldRow) => [`params.${operationId}.${row.key}`, `params.${row.key}`];

export const fieldKeys = (component: string, row: FieldRow) => [`fields.${component}.${row.key}`, `fields.${row.key}`];
