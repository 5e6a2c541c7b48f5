import { z } from "zod";
import { OrderStatus } from "@/lib/db/generated/enums.ts";

/** `POST /api/v1/orders/:id/transitions` and the order page's buttons. */
export const orderTransitionInputSchema = z
  .object({
    to: z.enum(OrderStatus, { error: "invalid" }),
    /** Required when shipping. */
    shipment: z
      .object({
        carrier: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
        trackingNumber: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
        route: z.string().trim().max(80, { error: "too_long" }).optional(),
      })
      .optional(),
    note: z.string().trim().max(1000, { error: "too_long" }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.to === "SHIPPED" && !input.shipment) ctx.addIssue({ code: "custom", path: ["shipment", "trackingNumber"], message: "required" });
  });

export type OrderTransitionInput = z.infer<typeof orderTransitionInputSchema>;
