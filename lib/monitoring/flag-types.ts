import type { OrderStatus, OrganizationType } from "@/lib/db/generated/enums.ts";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { RestrictedMatch } from "./restricted-list";

export const monitoringRules = ["new_supplier", "price_outlier", "repeated_cancellations", "third_party_payment", "restricted"] as const;
export type MonitoringRule = (typeof monitoringRules)[number];

export type Money = { minor: bigint; currency: CurrencyCode };
export type FlagParty = { id: string; name: string; type: OrganizationType };

/** What a flag is about; orders are what staff can act on (hold, ask for documents, cancel). */
export type FlagSubject =
  | { kind: "order"; id: string; number: string; status: OrderStatus; heldAt: Date | null }
  | { kind: "quote"; id: string; rfqId: string; rfqNumber: string }
  | { kind: "rfq"; id: string; number: string }
  | { kind: "organization"; id: string; name: string; type: OrganizationType };

export type NewSupplierEvidence = {
  rule: "new_supplier";
  total: Money;
  totalUsd: Money;
  thresholdUsd: Money;
  supplierCreatedAt: Date;
  firstVerifiedAt: Date | null;
  newSupplierDays: number;
};

export type PriceOutlierEvidence = {
  rule: "price_outlier";
  /** The order line's description, or null for a quote's offer. */
  line: string | null;
  direction: "below" | "above";
  unitPrice: Money;
  unitPriceUsd: Money;
  medianUsd: Money;
  listings: number;
  percentOfMedian: number;
  lowPercent: number;
  highPercent: number;
  categoryNames: unknown;
};

export type CancellationEvidence = {
  rule: "repeated_cancellations";
  role: "buyer" | "supplier";
  count: number;
  threshold: number;
  days: number;
  orders: { id: string; number: string; cancelledAt: Date }[];
};

export type ThirdPartyPaymentEvidence = {
  rule: "third_party_payment";
  payerName: string;
  buyerName: string;
  buyerLegalName: string;
  amount: Money;
  bankReference: string;
  valueDate: Date;
};

export type RestrictedEvidence = { rule: "restricted"; matches: RestrictedMatch[] };

export type FlagEvidence = NewSupplierEvidence | PriceOutlierEvidence | CancellationEvidence | ThirdPartyPaymentEvidence | RestrictedEvidence;

/** One raised flag: the rule, what it is about, who is involved, when it happened and why it fired. */
export type MonitoringFlag = {
  /** Stable across reloads: rule and the row that fired it. */
  key: string;
  rule: MonitoringRule;
  subject: FlagSubject;
  /** When the flagged event happened (order placed, offer made, transfer recorded…). */
  at: Date;
  buyer: FlagParty | null;
  supplier: FlagParty | null;
  evidence: FlagEvidence;
};

/** What every finder gets: the window start, the clock, the thresholds and a converter into US dollars. */
export type FinderContext = {
  since: Date;
  now: Date;
  toUsd: (minor: bigint, currency: string) => Promise<bigint | null>;
};
