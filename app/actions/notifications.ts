"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/get-actor";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { markRead } from "@/lib/notify/mark-read";
import { openNotification } from "@/lib/notify/open-notification";

/** The signed-in actor; without one, the sign-in page that comes back to the inbox. */
async function inboxActor(locale: Locale): Promise<Actor> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const actor = await getSessionActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/notifications`)}`);
  return actor;
}

/** "Mark all as read" on the inbox page. The layout is revalidated so the bell's count follows. */
export async function markAllNotificationsReadAction(locale: Locale): Promise<void> {
  const actor = await inboxActor(locale);
  await markRead(db(), actor, { all: true });
  revalidatePath(`/${locale}`, "layout");
}

/** Clicking a notification: marks it read, then follows its link (or stays in the inbox). */
export async function openNotificationAction(locale: Locale, notificationId: string): Promise<void> {
  const actor = await inboxActor(locale);
  const link = await openNotification(db(), actor, notificationId);
  revalidatePath(`/${locale}`, "layout");
  redirect(link ? `/${locale}${link}` : `/${locale}/notifications`);
}
