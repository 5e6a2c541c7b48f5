import type { ActionState } from "@/lib/forms/action-state";
import type { FxImportResult } from "@/lib/money/fx/import-fx-rates-csv";

/** The CSV import form's state: the usual outcome plus the per-line report (message keys, translated by the form). */
export type FxImportState = ActionState & { report?: FxImportResult };

export const idleImportState: FxImportState = { status: "idle" };
