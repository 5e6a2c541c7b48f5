import type { OrderStatus } from "@/lib/db/generated/enums.ts";

/**
 * Who may make a transition: the order's buyer, its supplier, hub staff with a role, or a module
 * itself — settlement (a payment completing an invoice) or disputes (a buyer opening one through
 * the dispute form, a moderator's decision) — no person acts as "settlement" or "disputes".
 */
export type OrderParty = "buyer" | "supplier" | "hub_finance" | "hub_moderator" | "settlement" | "disputes";

type Rule = { to: OrderStatus; by: readonly OrderParty[] };

/**
 * The order state machine: every allowed move and who may make it. Anything else is refused
 * (409 for a move the machine does not allow, 403 for a party that may not make it).
 *
 * Payment states belong to the settlement module: asking for payment issues the invoices, and
 * the order is paid when the payment completing its first invoice is posted. After payment,
 * cancelling needs a refund and is the hub's decision; before it, either side may walk away.
 * Disputes (lib/disputes) move an order into DISPUTED when the buyer opens one (delivered, or
 * late) and out of it with the moderator's decision: back where it was, completed, or cancelled.
 */
export const orderTransitions: Record<OrderStatus, readonly Rule[]> = {
  PENDING_SUPPLIER_CONFIRMATION: [
    { to: "CONFIRMED", by: ["supplier"] },
    { to: "CANCELLED", by: ["buyer", "supplier"] },
  ],
  CONFIRMED: [
    { to: "AWAITING_PAYMENT", by: ["supplier"] },
    { to: "CANCELLED", by: ["buyer", "supplier"] },
  ],
  AWAITING_PAYMENT: [
    { to: "PAID", by: ["settlement"] },
    { to: "CANCELLED", by: ["buyer", "supplier"] },
  ],
  PAID: [
    { to: "IN_PRODUCTION", by: ["supplier"] },
    { to: "DISPUTED", by: ["disputes"] },
    { to: "CANCELLED", by: ["hub_moderator"] },
  ],
  IN_PRODUCTION: [
    { to: "SHIPPED", by: ["supplier"] },
    { to: "DISPUTED", by: ["disputes"] },
    { to: "CANCELLED", by: ["hub_moderator"] },
  ],
  SHIPPED: [
    { to: "DELIVERED", by: ["buyer"] },
    { to: "DISPUTED", by: ["disputes"] },
  ],
  DELIVERED: [
    { to: "COMPLETED", by: ["buyer", "hub_moderator"] },
    { to: "DISPUTED", by: ["disputes"] },
  ],
  DISPUTED: [
    { to: "PAID", by: ["disputes"] },
    { to: "IN_PRODUCTION", by: ["disputes"] },
    { to: "SHIPPED", by: ["disputes"] },
    { to: "DELIVERED", by: ["disputes"] },
    { to: "COMPLETED", by: ["disputes"] },
    { to: "CANCELLED", by: ["disputes"] },
  ],
  COMPLETED: [],
  CANCELLED: [],
};

export function transitionRule(from: OrderStatus, to: OrderStatus): Rule | undefined {
  return orderTransitions[from].find((rule) => rule.to === to);
}

/** The moves a party can make from a status, for buttons. */
export function transitionsFor(from: OrderStatus, parties: readonly OrderParty[]): OrderStatus[] {
  return orderTransitions[from].filter((rule) => rule.by.some((party) => parties.includes(party))).map((rule) => rule.to);
}
