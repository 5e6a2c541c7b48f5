import type { Db } from "@/lib/db/create-client";
import type { EmailStatus } from "@/lib/db/generated/enums.ts";
import type { MailTransport } from "./mail-transport";
import { emailSendTopic } from "./outbox-topics";

/**
 * Attempts before an e-mail is given up as FAILED. The outbox backs off 2 s, 4 s, 8 s …, so
 * ten attempts span about 17 minutes — long enough to ride out a mail server restart.
 */
export const emailMaxAttempts = 10;

/**
 * Delivers one queued e-mail and records the outcome on its EmailMessage row.
 *
 * - Without a transport (no SMTP_URL) the message is marked SENT at once: it is "delivered" to
 *   the dev mailbox page, which reads the same table.
 * - With SMTP: SENT once the server accepts it. A refusal records the error and throws, so the
 *   outbox retries; on the last attempt the row becomes FAILED (with the error) and nothing is
 *   thrown, which ends the retries.
 * - Idempotent: a row that is already SENT (or given up as FAILED) is left alone, so a message
 *   the outbox delivers twice is not mailed twice.
 */
export async function sendEmail(client: Db, emailId: string, transport: MailTransport | null): Promise<EmailStatus | null> {
  const email = await client.emailMessage.findUnique({ where: { id: emailId } });
  if (!email) return null;
  if (email.status !== "PENDING") return email.status;
  if (transport) {
    try {
      await transport.send({ id: email.id, to: email.to, subject: email.subject, text: email.text });
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const final = (await attemptsSoFar(client, emailId)) >= emailMaxAttempts;
      await client.emailMessage.updateMany({ where: { id: emailId, status: "PENDING" }, data: { error: detail, ...(final ? { status: "FAILED" } : {}) } });
      if (final) return "FAILED";
      throw error;
    }
  }
  await client.emailMessage.updateMany({ where: { id: emailId, status: "PENDING" }, data: { status: "SENT", sentAt: new Date(), error: null } });
  return "SENT";
}

/**
 * How many times the outbox has tried this e-mail, counting the attempt in progress (the claim
 * increments it). Outbox handlers see only the payload, hence the lookup. No pending outbox
 * row (a direct call) means no retry will follow: treat it as the last attempt.
 */
async function attemptsSoFar(client: Db, emailId: string): Promise<number> {
  const row = await client.outboxMessage.findFirst({
    where: { topic: emailSendTopic, processedAt: null, payload: { path: ["emailId"], equals: emailId } },
    orderBy: { id: "desc" },
    select: { attempts: true },
  });
  return row?.attempts ?? emailMaxAttempts;
}
