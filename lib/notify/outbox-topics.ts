/** Deliver one EmailMessage (payload `{ emailId }`); handled by lib/notify/email-handlers.ts. */
export const emailSendTopic = "email.send";
