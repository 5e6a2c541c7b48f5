import { describe, expect, it } from "vitest";
import { OrderDocumentKind, OrderStatus } from "@/lib/db/generated/enums.ts";
import { locales } from "@/lib/i18n/config";
import { rejectionReasonCodes } from "@/lib/listings/rejection-reasons";
import { resources } from "@/lib/i18n/resources";
import { notificationCatalog, notificationTypes, translatedParameters } from "./notification-types";

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) => key.split(".").reduce<string | Tree | undefined>((node, part) => (node && typeof node === "object" ? node[part] : undefined), tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!);

describe("notification catalog", () => {
  it("has a subject and a body for every type in every locale, using only the type's parameters", () => {
    const problems: string[] = [];
    for (const locale of locales) {
      const messages = resources[locale].notifications as Tree;
      for (const type of notificationTypes) {
        const own = Object.keys(notificationCatalog[type].shape);
        // {{amount}} is derived from amountMinor + currency, formatted in the reader's locale.
        const parameters = own.includes("amountMinor") ? [...own, "amount"] : own;
        for (const part of ["subject", "body"]) {
          const text = lookup(messages, `${type}.${part}`);
          if (typeof text !== "string" || !text) problems.push(`${locale}: ${type}.${part} missing`);
          else for (const name of placeholders(text)) if (!parameters.includes(name)) problems.push(`${locale}: ${type}.${part} uses {{${name}}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("translates every value of the enum parameters", () => {
    const subtrees = {
      status: Object.values(OrderStatus),
      document_kind: Object.values(OrderDocumentKind),
      dispute_decision: ["FULL_REFUND", "PARTIAL_REFUND", "REJECTED"],
      listing_reason: [...rejectionReasonCodes],
    };
    expect(Object.values(translatedParameters).sort()).toEqual(Object.keys(subtrees).sort());
    for (const locale of locales) {
      for (const [subtree, values] of Object.entries(subtrees)) {
        for (const value of values) expect(typeof lookup(resources[locale].notifications as Tree, `${subtree}.${value}`), `${locale} ${subtree}.${value}`).toBe("string");
      }
    }
  });
});

describe("money in notifications", () => {
  it("is formatted in the reader's locale from the stored minor units", async () => {
    const { renderNotificationText } = await import("./notification-text");
    const data = { orderNumber: "ORD-2026-000001", invoiceNumber: "INV-2026-000001", amountMinor: "412205056", currency: "KZT" };
    expect(renderNotificationText("ru", "settlement.payment_received", data).body).toMatch(/4\s122\s050,56/);
    expect(renderNotificationText("en", "settlement.payment_received", data).body).toContain("4,122,050.56");
  });
});
