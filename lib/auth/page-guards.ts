import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import type { Actor } from "./actor";
import { getSessionActor } from "./get-actor";
import { can, type Action, type Resource } from "./permissions";

/**
 * For pages: the signed-in actor, or a redirect to sign-in that comes back to `returnTo`.
 * With an action, an actor who may not do it gets the 403 page. This is the real guard;
 * proxy.ts only saves a round trip for visitors without a session cookie.
 */
export async function requirePageActor(locale: Locale, returnTo: string, action?: Action, resource?: Resource): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (action && !can(actor, action, resource)) forbidden();
  return actor;
}
