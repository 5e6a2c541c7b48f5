import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { OutboxHandler } from "@/lib/outbox/process-outbox";
import type { MailTransport } from "./mail-transport";
import { emailSendTopic } from "./outbox-topics";
import { sendEmail } from "./send-email";

const payloadSchema = z.object({ emailId: z.uuid() });

/** The outbox handlers that deliver e-mail; `transport` is null without SMTP (dev mailbox). */
export function emailHandlers(client: Db, transport: MailTransport | null): Record<string, OutboxHandler> {
  return {
    [emailSendTopic]: async (payload) => {
      const parsed = payloadSchema.safeParse(payload);
      // Retrying a malformed message can never succeed; say so once and drop it.
      if (!parsed.success) {
        console.error(`[email] dropping malformed ${emailSendTopic} payload`, payload);
        return;
      }
      await sendEmail(client, parsed.data.emailId, transport);
    },
  };
}
