"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { requireSessionActor } from "@/lib/forms/require-session-actor";
import { formValues, toActionError } from "@/lib/forms/to-action-error";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { parseLocaleDecimal } from "@/lib/i18n/parse-decimal";
import { getT } from "@/lib/i18n/server";
import { refundPayment } from "@/lib/payments/stripe/refund-stripe-payment";
import { stripeFromEnv } from "@/lib/payments/stripe/stripe-config";
import { setCommissionRate } from "@/lib/settlement/set-commission-rate";
import { matchPayment } from "@/lib/settlement/match-payment";
import { recordBankTransfer } from "@/lib/settlement/record-bank-transfer";
import { releasePayout } from "@/lib/settlement/release-payout";

/*
 * Server actions of the settlement and finance pages. The actor always comes from the
 * session; permissions and validation live in lib/settlement. Amounts are typed in the
 * user's locale ("1 234 567,50") and handed on as canonical decimal strings.
 */

/** The API's nested money errors (amount.amount, amount.currency) on the form's flat fields. */
function flatMoneyErrors(state: ActionState): ActionState {
  if (!state.fieldErrors) return state;
  const renamed: Record<string, string> = { "amount.amount": "amount", "amount.currency": "currency", amount: "amount" };
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([field, message]) => [renamed[field] ?? field, message])) };
}

function typedAmount(values: Record<string, string>, locale: Locale): string {
  return parseLocaleDecimal(values.amount ?? "", locale) ?? (values.amount ?? "");
}

function refreshSettlementPages(locale: Locale, orderId?: string | null) {
  revalidatePath(`/${locale}/hub/payments`);
  revalidatePath(`/${locale}/hub/finance`);
  if (orderId) revalidatePath(`/${locale}/orders/${orderId}/settlement`);
}

export async function recordBankTransferAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    const recorded = await recordBankTransfer(
      db(),
      actor,
      { paymentReference: values.paymentReference, amount: { amount: typedAmount(values, locale), currency: values.currency }, bankReference: values.bankReference, valueDate: values.valueDate, payerName: values.payerName || undefined },
      { ip: clientIp(await headers()) },
    );
    refreshSettlementPages(locale, recorded.orderId);
    const t = getT(locale, "settlement");
    if (recorded.status === "MATCHED") return { status: "success", message: t("hub.recorded_matched", { invoice: recorded.invoiceNumber }) };
    return { status: "success", message: t("hub.recorded_unmatched", { reason: t(`hub.unmatched_reason.${recorded.unmatchedReason}`) }) };
  } catch (error) {
    return flatMoneyErrors(toActionError(error, locale, "record-bank-transfer", values));
  }
}

export async function matchPaymentAction(locale: Locale, paymentId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    const matched = await matchPayment(db(), actor, paymentId, { invoiceReference: values.invoiceReference }, { ip: clientIp(await headers()) });
    refreshSettlementPages(locale, matched.orderId);
    return { status: "success", message: getT(locale, "settlement")("hub.matched_message") };
  } catch (error) {
    return toActionError(error, locale, "match-payment", values);
  }
}

export async function refundPaymentAction(locale: Locale, paymentId: string, currency: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    // By the payment's rail: a card payment goes back through Stripe, a transfer by bank.
    await refundPayment(db(), actor, paymentId, { amount: { amount: typedAmount(values, locale), currency }, reason: values.reason, bankReference: values.bankReference || undefined }, { stripe: stripeFromEnv()?.stripe ?? null, ip: clientIp(await headers()) });
    refreshSettlementPages(locale);
    return { status: "success", message: getT(locale, "settlement")("hub.refunded_message") };
  } catch (error) {
    return flatMoneyErrors(toActionError(error, locale, "refund-payment", values));
  }
}

export async function releasePayoutAction(locale: Locale, orderId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    const payout = await releasePayout(db(), actor, orderId, { currency: values.currency, bankReference: values.bankReference || undefined }, { ip: clientIp(await headers()) });
    refreshSettlementPages(locale, orderId);
    return { status: "success", message: getT(locale, "settlement")("payout.released_message", { amount: formatMoney(locale, payout.amountMinor, payout.currency) }) };
  } catch (error) {
    return toActionError(error, locale, "release-payout", values);
  }
}

export async function setCommissionRateAction(locale: Locale, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireSessionActor(locale);
    await setCommissionRate(db(), actor, { categorySlug: values.categorySlug, percent: parseLocaleDecimal(values.percent ?? "", locale) ?? values.percent }, { ip: clientIp(await headers()) });
    revalidatePath(`/${locale}/hub/finance`);
    return { status: "success", message: getT(locale, "settlement")("finance.commission_saved") };
  } catch (error) {
    return toActionError(error, locale, "set-commission-rate", values);
  }
}
