"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { bulkReviewAction, type BulkReviewState } from "@/app/actions/listing-review";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { bulkFormId } from "./bulk-form-id";
import { ReasonFields } from "./reason-fields";

const checkboxes = () => Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${bulkFormId}"]`));

/**
 * Approve every ticked listing, or reject them all with one reason; then says what happened
 * to each. The titles are kept from the moment of submitting, because decided listings leave
 * the page when it refreshes.
 */
export function BulkReviewForm({ locale, titles }: { locale: Locale; titles: Record<string, string> }) {
  const { t } = useTranslation("review");
  const [state, action, pending] = useActionState<BulkReviewState, FormData>(bulkReviewAction.bind(null, locale), idleState);
  const [submittedTitles, setSubmittedTitles] = useState<Record<string, string>>({});
  const dispatch = submitWithoutReset(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setSubmittedTitles({ ...submittedTitles, ...titles });
    dispatch(event);
  };
  const listingError = state.fieldErrors?.listingIds;
  return (
    <section aria-labelledby="bulk-review-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="bulk-review-heading" className="text-lg font-semibold">
        {t("bulk.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("bulk.hint")}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} onClick={() => checkboxes().forEach((box) => (box.checked = true))}>
          {t("bulk.select_all")}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => checkboxes().forEach((box) => (box.checked = false))}>
          {t("bulk.clear")}
        </button>
      </div>
      <form id={bulkFormId} action={action} onSubmit={onSubmit} className="space-y-3">
        <FormStatus state={state} />
        {listingError ? (
          <p role="alert" className="text-sm text-red-700">
            {listingError}
          </p>
        ) : null}
        <ReasonFields idPrefix="bulk" errors={state.fieldErrors} values={state.values} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="decision" value="approve" className={buttonClass.primary} disabled={pending}>
            {t("bulk.approve")}
          </button>
          <button type="submit" name="decision" value="reject" className={buttonClass.danger} disabled={pending}>
            {t("bulk.reject")}
          </button>
        </div>
      </form>
      {state.results?.length ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{t("bulk.results")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {state.results.map((result) => (
              <li key={result.id}>{t("bulk.result", { title: submittedTitles[result.id] ?? result.id, outcome: t(`bulk.outcome.${result.outcome}`) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
