"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { saveListingAction } from "@/app/actions/listings";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { CategorySelect, type CategoryGroup } from "@/components/ui/category-select";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { commonCertifications, incotermsRules, listingCurrencies, listingUnits } from "@/lib/catalog/listing-fields";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import type { ListingFormValues } from "@/lib/listings/listing-form-values";
import { EditableRows } from "./editable-rows";
import { LocalizedTextFields } from "./localized-text-fields";

type Props = { locale: Locale; listingId: string | null; values: ListingFormValues; categories: CategoryGroup[]; disabled?: boolean };

/** The supplier's listing editor: one form for creating and editing, every field of the listing. */
export function ListingForm({ locale, listingId, values, categories, disabled }: Props) {
  const { t } = useTranslation("console");
  const [state, action, pending] = useActionState(saveListingAction.bind(null, locale, listingId), idleState);
  const errors = state.fieldErrors ?? {};
  const [certifications, setCertifications] = useState(values.certifications);
  // Every input is controlled: React resets a form after its action runs, and a failed save
  // must keep everything the supplier typed.
  const [fields, setFields] = useState({ sku: values.sku, category: values.category, hsCode: values.hsCode, unit: values.unit, moq: values.moq, currency: values.currency, leadTimeDays: values.leadTimeDays, certificationsOther: values.certificationsOther });
  const bind = (name: keyof typeof fields) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })) });
  /** An error on the whole group, or on a part that has no input of its own (e.g. a spec named by key). */
  const groupError = (prefix: string) => errors[prefix] ?? Object.entries(errors).find(([field]) => field.startsWith(`${prefix}.`) && !new RegExp(`^${prefix}\\.\\d+\\.`).test(field))?.[1];

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <fieldset disabled={disabled || pending} className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="sku" label={t("editor.sku")} {...bind("sku")} error={errors.sku} hint={t("editor.sku_hint")} required maxLength={64} />
          <CategorySelect id="field-category" name="category" label={t("editor.category")} placeholder={t("editor.choose_category")} categories={categories} error={errors.category} {...bind("category")} required />
          <Field name="hsCode" label={t("editor.hs_code")} {...bind("hsCode")} error={errors.hsCode} hint={t("editor.hs_code_hint")} inputMode="decimal" required />
          <SelectField name="unit" label={t("editor.unit")} {...bind("unit")} error={errors.unit} options={listingUnits.map((unit) => ({ value: unit, label: t(`unit.${unit}`, { ns: "catalog" }) }))} />
        </div>

        <LocalizedTextFields title={values.title} description={values.description} errors={errors} initialLocale={values.title[locale] || !(values.title.en || values.title.zh) ? locale : values.title.en ? "en" : "zh"} />

        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="moq" label={t("editor.moq")} {...bind("moq")} error={errors.moq} inputMode="numeric" required />
          <SelectField name="currency" label={t("editor.currency")} {...bind("currency")} error={errors.currency} options={listingCurrencies.map((code) => ({ value: code, label: code }))} />
          <Field name="leadTimeDays" label={t("editor.lead_time")} {...bind("leadTimeDays")} error={errors.leadTimeDays} inputMode="numeric" required />
        </div>

        <EditableRows
          legend={t("editor.price_tiers")}
          hint={t("editor.price_tiers_hint")}
          initial={values.priceTiers}
          empty={{ minQty: "", unitPrice: "" }}
          max={10}
          addLabel={t("editor.add_tier")}
          error={groupError("priceTiers")}
          renderRow={(row, index, update) => (
            <>
              <Field name={`priceTiers.${index}.minQty`} id={`tier-${index}-qty`} label={t("editor.tier_min_qty", { n: index + 1 })} value={row.minQty} onChange={(e) => update({ ...row, minQty: e.target.value })} error={errors[`priceTiers.${index}.minQty`]} inputMode="numeric" />
              <Field name={`priceTiers.${index}.unitPrice`} id={`tier-${index}-price`} label={t("editor.tier_price", { n: index + 1 })} value={row.unitPrice} onChange={(e) => update({ ...row, unitPrice: e.target.value })} error={errors[`priceTiers.${index}.unitPrice`]} inputMode="decimal" />
            </>
          )}
        />

        <EditableRows
          legend={t("editor.incoterms")}
          hint={t("editor.incoterms_hint")}
          initial={values.incoterms}
          empty={{ term: "", place: "" }}
          max={10}
          addLabel={t("editor.add_incoterm")}
          error={groupError("incoterms")}
          renderRow={(row, index, update) => (
            <>
              <SelectField
                name={`incoterms.${index}.term`}
                id={`incoterm-${index}-term`}
                label={t("editor.incoterm_rule", { n: index + 1 })}
                value={row.term}
                onChange={(e) => update({ ...row, term: e.target.value })}
                error={errors[`incoterms.${index}.term`]}
                options={[{ value: "", label: "—" }, ...incotermsRules.map((rule) => ({ value: rule, label: `${rule} — ${t(`incoterm.${rule}`)}` }))]}
              />
              <Field name={`incoterms.${index}.place`} id={`incoterm-${index}-place`} label={t("editor.incoterm_place", { n: index + 1 })} value={row.place} onChange={(e) => update({ ...row, place: e.target.value })} error={errors[`incoterms.${index}.place`]} maxLength={80} />
            </>
          )}
        />

        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t("editor.certifications")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {commonCertifications.map((code) => (
              <label key={code} className="inline-flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="certifications"
                  value={code}
                  checked={certifications.includes(code)}
                  onChange={(e) => setCertifications(e.target.checked ? [...certifications, code] : certifications.filter((c) => c !== code))}
                  className="h-4 w-4 rounded border-slate-300"
                />
                {code}
              </label>
            ))}
          </div>
          <Field name="certificationsOther" label={t("editor.other_certifications")} hint={t("editor.other_certifications_hint")} {...bind("certificationsOther")} error={errors.certifications} />
        </fieldset>

        <EditableRows
          legend={t("editor.specifications")}
          hint={t("editor.specifications_hint")}
          initial={values.specifications}
          empty={{ name: "", value: "" }}
          max={40}
          addLabel={t("editor.add_specification")}
          error={groupError("specifications")}
          renderRow={(row, index, update) => (
            <>
              <Field name={`specifications.${index}.name`} id={`spec-${index}-name`} label={t("editor.spec_name", { n: index + 1 })} value={row.name} onChange={(e) => update({ ...row, name: e.target.value })} error={errors[`specifications.${index}.name`]} maxLength={80} />
              <Field name={`specifications.${index}.value`} id={`spec-${index}-value`} label={t("editor.spec_value", { n: index + 1 })} value={row.value} onChange={(e) => update({ ...row, value: e.target.value })} error={errors[`specifications.${index}.value`]} maxLength={200} />
            </>
          )}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary} disabled={disabled || pending}>
          {pending ? t("editor.saving") : listingId ? t("editor.save") : t("editor.create")}
        </button>
        {state.status === "error" ? <span className="text-sm text-red-700">{t("editor.not_saved")}</span> : null}
      </div>
    </form>
  );
}
