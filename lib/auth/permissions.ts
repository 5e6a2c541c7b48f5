import type { Role } from "@/lib/db/generated/enums.ts";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import { adminRoleFor } from "./roles";

/** What an action is done to, when it matters: the organization that owns the data. */
export type Resource = { organizationId: string };

type Rule = (actor: Actor, resource?: Resource) => boolean;

const hasRole = (actor: Actor, ...roles: Role[]) => actor.roles.some((role) => roles.includes(role));
const isOrgAdmin = (actor: Actor) => hasRole(actor, adminRoleFor[actor.organization.type]);
const isHubStaff = (actor: Actor) => actor.organization.type === "HUB";
/** Data of the actor's own organization. A missing resource is never "own". */
const ownOrganization = (actor: Actor, resource?: Resource) => resource?.organizationId === actor.organization.id;

/**
 * Every permission in one table, checked the same way by pages, server actions and the REST
 * API. Tenant scoping still happens in each query; this table says whether the actor may
 * try at all.
 */
const rules = {
  "page:buyer": (actor) => actor.organization.type === "BUYER",
  "page:supplier": (actor) => actor.organization.type === "SUPPLIER",
  "page:hub": (actor) => isHubStaff(actor),
  "organization:read": (actor, resource) => ownOrganization(actor, resource) || isHubStaff(actor),
  "organization:update": (actor, resource) => ownOrganization(actor, resource) && isOrgAdmin(actor),
  "members:read": (actor, resource) => ownOrganization(actor, resource),
  "members:manage": (actor, resource) => ownOrganization(actor, resource) && isOrgAdmin(actor),
  "taxonomy:manage": (actor) => isHubStaff(actor) && hasRole(actor, "admin"),
  /** Create, edit, submit, archive the organization's own listings and import catalog files. */
  "listings:manage": (actor, resource) => actor.organization.type === "SUPPLIER" && ownOrganization(actor, resource) && hasRole(actor, "supplier_admin", "supplier"),
  /** Approve or reject listings waiting for review. */
  "listings:review": (actor) => isHubStaff(actor) && hasRole(actor, "moderator", "admin"),
  /** Create and manage the organization's RFQs, counter and accept quotes, place orders. */
  "rfq:buy": (actor, resource) => actor.organization.type === "BUYER" && ownOrganization(actor, resource) && hasRole(actor, "buyer_admin", "buyer"),
  /** Answer RFQs routed to the organization with quotes; only verified suppliers may quote. */
  "rfq:quote": (actor, resource) =>
    actor.organization.type === "SUPPLIER" && actor.organization.verificationStatus === "VERIFIED" && ownOrganization(actor, resource) && hasRole(actor, "supplier_admin", "supplier"),
  /** See every RFQ, quote and order on the platform (read-only). */
  "deals:monitor": (actor) => isHubStaff(actor),
  /** Record and match incoming payments, refund them, release supplier payouts, set commission rates. */
  "settlement:manage": (actor) => isHubStaff(actor) && hasRole(actor, "finance", "admin"),
  /** Every order's settlement, the ledger and every organization's statements (hub staff, read-only). */
  "settlement:read_all": (actor) => isHubStaff(actor),
  /** The organization's own statements. */
  "statements:read": (actor, resource) => ownOrganization(actor, resource) && hasRole(actor, "buyer_admin", "buyer", "supplier_admin", "supplier"),
  /** Enter and import FX rates. */
  "fx:manage": (actor) => isHubStaff(actor) && hasRole(actor, "finance", "admin"),
  /** Open a dispute on the company's own order (buyers). */
  "disputes:open": (actor, resource) => actor.organization.type === "BUYER" && ownOrganization(actor, resource) && hasRole(actor, "buyer_admin", "buyer"),
  /** Answer a dispute on the company's own order (suppliers). */
  "disputes:answer": (actor, resource) => actor.organization.type === "SUPPLIER" && ownOrganization(actor, resource) && hasRole(actor, "supplier_admin", "supplier"),
  /** Decide disputes, hold and release orders (moderation, not finance). */
  "disputes:decide": (actor) => isHubStaff(actor) && hasRole(actor, "moderator", "admin"),
  "audit:read": (actor) => isHubStaff(actor) && hasRole(actor, "admin", "moderator"),
  /** Rate a completed order of the organization and review it (published after moderation). */
  "reviews:write": (actor, resource) => actor.organization.type === "BUYER" && ownOrganization(actor, resource) && hasRole(actor, "buyer_admin", "buyer"),
  /** Publish or reject buyers' reviews before they reach supplier pages. */
  "reviews:moderate": (actor) => isHubStaff(actor) && hasRole(actor, "moderator", "admin"),
  /** Submit the organization's own company documents for verification (and read them back): suppliers, and buyers for large orders. */
  "verification:submit": (actor, resource) =>
    ((actor.organization.type === "SUPPLIER" && hasRole(actor, "supplier_admin")) || (actor.organization.type === "BUYER" && hasRole(actor, "buyer_admin"))) && ownOrganization(actor, resource),
  /** Work the supplier verification queue: approve, reject, ask for more documents. */
  "verification:review": (actor) => isHubStaff(actor) && hasRole(actor, "moderator", "admin"),
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  return (rules[action] as Rule)(actor, resource);
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without an actor) unless `can` allows it. */
export function authorize(actor: Actor | null, action: Action, resource?: Resource): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor, action, resource)) throw new AppError("FORBIDDEN", `Not allowed: ${action}`);
}
