"use client";

import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props<Row> = {
  legend: string;
  hint?: string;
  initial: Row[];
  empty: Row;
  max: number;
  addLabel: string;
  error?: string;
  /** Renders one row's inputs; `index` is the row's position, used in field names. */
  renderRow: (row: Row, index: number, update: (row: Row) => void) => ReactNode;
};

/**
 * A fieldset of repeatable rows (price tiers, Incoterms, specifications) with add and remove.
 * Inputs are controlled, so a failed save keeps what the supplier typed. Without JavaScript
 * the server-rendered rows (plus one empty one) still submit.
 */
export function EditableRows<Row>({ legend, hint, initial, empty, max, addLabel, error, renderRow }: Props<Row>) {
  const { t } = useTranslation("console");
  const [rows, setRows] = useState<Row[]>(initial.length ? [...initial, ...(initial.length < max ? [empty] : [])] : [empty]);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="flex flex-wrap items-start gap-2 sm:flex-nowrap">
          <div className="grid min-w-0 flex-1 gap-2 sm:grid-cols-2">{renderRow(row, index, (next) => setRows((all) => all.map((r, i) => (i === index ? next : r))))}</div>
          <button
            type="button"
            className="mt-6 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
            onClick={() => setRows((all) => (all.length > 1 ? all.filter((_, i) => i !== index) : [empty]))}
          >
            {t("editor.remove_row")}
            <span className="sr-only"> {index + 1}</span>
          </button>
        </div>
      ))}
      {error ? (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      {rows.length < max ? (
        <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setRows((all) => [...all, empty])}>
          + {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
