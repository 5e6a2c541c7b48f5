import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-client";
import { countUnread } from "@/lib/notify/count-unread";
import { emailHandlers } from "@/lib/notify/email-handlers";
import { listNotifications } from "@/lib/notify/list-notifications";
import { listEmailMessages } from "@/lib/notify/list-email-messages";
import type { MailTransport, OutgoingMail } from "@/lib/notify/mail-transport";
import { markRead } from "@/lib/notify/mark-read";
import { notify, type NotifyInput } from "@/lib/notify/notify";
import { openNotification } from "@/lib/notify/open-notification";
import { emailSendTopic } from "@/lib/notify/outbox-topics";
import { emailMaxAttempts, sendEmail } from "@/lib/notify/send-email";
import { processOutboxOnce } from "@/lib/outbox/process-outbox";
import type { notificationPageSchema, notificationSchema, unreadCountSchema } from "@/lib/api/openapi/operations/notifications";
import { GET as listRoute } from "@/app/api/v1/notifications/route";
import { POST as readRoute } from "@/app/api/v1/notifications/read/route";
import { GET as unreadCountRoute } from "@/app/api/v1/notifications/unread-count/route";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

// lib/env/server.ts is marked server-only; this file is the server.
vi.mock("server-only", () => ({}));
// The routes run as whoever the test names in the Authorization header, on the test database.
const actorsByToken = new Map<string, Actor>();
vi.mock("@/lib/auth/get-actor", () => ({
  getRequestActor: async (request: Request) => actorsByToken.get(request.headers.get("authorization") ?? "") ?? null,
}));
vi.mock("@/lib/db/client", () => ({ db: () => db() }));

// env() parses process.env once, on first use — after these lines; each test file has its own module graph.
process.env.APP_URL = "https://karavan.test/";
delete process.env.SMTP_URL;

const db = setupTestDatabase();

const rfqData = { rfqNumber: "RFQ-2026-000042", title: "Copper cable YJV 3×95", buyerName: "Almaty Build LLP" };
const send = (input: NotifyInput) => db().$transaction((tx) => notify(tx, input));
const setLocale = (actor: Actor, locale: string) => db().user.update({ where: { id: actor.userId }, data: { locale } });

/** A supplier company with an admin, a staff member, a disabled member; and another company. */
async function world() {
  const admin = await createActor(db(), { type: "SUPPLIER" });
  const staff = await createActor(db(), { type: "SUPPLIER", roles: ["supplier"], organizationId: admin.organization.id });
  const gone = await createActor(db(), { type: "SUPPLIER", roles: ["supplier"], organizationId: admin.organization.id });
  await db().user.update({ where: { id: gone.userId }, data: { disabledAt: new Date() } });
  const other = await createActor(db(), { type: "SUPPLIER" });
  return { admin, staff, gone, other };
}

const emailsTo = (actor: Actor) => db().emailMessage.findMany({ where: { to: actor.email }, orderBy: { createdAt: "asc" } });
const outboxFor = async (emailIds: string[]) =>
  (await db().outboxMessage.findMany({ where: { topic: emailSendTopic } })).filter((row) => emailIds.includes((row.payload as { emailId: string }).emailId));

