import { z } from "zod";
import { dateTime, id } from "./schema-primitives";

/* The audit log page built in lib/api/audit-json.ts (checked against it in settlement-response-shapes.test.ts). */

export const auditEventPageSchema = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  events: z.array(
    z.object({
      id: z.string().meta({ description: "Event id (a decimal string)." }),
      chainSeq: z.string().nullable().meta({ description: "Position in the hash chain." }),
      occurredAt: dateTime,
      actor: z.object({ id, email: z.string() }).nullable(),
      actorOrganizationId: id.nullable(),
      organizationId: id.nullable().meta({ description: "The organization whose data changed." }),
      action: z.string().meta({ examples: ["payment.recorded"] }),
      targetType: z.string(),
      targetId: z.string(),
      data: z.unknown().meta({ description: "Before/after summary." }),
      ip: z.string().nullable(),
      prevHash: z.string().nullable(),
      hash: z.string().nullable().meta({ description: "sha256 of prevHash and the event's canonical content (hex)." }),
    }),
  ),
});
