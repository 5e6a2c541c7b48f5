import type { Actor } from "@/lib/auth/actor";

/** The documented shape of GET /api/v1/me. */
export function toMeResponse(actor: Actor) {
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, locale: actor.locale },
    organization: {
      id: actor.organization.id,
      type: actor.organization.type,
      name: actor.organization.name,
      country: actor.organization.country,
      city: actor.organization.city,
      verificationStatus: actor.organization.verificationStatus,
    },
    roles: actor.roles,
  };
}
