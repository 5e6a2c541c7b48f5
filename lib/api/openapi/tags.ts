/**
 * Operation groups, in the order the document and the developer page show them. Names are
 * English (the document's language); the page translates them as `developers:tags.<name>`.
 */
export const apiTags = [
  { name: "Catalog", description: "Public search and listing pages: no token needed, rate-limited per client IP." },
  { name: "Account", description: "The caller: user, organization, roles and preferences." },
  { name: "Listings", description: "A supplier's own listings: create, edit and move them through review." },
  { name: "Images", description: "Photos of a supplier's listing." },
  { name: "Imports", description: "Bulk catalog files (JSON Lines or CSV) processed in the background." },
  { name: "RFQs", description: "Requests for quotation and their negotiations: quotes, counter-offers, messages, comparison and award." },
  { name: "Orders", description: "Orders from an accepted quote or straight from a listing: status steps, shipment and trade documents." },
  { name: "Settlement", description: "Invoices, payments (bank transfer and Stripe), refunds, supplier payouts and statements, all posted to a double-entry ledger." },
  { name: "FX rates", description: "Exchange rates kept by the trade hub's finance staff; every conversion on the platform uses them." },
  { name: "Attachments", description: "Private files for RFQs, quotes, negotiation messages and order documents." },
  { name: "Moderation", description: "Trade-hub moderators approve or reject listings waiting for review." },
  { name: "Service", description: "Health checks and this document." },
] as const;

export type ApiTag = (typeof apiTags)[number]["name"];
