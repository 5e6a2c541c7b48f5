import { z } from "zod";
import { OrderDocumentKind, OrderStatus } from "@/lib/db/generated/enums.ts";
import { rejectionReasonCodes } from "@/lib/listings/rejection-reasons";
import { currencyCodes, type CurrencyCode } from "@/lib/money/currencies";

const text = z.string().trim().min(1).max(300);
const rfq = { rfqNumber: text, title: text };
/** A supplier's listing: its SKU and its title as the supplier wrote it. */
const listing = { sku: text, title: text };
/** An amount, rendered as `{{amount}}` in the reader's locale (see notification-text.ts). */
const money = { amountMinor: z.string().regex(/^-?\d+$/), currency: z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]]) };

/**
 * Every notification the platform sends, with the parameters its texts need. The texts are
 * `notifications:<type>.subject` and `<type>.body` in locales/*; parameters are stored with
 * the notification (Notification.data), so the inbox renders each one in the reader's language
 * whenever it is shown. Adding a type: add it here and its subject/body to all five locales.
 */
export const notificationCatalog = {
  "rfq.received": z.object({ ...rfq, buyerName: text }),
  "quote.received": z.object({ ...rfq, supplierName: text }),
  "quote.revised": z.object({ ...rfq, supplierName: text }),
  "quote.countered": z.object({ ...rfq, buyerName: text }),
  "quote.message": z.object({ ...rfq, fromName: text }),
  "quote.accepted": z.object({ ...rfq, orderNumber: text }),
  "quote.declined": z.object(rfq),
  "quote.withdrawn": z.object({ ...rfq, supplierName: text }),
  "rfq.expired": z.object(rfq),
  "rfq.cancelled": z.object(rfq),
  "order.created": z.object({ orderNumber: text, buyerName: text }),
  "order.status_changed": z.object({ orderNumber: text, status: z.enum(OrderStatus) }),
  "order.shipped": z.object({ orderNumber: text, carrier: text, trackingNumber: text }),
  "order.document_added": z.object({ orderNumber: text, documentKind: z.enum(OrderDocumentKind) }),
  "settlement.invoices_issued": z.object({ orderNumber: text, ...money }),
  "settlement.payment_received": z.object({ orderNumber: text, invoiceNumber: text, ...money }),
  "settlement.payout_released": z.object({ orderNumber: text, ...money }),
  "dispute.opened": z.object({ orderNumber: text }),
  "dispute.answered": z.object({ orderNumber: text }),
  "dispute.escalated": z.object({ orderNumber: text }),
  "dispute.decided": z.object({ orderNumber: text, decision: z.enum(["FULL_REFUND", "PARTIAL_REFUND", "REJECTED"]) }),
  "order.held": z.object({ orderNumber: text }),
  "order.hold_released": z.object({ orderNumber: text }),
  "order.documents_requested": z.object({ orderNumber: text, note: z.string().trim().min(1).max(1000) }),
  "verification.submitted": z.object({ supplierName: text }),
  "verification.approved": z.object({ companyName: text }),
  "verification.rejected": z.object({ companyName: text }),
  "verification.more_info_requested": z.object({ companyName: text }),
  "verification.expiring": z.object({ companyName: text, expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  "verification.expired": z.object({ companyName: text }),
  "verification.buyer_approved": z.object({ companyName: text }),
  "verification.buyer_expiring": z.object({ companyName: text, expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  "verification.buyer_expired": z.object({ companyName: text }),
  "verification.buyer_review_required": z.object({ orderNumber: text }),
  "review.published": z.object({ orderNumber: text, buyerName: text }),
  "review.rejected": z.object({ orderNumber: text }),
  "listing.approved": z.object(listing),
  "listing.rejected": z.object({ ...listing, reasonCode: z.enum(rejectionReasonCodes) }),
  "listing.rejected_with_note": z.object({ ...listing, reasonCode: z.enum(rejectionReasonCodes), note: z.string().trim().min(1).max(1000) }),
} as const;

export type NotificationType = keyof typeof notificationCatalog;

/** The parameters of one notification type: `NotificationData<"order.shipped">`. */
export type NotificationData<T extends NotificationType> = z.infer<(typeof notificationCatalog)[T]>;

/**
 * Parameters whose values are enum members, shown through a subtree of the namespace
 * (`status.SHIPPED` → "Shipped") instead of as written.
 */
export const translatedParameters: Record<string, string> = {
  status: "status",
  documentKind: "document_kind",
  decision: "dispute_decision",
  reasonCode: "listing_reason",
};

export const notificationTypes = Object.keys(notificationCatalog) as NotificationType[];

export function isNotificationType(value: string): value is NotificationType {
  return Object.hasOwn(notificationCatalog, value);
}
