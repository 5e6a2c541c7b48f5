"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { directOrderAction } from "@/app/actions/orders";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { quantityFromText, tierFor } from "@/lib/orders/read-order-forms";
import { orderMoney } from "./order-money";

export type DirectOrderFormProps = {
  locale: Locale;
  listingId: string;
  moq: number;
  /** The listing's unit code (pc, m, kg…). */
  unit: string;
  /** The listing's Incoterms offers; `place` null for EXW at the supplier's works. */
  incoterms: { term: string; place: string | null }[];
  currency: string;
  /** Unit prices in minor units as decimal strings (a bigint cannot cross to the browser). */
  tiers: { minQty: number; unitPriceMinor: string }[];
};

/**
 * "Order now" on a listing page, for buyers: at least the MOQ, priced by the tier the quantity
 * reaches (shown while typing, exactly as the server will price it), on one of the listing's
 * Incoterms. The new order opens on its own page.
 */
export function DirectOrderForm({ locale, listingId, moq, unit, incoterms, currency, tiers }: DirectOrderFormProps) {
  const { t } = useTranslation("orders");
  const [state, action, pending] = useActionState(directOrderAction.bind(null, locale, listingId), idleState);
  const [quantity, setQuantity] = useState(state.values?.quantity ?? String(moq));
  const [incoterm, setIncoterm] = useState(incoterms[0]?.term ?? "");
  const errors = state.fieldErrors ?? {};
  const unitLabel = t(`unit.${unit}`, { ns: "catalog", defaultValue: unit });
  const amount = quantityFromText(quantity, locale);
  const tier = amount !== null ? tierFor(tiers, amount) : undefined;
  const belowMoq = amount !== null && amount < moq;
  const unitPrice = tier ? BigInt(tier.unitPriceMinor) : null;

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate aria-labelledby="direct-order-heading">
      <h2 id="direct-order-heading" className="font-semibold">
        {t("direct.title")}
      </h2>
      <FormStatus state={state} />
      <Field
        name="quantity"
        id="direct-order-quantity"
        label={t("direct.quantity", { unit: unitLabel })}
        hint={t("direct.quantity_hint", { moq: formatNumber(locale, moq), unit: unitLabel })}
        value={quantity}
        onChange={(event) => setQuantity(event.target.value)}
        error={errors.quantity ?? (belowMoq ? t("direct.below_moq", { moq: formatNumber(locale, moq), unit: unitLabel }) : undefined)}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <SelectField
        name="incoterm"
        id="direct-order-incoterm"
        label={t("direct.incoterm")}
        value={incoterm}
        onChange={(event) => setIncoterm(event.target.value)}
        error={errors.incoterm}
        options={incoterms.map((offer) => ({ value: offer.term, label: offer.place ? `${offer.term} ${offer.place}` : offer.term }))}
      />
      <dl aria-live="polite" className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
        <dt className="text-slate-600">{t("direct.unit_price")}</dt>
        <dd className="text-right font-medium tabular-nums">{unitPrice !== null && !belowMoq ? orderMoney(locale, unitPrice, currency) : "—"}</dd>
        <dt className="text-slate-600">{t("direct.line_total")}</dt>
        <dd className="text-right font-semibold tabular-nums">{unitPrice !== null && amount !== null && !belowMoq ? orderMoney(locale, unitPrice * BigInt(amount), currency) : "—"}</dd>
      </dl>
      {tier && !belowMoq && tier.minQty > Math.min(...tiers.map((each) => each.minQty)) ? <p className="text-xs text-slate-600">{t("direct.tier_note", { quantity: formatNumber(locale, tier.minQty), unit: unitLabel })}</p> : null}
      {errors.listingId ? <p className="text-sm text-red-700" role="alert">{errors.listingId}</p> : null}
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending || !incoterms.length}>
        {pending ? t("direct.submitting") : t("direct.submit")}
      </button>
      <p className="text-xs text-slate-600">{t("direct.terms_note")}</p>
    </form>
  );
}
