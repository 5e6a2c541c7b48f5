"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { orderTransitionAction } from "@/app/actions/orders";
import { FormStatus } from "@/components/account/form-status";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import type { OrderStatus } from "@/lib/db/generated/enums.ts";
import { idleState } from "@/lib/forms/action-state";
import { submitWithoutReset } from "@/lib/forms/submit-without-reset";
import type { Locale } from "@/lib/i18n/config";
import { needsNote } from "@/lib/orders/read-order-forms";

type Props = { locale: Locale; orderId: string; status: OrderStatus; steps: OrderStatus[] };

/** Known corridor routes offered as suggestions; the field stays free text. */
const routeKeys = ["khorgos_rail", "dostyk_rail", "khorgos_road", "irkeshtam_road", "torugart_road", "caspian_sea"] as const;

const opensFields = (step: OrderStatus) => step === "SHIPPED" || needsNote(step);

/**
 * The moves this actor can make now, one button each. Shipping asks for the carrier, tracking
 * number and route; cancelling and disputing ask why. Inputs are controlled and the form is
 * submitted without React's reset, so a refused step keeps what was typed.
 */
export function OrderActions({ locale, orderId, status, steps }: Props) {
  const { t } = useTranslation("orders");
  const [state, action, pending] = useActionState(orderTransitionAction.bind(null, locale, orderId), idleState);
  const [open, setOpen] = useState<OrderStatus | null>(null);
  const [fields, setFields] = useState({ carrier: "", trackingNumber: "", route: "", note: "" });
  const bind = (name: keyof typeof fields) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })) });
  const errors = state.fieldErrors ?? {};
  // A step that is no longer possible (it was just made, or someone else moved the order) closes its fields.
  const panel = open && steps.includes(open) ? open : null;
  const label = (step: OrderStatus) => (status === "DISPUTED" ? t(`action.resolve_${step}`, { defaultValue: t(`action.${step}`) }) : t(`action.${step}`));
  const firstForward = steps.find((step) => step !== "CANCELLED" && step !== "DISPUTED");
  const style = (step: OrderStatus) => (step === "CANCELLED" || step === "DISPUTED" ? buttonClass.danger : step === firstForward ? buttonClass.primary : buttonClass.secondary);

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        {steps.map((step) =>
          opensFields(step) ? (
            <button key={step} type="button" className={style(step)} disabled={pending} aria-expanded={panel === step} aria-controls={panel === step ? "order-step-fields" : undefined} onClick={() => setOpen(panel === step ? null : step)}>
              {label(step)}
            </button>
          ) : (
            <button key={step} type="submit" name="to" value={step} className={style(step)} disabled={pending}>
              {label(step)}
            </button>
          ),
        )}
      </div>
      {panel ? (
        <fieldset id="order-step-fields" disabled={pending} className="min-w-0 space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">{label(panel)}</legend>
          {panel === "SHIPPED" ? (
            <div className="grid gap-4 sm:grid-cols-3">
              <Field name="shipment.carrier" id="order-carrier" label={t("shipment.carrier")} hint={t("shipment.carrier_hint")} {...bind("carrier")} error={errors["shipment.carrier"]} maxLength={80} required autoFocus />
              <Field name="shipment.trackingNumber" id="order-tracking" label={t("shipment.tracking_number")} hint={t("shipment.tracking_hint")} {...bind("trackingNumber")} error={errors["shipment.trackingNumber"] ?? errors.shipment} maxLength={80} required />
              <Field name="shipment.route" id="order-route" label={t("shipment.route")} hint={t("shipment.route_hint")} {...bind("route")} error={errors["shipment.route"]} maxLength={80} list="order-route-suggestions" />
              <datalist id="order-route-suggestions">
                {routeKeys.map((key) => (
                  <option key={key} value={t(`routes.${key}`)} />
                ))}
              </datalist>
            </div>
          ) : (
            <div className="space-y-1">
              <label htmlFor="order-note" className="block text-sm font-medium text-slate-800">
                {t(panel === "DISPUTED" ? "actions.dispute_note" : "actions.cancel_note")}
              </label>
              <textarea
                id="order-note"
                name="note"
                rows={3}
                maxLength={1000}
                required
                autoFocus
                {...bind("note")}
                aria-invalid={errors.note ? true : undefined}
                aria-describedby={`order-note-hint${errors.note ? " order-note-error" : ""}`}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid]:border-red-500"
              />
              <p id="order-note-hint" className="text-xs text-slate-600">
                {t("actions.note_hint")}
              </p>
              {errors.note ? (
                <p id="order-note-error" className="text-sm text-red-700" role="alert">
                  {errors.note}
                </p>
              ) : null}
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="to" value={panel} className={panel === "SHIPPED" ? buttonClass.primary : buttonClass.danger}>
              {pending ? t("actions.working") : label(panel)}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => setOpen(null)}>
              {t("actions.back")}
            </button>
          </div>
        </fieldset>
      ) : null}
    </form>
  );
}
