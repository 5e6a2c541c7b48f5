import type { Db, Tx } from "@/lib/db/create-client";

/**
 * What FX reads need: the global client, or a transaction's client when the rate is looked
 * up inside the transaction that stores it (a quote comparison, an order) — code inside an
 * interactive transaction must use the transaction's client only.
 */
export type FxClient = Db | Tx;