describe("notify", () => {
  it("reaches every active member of the organization — not disabled members, not other companies", async () => {
    const { admin, staff, gone, other } = await world();
    const result = await send({ type: "rfq.received", data: rfqData, link: "/supplier/rfqs/abc", to: { organizationId: admin.organization.id } });
    expect(result.userIds.sort()).toEqual([admin.userId, staff.userId].sort());
    for (const actor of [admin, staff]) expect(await db().notification.count({ where: { userId: actor.userId, type: "rfq.received" } })).toBe(1);
    for (const actor of [gone, other]) {
      expect(await db().notification.count({ where: { userId: actor.userId } })).toBe(0);
      expect(await emailsTo(actor)).toEqual([]);
    }
    const stored = await db().notification.findFirstOrThrow({ where: { userId: staff.userId } });
    expect(stored).toMatchObject({ data: rfqData, link: "/supplier/rfqs/abc", readAt: null });
  });

  it("narrows to roles, to listed users, and leaves out `except`", async () => {
    const { admin, staff, gone } = await world();
    const byRole = await send({ type: "quote.declined", data: { rfqNumber: "RFQ-1", title: "Cable" }, to: { organizationId: admin.organization.id, roles: ["supplier_admin"] } });
    expect(byRole.userIds).toEqual([admin.userId]);
    const byId = await send({ type: "quote.declined", data: { rfqNumber: "RFQ-1", title: "Cable" }, to: { userIds: [staff.userId, gone.userId] } });
    expect(byId.userIds).toEqual([staff.userId]);
    const except = await send({ type: "quote.declined", data: { rfqNumber: "RFQ-1", title: "Cable" }, to: { organizationId: admin.organization.id }, except: [admin.userId] });
    expect(except.userIds).toEqual([staff.userId]);
  });

  it("writes each e-mail in the recipient's language, with the link in that language", async () => {
    const { admin, staff } = await world();
    await setLocale(admin, "ru");
    await setLocale(staff, "zh");
    await send({ type: "order.status_changed", data: { orderNumber: "ORD-2026-000017", status: "SHIPPED" }, link: "/orders/o-17", to: { organizationId: admin.organization.id } });
    const [ru] = await emailsTo(admin);
    const [zh] = await emailsTo(staff);
    expect(ru).toMatchObject({ subject: "Заказ ORD-2026-000017: Отгружен", status: "PENDING" });
    expect(ru!.text).toContain("Здравствуйте, Test User!");
    expect(ru!.text).toContain("Новый статус заказа ORD-2026-000017: «Отгружен».");
    expect(ru!.text).toContain("https://karavan.test/ru/orders/o-17");
    expect(zh).toMatchObject({ subject: "订单 ORD-2026-000017：已发货" });
    expect(zh!.text).toContain("https://karavan.test/zh/orders/o-17");
  });

  it("queues one email.send per e-mail in the same transaction, and writes nothing when it rolls back", async () => {
    const { admin, staff } = await world();
    await send({ type: "rfq.received", data: rfqData, link: "/supplier/rfqs/abc", to: { organizationId: admin.organization.id } });
    const emails = [...(await emailsTo(admin)), ...(await emailsTo(staff))];
    expect(emails).toHaveLength(2);
    expect((await outboxFor(emails.map((email) => email.id))).map((row) => (row.payload as { emailId: string }).emailId).sort()).toEqual(emails.map((email) => email.id).sort());

    const before = { notifications: await db().notification.count(), emails: await db().emailMessage.count(), outbox: await db().outboxMessage.count() };
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, { type: "rfq.cancelled", data: { rfqNumber: "RFQ-9", title: "Cable" }, to: { organizationId: admin.organization.id } });
        throw new Error("the change failed after notifying");
      }),
    ).rejects.toThrow("the change failed");
    expect({ notifications: await db().notification.count(), emails: await db().emailMessage.count(), outbox: await db().outboxMessage.count() }).toEqual(before);
  });

  it("refuses links that are not a local path without locale, and wrong parameters", async () => {
    const { admin } = await world();
    const to = { userIds: [admin.userId] };
    for (const link of ["//evil.example/x", "https://evil.example", "/ru/orders/1", "orders/1", "/\\evil.example"]) {
      await expect(send({ type: "rfq.expired", data: { rfqNumber: "RFQ-1", title: "Cable" }, link, to })).rejects.toThrow();
    }
    await expect(send({ type: "rfq.expired", data: { rfqNumber: "", title: "Cable" }, to })).rejects.toThrow();
    expect(await db().notification.count({ where: { userId: admin.userId } })).toBe(0);
  });
});

