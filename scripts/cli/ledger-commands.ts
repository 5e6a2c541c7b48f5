import { checkLedger } from "@/lib/ledger/check-ledger";
import type { Command } from "./command";
import { withDatabase } from "./database";

export const ledgerCheck: Command = {
  name: "ledger:check",
  summary: "Verify every ledger and settlement invariant; exit non-zero with details on any violation",
  usage: "ledger:check",
  help: [
    "Checks: each transaction balances per currency and has two or more entries; no orphan entries;",
    "entry currency is its account's; account balances equal their entries; every invoice, payment,",
    "refund and payout is posted exactly once for its amount; invoices cover their order's total; paid",
    "amounts and statuses follow payments; orders past payment were invoiced and paid.",
  ].join("\n"),
  async run({ env, log }) {
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      const { violations, counts } = await checkLedger(db);
      if (violations.length) {
        throw new Error(`Ledger check failed: ${violations.length} violation(s)\n${violations.map((v) => `  - [${v.rule}] ${v.detail}`).join("\n")}`);
      }
      log(`Ledger OK: ${counts.transactions} transactions, ${counts.entries} entries, ${counts.accounts} accounts; every invariant holds.`);
    });
  },
};
