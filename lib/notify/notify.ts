import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { Role } from "@/lib/db/generated/enums.ts";
import { env } from "@/lib/env/env";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { notificationCatalog, type NotificationData, type NotificationType } from "./notification-types";
import { emailSendTopic } from "./outbox-topics";
import { renderEmail } from "./render-email";
import { recipientLocale } from "./notification-text";

export type NotifyRecipients =
  /** Every active member of the organization, or only those holding one of `roles`. */
  | { organizationId: string; roles?: Role[] }
  | { userIds: string[] };

/** One variant per type, so `data` must be exactly the parameters of `type`. */
export type NotifyInput = {
  [T in NotificationType]: {
    type: T;
    data: NotificationData<T>;
    /** Path without the locale, e.g. `/rfqs/<id>`; each reader gets it in their own language. */
    link?: string;
    to: NotifyRecipients;
    /** Users to leave out, typically whoever caused the event. */
    except?: string[];
  };
}[NotificationType];

const uuid = z.uuid();
/** Our own paths only: one leading slash (not `//host` or `/\host`), no scheme, no locale. */
const linkSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .refine((link) => !/^\/(en|ru|kk|uz|zh)(\/|$)/.test(link), "link must not carry a locale");
const recipientsSchema = z.union([
  z.object({ organizationId: uuid, roles: z.array(z.enum(Role)).min(1).optional() }).strict(),
  z.object({ userIds: z.array(uuid).max(1000) }).strict(),
]);

/**
 * Tells people about an event: one inbox notification per recipient and one e-mail in that
 * recipient's language, queued for delivery through the outbox. Call it inside the
 * transaction that makes the change, so the notice exists if and only if the change commits.
 * Disabled users are never notified. Returns the ids of the users notified.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ userIds: string[] }> {
  // A wrong input here is a bug in the calling service, not a user error: let it surface as one.
  const data = notificationCatalog[input.type].parse(input.data) as Prisma.InputJsonObject;
  const link = input.link === undefined ? null : linkSchema.parse(input.link);
  const to = recipientsSchema.parse(input.to);
  const except = z.array(uuid).parse(input.except ?? []);

  const recipients = await tx.user.findMany({
    where: {
      disabledAt: null,
      ...("organizationId" in to
        ? { membership: { organizationId: to.organizationId, ...(to.roles ? { roles: { hasSome: to.roles } } : {}) } }
        : { id: { in: to.userIds } }),
      ...(except.length ? { NOT: { id: { in: except } } } : {}),
    },
    select: { id: true, email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
  if (!recipients.length) return { userIds: [] };

  const appUrl = env().APP_URL;
  const emails = recipients.map((user) => ({
    id: randomUUID(),
    to: user.email,
    ...renderEmail({ locale: recipientLocale(user.locale), type: input.type, data, link, recipientName: user.name, appUrl }),
  }));
  await tx.notification.createMany({ data: recipients.map((user) => ({ userId: user.id, type: input.type, data, link })) });
  await tx.emailMessage.createMany({ data: emails });
  for (const email of emails) await enqueueOutbox(tx, emailSendTopic, { emailId: email.id });
  return { userIds: recipients.map((user) => user.id) };
}
