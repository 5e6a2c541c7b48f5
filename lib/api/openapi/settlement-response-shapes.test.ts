import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { recordedTransferJson, settlementJson } from "@/lib/api/settlement-json";
import type { statementJson } from "@/lib/api/statement-json";
import type { auditEventPageJson } from "@/lib/api/audit-json";
import type * as documented from "./settlement-response-schemas";
import type * as documentedAudit from "./audit-response-schemas";

/* Compile-time checks (run by `tsc`): what lib/api/settlement-json.ts builds, after JSON.stringify, is what the document says. */

type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends z.ZodType> = z.output<S>;

type SettlementOut = ReturnType<typeof settlementJson>;
type SettlementDoc = Out<typeof documented.settlementSchema>;
const settlement: Same<Json<Omit<SettlementOut, "fxSnapshots">>, Omit<SettlementDoc, "fxSnapshots">> = true;
const recorded: Same<Json<ReturnType<typeof recordedTransferJson>>, Out<typeof documented.recordedTransferSchema>> = true;

const statement: Same<Json<ReturnType<typeof statementJson>>, Out<typeof documented.statementSchema>> = true;

type AuditOut = ReturnType<typeof auditEventPageJson>;
type AuditDoc = Out<typeof documentedAudit.auditEventPageSchema>;
const audit: Same<Json<Omit<AuditOut["events"][number], "data">>, Omit<AuditDoc["events"][number], "data">> = true;

describe("settlement response shapes", () => {
  it("match the documented schemas (checked by the compiler)", () => {
    expect([settlement, recorded, statement, audit]).toEqual([true, true, true, true]);
  });
});
