import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { notificationsQuerySchema } from "@/lib/notify/list-notifications";
import { markReadSchema } from "@/lib/notify/mark-read";
import type { ApiOperation } from "../types";

const id = z.string().meta({ format: "uuid" });
const dateTime = z.string().meta({ format: "date-time" });
const count = z.number().int().min(0);

/*
 * What the two GET operations answer, registered in responseComponents (response-schemas.ts)
 * as `NotificationPage` and `UnreadCount`. tests/integration/notifications.test.ts checks at
 * compile time that the routes return them.
 */
export const notificationSchema = z.object({
  id,
  type: z.string().meta({ description: "What happened, stable for programs: rfq.received, quote.received, order.status_changed, …", examples: ["quote.received"] }),
  data: z.record(z.string(), z.string()).meta({ description: "The parameters of the type as stored (numbers, names, statuses), untranslated." }),
  title: z.string().meta({ description: "In the language of the answer." }),
  body: z.string().meta({ description: "In the language of the answer." }),
  link: z.string().nullable().meta({ description: "Path of the page the notification is about, in the language of the answer, e.g. /ru/rfqs/…" }),
  read: z.boolean(),
  readAt: dateTime.nullable(),
  createdAt: dateTime,
});

export const notificationPageSchema = z.object({
  total: count.meta({ description: "Notifications matching the filter." }),
  unread: count.meta({ description: "All your unread notifications, whatever the filter." }),
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  locale: z.enum(locales).meta({ description: "The language of titles, bodies and links." }),
  notifications: z.array(notificationSchema),
});

export const unreadCountSchema = z.object({ unread: count });

export const notificationOperations: ApiOperation[] = [
  {
    operationId: "listNotifications",
    method: "get",
    path: "/api/v1/notifications",
    tag: "Account",
    summary: "List your notifications",
    description:
      "Your own notifications (new RFQs, quotes, counter-offers, orders and their status), newest first, with the number still unread. Titles and bodies come in your preferred language unless `locale` asks for another. Invalid filter values are ignored. Answer: `{ total, unread, page, pages, locale, notifications: [{ id, type, data, title, body, link, read, readAt, createdAt }] }`.",
    auth: "required",
    query: notificationsQuerySchema,
    queryDocs: {
      unread: "true: only notifications not yet read.",
      page: "Page number, from 1.",
      pageSize: "Notifications per page (at most 100).",
      locale: "Language of titles, bodies and links; by default your preferred language.",
    },
    exampleQuery: { unread: "true", page: "1" },
    success: [{ status: 200, description: "A page of your notifications.", body: "NotificationPage" }],
    errors: ["UNAUTHENTICATED", "INTERNAL"],
  },
  {
    operationId: "countUnreadNotifications",
    method: "get",
    path: "/api/v1/notifications/unread-count",
    tag: "Account",
    summary: "Count your unread notifications",
    description: "A cheap call to poll for a badge. Answer: `{ \"unread\": 3 }`.",
    auth: "required",
    success: [{ status: 200, description: "The number of your unread notifications.", body: "UnreadCount" }],
    errors: ["UNAUTHENTICATED", "INTERNAL"],
  },
  {
    operationId: "markNotificationsRead",
    method: "post",
    path: "/api/v1/notifications/read",
    tag: "Account",
    summary: "Mark notifications as read",
    description: "Send either the IDs of some of your notifications or `all: true`. IDs that are not yours, or already read, are ignored, so repeating the call is harmless.",
    auth: "required",
    body: {
      contentType: "application/json",
      component: "MarkNotificationsRead",
      schema: markReadSchema,
      example: { ids: ["5b0e7c3a-2f4d-4a8e-9c1b-7d6e5f4a3b2c"] },
      fieldDocs: {
        ids: "IDs of your notifications to mark as read (at most 500).",
        all: "true: mark all your notifications as read.",
      },
    },
    success: [{ status: 204, description: "Done.", body: null }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "VALIDATION_FAILED", "INTERNAL"],
  },
];
