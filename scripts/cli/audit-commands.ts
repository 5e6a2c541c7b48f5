import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { Command } from "./command";
import { withDatabase } from "./database";

export const auditVerify: Command = {
  name: "audit:verify",
  summary: "Recompute the audit log's hash chain; exit non-zero at the first broken link",
  usage: "audit:verify",
  help: "Each event's hash covers the previous hash and its own canonical content, so an edited, replaced or removed event breaks the chain from that point on.",
  async run({ env, log }) {
    await withDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, async (db) => {
      const { events, firstBreak } = await verifyAuditChain(db);
      if (firstBreak) {
        throw new Error(
          `Audit chain broken at event ${firstBreak.eventId} (chain position ${firstBreak.chainSeq ?? "none"}, ${firstBreak.action}, ${firstBreak.occurredAt.toISOString()}): ${firstBreak.problem.replace("_", " ")}. Every later event is unproven.`,
        );
      }
      log(`Audit chain intact: ${events} events.`);
    });
  },
};
