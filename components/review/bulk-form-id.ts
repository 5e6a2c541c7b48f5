/**
 * The id of the bulk decision form. The queue's checkboxes point at it with their `form`
 * attribute (forms cannot nest inside each listing's own form). A plain module, so server
 * components can import the string (an export of a "use client" file would be a reference).
 */
export const bulkFormId = "bulk-review";
