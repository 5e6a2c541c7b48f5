import { z } from "zod";
import { attachmentIdsSchema } from "@/lib/attachments/attachment-ids-schema";
import { amountMessages, moneyInputSchema } from "@/lib/money/money-input";

/** Why a buyer disputes an order; shown translated as `disputes:reason.<key>`. */
export const disputeReasons = ["late_delivery", "not_delivered", "quality_not_as_agreed", "wrong_goods", "short_quantity", "damaged_in_transit", "missing_documents", "other"] as const;

export const openDisputeInputSchema = z.object({
  reason: z.enum(disputeReasons, { error: "invalid" }),
  description: z.string({ error: "required" }).trim().min(20, { error: "too_short" }).max(4000, { error: "too_long" }),
  attachmentIds: attachmentIdsSchema.optional(),
});

export const answerDisputeInputSchema = z.object({
  answer: z.string({ error: "required" }).trim().min(10, { error: "too_short" }).max(4000, { error: "too_long" }),
  attachmentIds: attachmentIdsSchema.optional(),
});

export const disputeDecisions = ["FULL_REFUND", "PARTIAL_REFUND", "REJECTED"] as const;

/** The moderator's decision; a partial refund names its amount in the order's currency. */
export const decideDisputeInputSchema = z
  .object({
    decision: z.enum(disputeDecisions, { error: "invalid" }),
    refund: moneyInputSchema(undefined, amountMessages).optional(),
    note: z.string({ error: "required" }).trim().min(3, { error: "too_short" }).max(4000, { error: "too_long" }),
  })
  .refine((input) => input.decision !== "PARTIAL_REFUND" || input.refund, { path: ["refund"], error: "required" });
