import type { Locale } from "@/lib/i18n/config";
import { localizedLink, notificationT, renderNotificationText } from "./notification-text";

export type EmailInput = {
  locale: Locale;
  type: string;
  data: unknown;
  /** Path without the locale, or null. */
  link: string | null;
  recipientName: string;
  /** Public base URL (APP_URL); without it the e-mail carries the path alone. */
  appUrl?: string;
};

/** A notification as a plain-text e-mail in the recipient's language: greeting, body, link, footer. */
export function renderEmail(input: EmailInput): { subject: string; text: string } {
  const t = notificationT(input.locale);
  const { title, body } = renderNotificationText(input.locale, input.type, input.data);
  const path = localizedLink(input.locale, input.link);
  const url = path ? `${(input.appUrl ?? "").replace(/\/+$/, "")}${path}` : null;
  const parts = [t("email.greeting", { name: input.recipientName }), body, url ? t("email.open", { url }) : null, `-- \n${t("email.footer")}`];
  return { subject: title, text: parts.filter((part): part is string => part !== null).join("\n\n") };
}
