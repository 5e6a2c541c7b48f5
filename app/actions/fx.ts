"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { FxImportState } from "@/components/fx/fx-import-state";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionActor } from "@/lib/auth/get-actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { describeRate } from "@/lib/money/fx/format-rate-for-locale";
import { fxCsvLimits, importFxRatesCsv } from "@/lib/money/fx/import-fx-rates-csv";
import { readRateField } from "@/lib/money/fx/read-rate-field";
import { recordFxRate } from "@/lib/money/fx/record-fx-rate";

/*
 * Server actions of the hub's FX page. The actor comes from the session, never from the
 * form; permission checks and validation happen in the lib calls.
 */

export async function recordFxRateAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const values = formValues(formData);
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const input = {
      base: values.base,
      quote: values.quote,
      rate: readRateField(values.rate ?? "", locale),
      source: values.source,
      // An emptied time field means "now", as it does in the API.
      effectiveAt: values.effectiveAt?.trim() ? values.effectiveAt : undefined,
    };
    const row = await recordFxRate(db(), actor, input, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/hub/fx`);
    return { status: "success", message: getT(locale, "fx")("form.saved", { rate: describeRate(locale, row.base, row.quote, row.rate) }), values };
  } catch (error) {
    return toActionError(error, locale, "record-fx-rate", values);
  }
}

/** The pasted text, or the chosen file when there is one (a file input sends an empty File when none is chosen). */
async function csvText(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > fxCsvLimits.maxChars * 2) throw new AppError("VALIDATION_FAILED", "CSV too large", { fields: { csv: "fx:import.errors.too_large" } });
    return file.text();
  }
  const pasted = formData.get("csv");
  return typeof pasted === "string" ? pasted : "";
}

export async function importFxRatesAction(locale: Locale, _previous: FxImportState, formData: FormData): Promise<FxImportState> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const values = formValues(formData);
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const text = await csvText(formData);
    if (!text.trim()) throw new AppError("VALIDATION_FAILED", "No CSV", { fields: { csv: "fx:import.input_required" } });
    const report = await importFxRatesCsv(db(), actor, text, { ip: clientIp(await headers()) });
    if (report.imported) revalidatePath(`/${locale}/hub/fx`);
    return { status: "success", message: getT(locale, "fx")("import.done"), values, report };
  } catch (error) {
    return toActionError(error, locale, "import-fx-rates", values);
  }
}
