import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env/env";

export type OutgoingMail = { id: string; to: string; subject: string; text: string };

/** Something that hands an e-mail to a mail server; throws when the server does not accept it. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

const globalForMail = globalThis as unknown as { karavanSmtp?: { url: string; transporter: Transporter } };

/**
 * SMTP through nodemailer when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS),
 * sending as MAIL_FROM. Null without SMTP_URL: e-mails then stay in the EmailMessage table,
 * which the dev mailbox page (/hub/mailbox) shows — the embedded default of DESIGN.md.
 */
export function mailTransport(): MailTransport | null {
  const { SMTP_URL: url, MAIL_FROM: from } = env();
  if (!url) return null;
  if (globalForMail.karavanSmtp?.url !== url) {
    // Bounded waits: a mail server that hangs must fail the attempt (and be retried), not hold the worker.
    const transporter = nodemailer.createTransport(url, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    globalForMail.karavanSmtp = { url, transporter };
  }
  const { transporter } = globalForMail.karavanSmtp;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "karavan.local";
  return {
    async send(mail) {
      // A stable Message-ID lets receiving servers drop the duplicate if a crash makes us send twice.
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@${domain}>` });
    },
  };
}
