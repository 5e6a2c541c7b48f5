"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { createRfqAction } from "@/app/actions/rfq";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { CategorySelect, type CategoryGroup } from "@/components/ui/category-select";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { incotermsRules, listingUnits } from "@/lib/catalog/listing-fields";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { AttachmentUploader } from "./attachment-uploader";
import { SupplierPicker } from "./supplier-picker";
import { TextAreaField } from "./text-area-field";
import { timeZoneOffsetAt } from "./time-zone-offset";

/** What the RFQ form shows in its inputs: strings, numbers written the user's way. */
export type RfqFormValues = {
  title: string;
  description: string;
  language: string;
  categorySlug: string;
  quantity: string;
  unit: string;
  targetAmount: string;
  targetCurrency: string;
  incoterm: string;
  namedPlace: string;
  country: string;
  city: string;
  requiredBy: string;
  expiresAt: string;
  visibility: "CATEGORY" | "INVITED";
};

type Props = {
  locale: Locale;
  values: RfqFormValues;
  categories: CategoryGroup[];
  currencies: string[];
  countries: { code: string; name: string }[];
  /** Started from a listing: its id, and its supplier, who is invited. */
  listing: { id: string; title: string; supplier: { id: string; name: string } } | null;
  minDate: string;
  /** Editing a saved draft: its id and the files already attached. */
  draft?: { id: string; attachments: { id: string; fileName: string; byteSize: number }[] };
};

