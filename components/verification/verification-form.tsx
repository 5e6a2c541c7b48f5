"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { submitVerificationAction } from "@/app/actions/verification";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import { useControlledFields } from "@/lib/forms/use-controlled-fields";
import type { Locale } from "@/lib/i18n/config";
import { registrationNumberLength, type BuyerRegistrationCountry } from "@/lib/verification/buyer-registration-number";
import { documentKinds } from "@/lib/verification/verification-rules";
import type { VerificationDocumentKind } from "@/lib/db/generated/enums.ts";
import { DocumentUploader, type UploadedDocument } from "./document-uploader";

export type VerificationFormValues = {
  creditCode: string;
  legalRepresentative: string;
  registeredAddress: string;
  exportLicenseNumber: string;
  customsCode: string;
};

type Props = {
  locale: Locale;
  renewal: boolean;
  /** The last request's details and files, so a resubmission only changes what was wrong. */
  initial: VerificationFormValues;
  initialDocuments: Partial<Record<VerificationDocumentKind, UploadedDocument[]>>;
  /** A buyer's request: its country's registration number instead of the Chinese credit code, buyers' labels, no export fields. */
  buyerCountry?: BuyerRegistrationCountry;
};

/** The supplier's (or buyer's) submission: the company details, then the documents of each kind. */
export function VerificationForm({ locale, renewal, initial, initialDocuments, buyerCountry }: Props) {
  const buyer = buyerCountry !== undefined;
  const { t } = useTranslation("verification");
  const [state, action, pending] = useActionState(submitVerificationAction.bind(null, locale), idleState);
  const { bind } = useControlledFields(initial);
  const errors = state.fieldErrors ?? {};
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} noValidate aria-labelledby="verification-form-title" className="space-y-6 rounded-xl border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <h2 id="verification-form-title" className="text-lg font-semibold text-slate-900">
          {t(renewal ? "form.title_renewal" : "form.title")}
        </h2>
        <p className="text-sm text-slate-700">{t(buyer ? "buyer.form_intro" : "form.intro")}</p>
      </div>
      <FormStatus state={state} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("form.details")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            {...bind("creditCode")}
            label={buyer ? t(`buyer.number.${buyerCountry}`) : t("field.credit_code")}
            hint={buyer ? t("buyer.number_hint", { digits: registrationNumberLength[buyerCountry] }) : t("field.credit_code_hint")}
            error={errors.creditCode}
            required
            maxLength={30}
            autoComplete="off"
            spellCheck={false}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm uppercase shadow-sm focus:border-brand-600 aria-[invalid]:border-red-500"
          />
          <Field {...bind("legalRepresentative")} label={t(buyer ? "buyer.director" : "field.legal_representative")} hint={t(buyer ? "buyer.director_hint" : "field.legal_representative_hint")} error={errors.legalRepresentative} required maxLength={100} />
        </div>
        <Field {...bind("registeredAddress")} label={t("field.registered_address")} hint={t(buyer ? "buyer.address_hint" : "field.registered_address_hint")} error={errors.registeredAddress} required maxLength={300} />
        {buyer ? null : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field {...bind("exportLicenseNumber")} label={t("field.export_license_number")} hint={t("field.export_license_number_hint")} error={errors.exportLicenseNumber} maxLength={64} />
            <Field {...bind("customsCode")} label={t("field.customs_code")} hint={t("field.customs_code_hint")} error={errors.customsCode} maxLength={64} />
          </div>
        )}
      </fieldset>
      <section aria-labelledby="verification-documents-title" className="space-y-3">
        <h3 id="verification-documents-title" className="text-base font-semibold text-slate-900">
          {t("form.documents")}
        </h3>
        <p className="text-sm text-slate-700">{t("form.documents_hint")}</p>
        {errors.documents ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.documents}
          </p>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {documentKinds.map((kind) => (
            <DocumentUploader key={kind} locale={locale} kind={kind} error={errors[`documents.${kind}`]} disabled={pending} initial={initialDocuments[kind]} buyer={buyer} />
          ))}
        </div>
      </section>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