describe("email delivery (email.send)", () => {
  it("marks e-mails SENT without SMTP, once", async () => {
    const { admin } = await world();
    await send({ type: "rfq.received", data: rfqData, to: { userIds: [admin.userId] } });
    const handlers = emailHandlers(db(), null);
    while ((await processOutboxOnce(db(), handlers)) > 0);
    const [email] = await emailsTo(admin);
    expect(email).toMatchObject({ status: "SENT", error: null });
    expect(email!.sentAt).toBeInstanceOf(Date);
    expect((await outboxFor([email!.id]))[0]!.processedAt).toBeInstanceOf(Date);

    // Delivered again (a crash before the outbox row was stamped): nothing changes.
    await handlers[emailSendTopic]!({ emailId: email!.id });
    expect((await db().emailMessage.findUniqueOrThrow({ where: { id: email!.id } })).sentAt).toEqual(email!.sentAt);
  });

  it("sends through the transport once, even when the message is handled twice", async () => {
    const { admin } = await world();
    await send({ type: "rfq.received", data: rfqData, to: { userIds: [admin.userId] } });
    const [email] = await emailsTo(admin);
    const sent: OutgoingMail[] = [];
    const transport: MailTransport = { send: async (mail) => void sent.push(mail) };
    expect(await sendEmail(db(), email!.id, transport)).toBe("SENT");
    expect(await sendEmail(db(), email!.id, transport)).toBe("SENT");
    expect(sent).toEqual([{ id: email!.id, to: admin.email, subject: email!.subject, text: email!.text }]);
  });

  it("records a refusal and retries; after the last attempt marks the e-mail FAILED", async () => {
    const { admin } = await world();
    await send({ type: "rfq.received", data: rfqData, to: { userIds: [admin.userId] } });
    const [email] = await emailsTo(admin);
    const [row] = await outboxFor([email!.id]);
    const refusing: MailTransport = {
      send: async () => {
        throw new Error("550 mailbox unavailable");
      },
    };
    const handlers = emailHandlers(db(), refusing);
    // Only this message is due: other tests' rows are pushed into the future for the duration.
    await db().outboxMessage.updateMany({ where: { topic: emailSendTopic, processedAt: null, NOT: { id: row!.id } }, data: { availableAt: new Date(Date.now() + 3_600_000) } });

    vi.spyOn(console, "error").mockImplementation(() => {});
    await processOutboxOnce(db(), handlers);
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email!.id } })).toMatchObject({ status: "PENDING", error: "550 mailbox unavailable" });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ processedAt: null, lastError: "550 mailbox unavailable", attempts: 1 });

    await db().outboxMessage.update({ where: { id: row!.id }, data: { attempts: emailMaxAttempts - 1, availableAt: new Date(Date.now() - 1000) } });
    await processOutboxOnce(db(), handlers);
    vi.mocked(console.error).mockRestore();
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email!.id } })).toMatchObject({ status: "FAILED", error: "550 mailbox unavailable", sentAt: null });
    expect((await db().outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).processedAt).toBeInstanceOf(Date);
  });

  it("shows the mailbox to hub staff only", async () => {
    const { admin } = await world();
    const moderator = await createActor(db(), { type: "HUB", roles: ["moderator"] });
    expect((await listEmailMessages(db(), moderator)).length).toBeGreaterThan(0);
    await expect(listEmailMessages(db(), admin)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("inbox", () => {
  it("lists only my notifications, newest first, rendered in the reader's language", async () => {
    const { admin, staff, other } = await world();
    await send({ type: "rfq.received", data: rfqData, link: "/supplier/rfqs/abc", to: { organizationId: admin.organization.id } });
    await send({ type: "order.document_added", data: { orderNumber: "ORD-7", documentKind: "PACKING_LIST" }, to: { userIds: [staff.userId] } });
    await send({ type: "quote.declined", data: { rfqNumber: "RFQ-X", title: "Secret" }, to: { userIds: [other.userId] } });

    const inbox = await listNotifications(db(), staff, { locale: "ru" });
    expect(inbox.total).toBe(2);
    expect(inbox.unread).toBe(2);
    expect(inbox.notifications.map((n) => n.type)).toEqual(["order.document_added", "rfq.received"]);
    expect(inbox.notifications[0]).toMatchObject({ title: "Новый документ по заказу ORD-7: Упаковочный лист", link: null, read: false });
    expect(inbox.notifications[1]).toMatchObject({ title: `Новый запрос RFQ-2026-000042: ${rfqData.title}`, link: "/ru/supplier/rfqs/abc" });

    await setLocale(staff, "zh");
    const preferred = await listNotifications(db(), { ...staff, locale: "zh" }, {});
    expect(preferred.notifications[1]!.link).toBe("/zh/supplier/rfqs/abc");
    expect((await listNotifications(db(), admin, {})).notifications.map((n) => n.type)).toEqual(["rfq.received"]);
  });

  it("counts unread, filters, pages, and marks read only my own notifications", async () => {
    const { admin, staff } = await world();
    for (let i = 1; i <= 3; i++) await send({ type: "order.created", data: { orderNumber: `ORD-${i}`, buyerName: "Almaty Build LLP" }, to: { organizationId: admin.organization.id } });
    const mine = await listNotifications(db(), admin, { pageSize: "2" });
    expect(mine).toMatchObject({ total: 3, pages: 2 });
    expect(mine.notifications).toHaveLength(2);
    const staffIds = (await listNotifications(db(), staff, {})).notifications.map((n) => n.id);

    // The other user's ids are ignored: nothing of theirs changes and nothing tells they exist.
    expect(await markRead(db(), admin, { ids: staffIds })).toEqual({ updated: 0 });
    expect(await countUnread(db(), staff)).toBe(3);
    expect(await openNotification(db(), admin, staffIds[0]!)).toBeNull();
    expect(await countUnread(db(), staff)).toBe(3);

    expect(await markRead(db(), admin, { ids: [mine.notifications[0]!.id, ...staffIds] })).toEqual({ updated: 1 });
    expect(await countUnread(db(), admin)).toBe(2);
    expect((await listNotifications(db(), admin, { unread: "true" })).notifications.map((n) => n.id)).not.toContain(mine.notifications[0]!.id);

    expect(await markRead(db(), admin, { all: true })).toEqual({ updated: 2 });
    expect(await countUnread(db(), admin)).toBe(0);
    expect(await countUnread(db(), staff)).toBe(3);

    await expect(markRead(db(), admin, {})).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(markRead(db(), admin, { ids: [staffIds[0]], all: true })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("opening a notification marks it read and returns its link", async () => {
    const { admin } = await world();
    await send({ type: "order.shipped", data: { orderNumber: "ORD-5", carrier: "KTZ Express", trackingNumber: "KZ123" }, link: "/orders/o-5", to: { userIds: [admin.userId] } });
    const [notification] = (await listNotifications(db(), admin, {})).notifications;
    expect(await openNotification(db(), admin, notification!.id)).toBe("/orders/o-5");
    expect(await countUnread(db(), admin)).toBe(0);
    expect(await openNotification(db(), admin, "not-a-uuid")).toBeNull();
  });
});

describe("REST /api/v1/notifications", () => {
  const call = (actor: Actor | null, url: string, init: RequestInit = {}) => {
    const token = `Bearer ${randomUUID()}`;
    if (actor) actorsByToken.set(token, actor);
    return new Request(`http://localhost${url}`, { ...init, headers: { authorization: token, ...(init.headers ?? {}) } });
  };
  const none = { params: Promise.resolve({}) };

  it("lists, counts and marks read for the caller only", async () => {
    const { admin, staff } = await world();
    await send({ type: "quote.message", data: { rfqNumber: "RFQ-3", title: "Cable", fromName: "Wuxi Cable Co." }, link: "/rfqs/r-3", to: { organizationId: admin.organization.id } });

    const listed = await listRoute(call(admin, "/api/v1/notifications?unread=true&locale=en"), none);
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as z.output<typeof notificationPageSchema>;
    expect(body).toMatchObject({ total: 1, unread: 1, page: 1, pages: 1, locale: "en" });
    expect(body.notifications[0]).toMatchObject({ type: "quote.message", title: "New message about RFQ-3", link: "/en/rfqs/r-3", read: false, readAt: null });

    const counted = await unreadCountRoute(call(admin, "/api/v1/notifications/unread-count"), none);
    expect((await counted.json()) as z.output<typeof unreadCountSchema>).toEqual({ unread: 1 });

    const staffId = (await listNotifications(db(), staff, {})).notifications[0]!.id;
    const json = { "content-type": "application/json" };
    const marked = await readRoute(call(admin, "/api/v1/notifications/read", { method: "POST", headers: json, body: JSON.stringify({ ids: [staffId, body.notifications[0]!.id] }) }), none);
    expect(marked.status).toBe(204);
    expect(await countUnread(db(), admin)).toBe(0);
    expect(await countUnread(db(), staff)).toBe(1);

    const invalid = await readRoute(call(admin, "/api/v1/notifications/read", { method: "POST", headers: json, body: JSON.stringify({ ids: ["x"] }) }), none);
    expect(invalid.status).toBe(422);
    expect((await listRoute(call(null, "/api/v1/notifications"), none)).status).toBe(401);
  });
});

/*
 * Compile-time checks (tsc covers test files). Callers get errors for wrong parameters, and
 * the list route's items are what operations/notifications.ts documents (`data` is stored
 * JSON, checked by shape at runtime instead).
 */
export function notifyTypeChecks(tx: Tx) {
  // @ts-expect-error quote.accepted needs the order number
  void notify(tx, { type: "quote.accepted", data: { rfqNumber: "RFQ-1", title: "Cable" }, to: { userIds: [] } });
  // @ts-expect-error status must be an OrderStatus
  void notify(tx, { type: "order.status_changed", data: { orderNumber: "ORD-1", status: "LOST" }, to: { userIds: [] } });
  // @ts-expect-error parameters of another type
  void notify(tx, { type: "order.created", data: rfqData, to: { userIds: [] } });
}

type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ListedItem = Omit<Json<Awaited<ReturnType<typeof listNotifications>>["notifications"][number]>, "data">;
const documentedItem: Same<ListedItem, Omit<z.output<typeof notificationSchema>, "data">> = true;
void documentedItem;
