import { z } from "zod";

export const reviewTextMin = 10;
export const reviewTextMax = 1000;

/** A buyer's review of a completed order — the schema behind the order page's form. */
export const reviewInputSchema = z.object({
  rating: z.number({ error: "required" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(5, { error: "invalid" }),
  text: z.string({ error: "required" }).trim().min(reviewTextMin, { error: "too_short" }).max(reviewTextMax, { error: "too_long" }),
});

export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** A moderator's decision on a pending review. */
export const reviewDecisionSchema = z.object({ decision: z.enum(["publish", "reject"], { error: "invalid" }) });

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
