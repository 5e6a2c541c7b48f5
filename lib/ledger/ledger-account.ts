import type { Tx } from "@/lib/db/create-client";
import type { LedgerAccountKind } from "@/lib/db/generated/enums.ts";
import type { CurrencyCode } from "@/lib/money/currencies";

/** An account by what it is: platform accounts have no organization. */
export type AccountRef = { kind: LedgerAccountKind; organizationId: string | null; currency: CurrencyCode };

/** Accounts that belong to a company; the rest are the platform's own. */
const organizationKinds: ReadonlySet<LedgerAccountKind> = new Set(["BUYER_RECEIVABLE", "SUPPLIER_PAYABLE"]);

export function accountKey(ref: AccountRef): string {
  const ownedByOrganization = organizationKinds.has(ref.kind);
  if (ownedByOrganization !== (ref.organizationId !== null)) {
    throw new RangeError(`${ref.kind} accounts ${ownedByOrganization ? "belong to an organization" : "are the platform's"}`);
  }
  return `${ref.kind}:${ref.organizationId ?? "platform"}:${ref.currency}`;
}

/** The account's id, opening it on first use (an idempotent upsert, safe under concurrency). */
export async function ledgerAccountId(tx: Tx, ref: AccountRef): Promise<string> {
  const key = accountKey(ref);
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "LedgerAccount" (id, key, kind, "organizationId", currency)
    VALUES (gen_random_uuid(), ${key}, ${ref.kind}::"LedgerAccountKind", ${ref.organizationId}::uuid, ${ref.currency})
    ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
    RETURNING id`;
  return row!.id;
}
