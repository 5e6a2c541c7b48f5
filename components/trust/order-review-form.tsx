"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { writeReviewAction } from "@/app/actions/reviews";
import { FormStatus } from "@/components/account/form-status";
import { TextAreaField } from "@/components/rfq/text-area-field";
import { buttonClass } from "@/components/ui/button-styles";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";

const ratings = ["5", "4", "3", "2", "1"] as const;

/**
 * The buyer's rating (1–5) and short review of a completed order. Both fields are controlled,
 * so a failed submission keeps what was chosen and typed.
 */
export function OrderReviewForm({ locale, orderId, textHint, maxLength }: { locale: Locale; orderId: string; textHint: string; maxLength: number }) {
  const { t } = useTranslation("trust");
  const [state, action, pending] = useActionState(writeReviewAction.bind(null, locale, orderId), idleState);
  const { fields, bind } = useControlledFields({ rating: "", text: "" });
  const errors = state.fieldErrors ?? {};
  const ratingError = errors.rating;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={pending} className="space-y-4">
        <fieldset aria-describedby={ratingError ? "review-rating-error" : undefined} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("order.rating_label")}</legend>
          <div className="flex flex-wrap gap-2">
            {ratings.map((value) => {
              const id = `review-rating-${value}`;
              const checked = fields.rating === value;
              return (
                <label
                  key={value}
                  htmlFor={id}
                  className={`inline-flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${checked ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-800"}`}
                >
                  <input id={id} type="radio" name="rating" value={value} checked={checked} onChange={bind("rating").onChange} className="accent-brand-700" required />
                  {t(`order.rating_${value}`)}
                </label>
              );
            })}
          </div>
          {ratingError ? (
            <p id="review-rating-error" role="alert" className="text-sm text-red-700">
              {ratingError}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField {...bind("text")} id="review-text" label={t("order.text_label")} hint={textHint} error={errors.text} rows={4} maxLength={maxLength} required />
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? t("order.sending") : t("order.submit")}
      </button>
    </form>
  );
}