/** The buyer's request for quotation: every field of the RFQ, saved as a draft or published. */
export function RfqForm({ locale, values, categories, currencies, countries, listing, minDate, draft }: Props) {
  const { t } = useTranslation("rfq");
  const [state, action, pending] = useActionState(createRfqAction.bind(null, locale, draft?.id ?? null), idleState);
  const errors = state.fieldErrors ?? {};
  // Every input is controlled: React resets a form after its action runs, and a failed save
  // must keep everything the buyer typed and chose.
  const [fields, setFields] = useState(values);
  const [invited, setInvited] = useState<string[]>([]);
  const bind = (name: keyof RfqFormValues) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })) });
  const submit = submitWithoutReset((formData) => {
    formData.set("timeZoneOffset", timeZoneOffsetAt(fields.expiresAt));
    action(formData);
  });
  const priceError = errors["targetPrice.amount"] ?? errors.targetPrice;

  return (
    <form action={action} onSubmit={submit} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {listing ? <input type="hidden" name="listingId" value={listing.id} /> : null}
      {listing ? <input type="hidden" name="invitedSupplierIds" value={listing.supplier.id} /> : null}
      <fieldset disabled={pending} className="space-y-6">
        <section aria-labelledby="rfq-what-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
          <h2 id="rfq-what-heading" className="text-lg font-semibold">
            {t("form.what")}
          </h2>
          <Field name="title" id="rfq-title" label={t("form.title")} {...bind("title")} error={errors.title} hint={t("form.title_hint")} required maxLength={200} />
          <TextAreaField name="description" id="rfq-description" label={t("form.description")} {...bind("description")} error={errors.description} hint={t("form.description_hint")} rows={5} maxLength={5000} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="language" id="rfq-language" label={t("form.language")} {...bind("language")} error={errors.language} options={locales.map((code) => ({ value: code, label: localeNames[code] }))} />
            <CategorySelect id="rfq-category" name="categorySlug" label={t("form.category")} placeholder={t("form.choose_category")} categories={categories} error={errors.categorySlug} {...bind("categorySlug")} required />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="quantity" id="rfq-quantity" label={t("form.quantity")} {...bind("quantity")} error={errors.quantity} inputMode="numeric" autoComplete="off" required />
            <SelectField name="unit" id="rfq-unit" label={t("form.unit")} {...bind("unit")} error={errors.unit} options={listingUnits.map((unit) => ({ value: unit, label: t(`unit.${unit}`, { ns: "catalog" }) }))} />
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("form.target_price")}</legend>
            <p id="rfq-target-hint" className="text-xs text-slate-600">
              {t("form.target_price_hint")}
            </p>
            <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <Field name="targetPrice.amount" id="rfq-target-amount" label={t("form.target_amount")} {...bind("targetAmount")} error={priceError} inputMode="decimal" autoComplete="off" aria-describedby={priceError ? "rfq-target-amount-error rfq-target-hint" : "rfq-target-hint"} />
              <SelectField name="targetPrice.currency" id="rfq-target-currency" label={t("form.currency")} {...bind("targetCurrency")} error={errors["targetPrice.currency"]} options={currencies.map((code) => ({ value: code, label: code }))} />
            </div>
          </fieldset>
        </section>

        <section aria-labelledby="rfq-delivery-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
          <h2 id="rfq-delivery-heading" className="text-lg font-semibold">
            {t("form.delivery")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="incoterm" id="rfq-incoterm" label={t("form.incoterm")} {...bind("incoterm")} error={errors.incoterm} options={incotermsRules.map((rule) => ({ value: rule, label: `${rule} — ${t(`incoterm.${rule}`, { ns: "console" })}` }))} />
            <Field name="namedPlace" id="rfq-named-place" label={t("form.named_place")} {...bind("namedPlace")} error={errors.namedPlace} hint={t("form.named_place_hint")} maxLength={80} required />
            <SelectField name="destination.country" id="rfq-country" label={t("form.country")} {...bind("country")} error={errors["destination.country"]} options={countries.map((country) => ({ value: country.code, label: country.name }))} />
            <Field name="destination.city" id="rfq-city" label={t("form.city")} {...bind("city")} error={errors["destination.city"]} maxLength={80} autoComplete="address-level2" required />
            <Field name="requiredBy" id="rfq-required-by" type="date" label={t("form.required_by")} {...bind("requiredBy")} error={errors.requiredBy} hint={t("form.required_by_hint")} min={minDate} required />
            <Field name="expiresAt" id="rfq-expires-at" type="datetime-local" label={t("form.expires_at")} {...bind("expiresAt")} error={errors.expiresAt} hint={t("form.expires_at_hint")} min={`${minDate}T00:00`} required />
          </div>
        </section>

        <section aria-labelledby="rfq-who-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
          <h2 id="rfq-who-heading" className="text-lg font-semibold">
            {t("form.recipients")}
          </h2>
          {listing ? (
            <fieldset className="space-y-2" aria-describedby={errors.invitedSupplierIds ? "rfq-visibility-error" : undefined}>
              <legend className="text-sm text-slate-700">{t("form.from_listing", { title: listing.title, supplier: listing.supplier.name })}</legend>
              {(["CATEGORY", "INVITED"] as const).map((option) => (
                <label key={option} className="flex items-start gap-2 text-sm text-slate-800">
                  <input type="radio" name="visibility" value={option} checked={fields.visibility === option} onChange={() => setFields((all) => ({ ...all, visibility: option }))} className="mt-0.5 h-4 w-4" />
                  <span>{t(`form.visibility_${option}`, { supplier: listing.supplier.name })}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <>
              <fieldset className="space-y-2">
                <legend className="text-sm text-slate-700">{t("form.visibility_legend")}</legend>
                {(["CATEGORY", "INVITED"] as const).map((option) => (
                  <label key={option} className="flex items-start gap-2 text-sm text-slate-800">
                    <input type="radio" name="visibility" value={option} checked={fields.visibility === option} onChange={() => setFields((all) => ({ ...all, visibility: option }))} className="mt-0.5 h-4 w-4" />
                    <span>{t(`form.visibility_choose_${option}`)}</span>
                  </label>
                ))}
              </fieldset>
              {fields.visibility === "INVITED" ? <SupplierPicker locale={locale} category={fields.categorySlug} selected={invited} onChange={setInvited} error={errors.invitedSupplierIds} /> : null}
            </>
          )}
          {errors.invitedSupplierIds || errors.visibility || errors.listingId ? (
            <p id="rfq-visibility-error" className="text-sm text-red-700" role="alert">
              {errors.invitedSupplierIds ?? errors.visibility ?? errors.listingId}
            </p>
          ) : null}
          <AttachmentUploader locale={locale} id="rfq-attachments" label={t("form.attachments")} error={errors.attachmentIds} disabled={pending} initial={draft?.attachments} />
        </section>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="publish" className={buttonClass.primary} disabled={pending}>
          {t("form.publish")}
        </button>
        <button type="submit" name="intent" value="draft" className={buttonClass.secondary} disabled={pending}>
          {t("form.save_draft")}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {pending ? t("form.sending") : state.status === "error" ? t("form.not_sent") : ""}
        </span>
      </div>
    </form>
  );
}
