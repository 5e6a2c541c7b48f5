import { auditQuerySchema } from "@/lib/audit/audit-query";
import type { ApiOperation } from "../types";

export const auditOperations: ApiOperation[] = [
  {
    operationId: "listAuditEvents",
    method: "get",
    path: "/api/v1/audit-events",
    tag: "Moderation",
    summary: "Read the audit log",
    description:
      "For trade-hub administrators and moderators. Every state change on the platform, newest first, 50 per page, with the hash chain (chainSeq, prevHash, hash = sha256 over prevHash and the event's canonical content) so the log can be verified independently. format=csv exports up to 50,000 filtered events.",
    auth: "required",
    access: "moderator",
    query: auditQuerySchema,
    queryDocs: {
      actor: "An e-mail (or part of one) or a user id.",
      organizationId: "Events changing or made by this organization.",
      targetType: "e.g. Order, Listing, Payment.",
      targetId: "The target's id.",
      action: "An action (order.status_changed), or a prefix ending in a dot (payment.).",
      from: "First day (YYYY-MM-DD, UTC).",
      to: "Last day, included.",
      page: "Page number, from 1.",
      format: "json (default) or csv.",
    },
    exampleQuery: { action: "payment.", from: "2026-11-01", to: "2026-11-30" },
    success: [{ status: 200, description: "One page of events (or the CSV file).", body: "AuditEventPage" }],
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "INTERNAL"],
  },
];
