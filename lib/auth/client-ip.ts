/**
 * The caller's IP for throttling and the audit log: the first X-Forwarded-For entry. Next.js
 * fills that header from the socket when the request arrives without one; in production a
 * reverse proxy must overwrite it, or a caller could pick a fresh "IP" for each attempt. The
 * per-account limit does not depend on this value (ADR 0004).
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
