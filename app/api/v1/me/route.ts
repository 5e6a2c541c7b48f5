import { authenticatedRoute } from "@/lib/api/handler";
import { toMeResponse } from "@/lib/api/me-response";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { loadActor } from "@/lib/auth/load-actor";
import { updateProfile } from "@/lib/users/update-profile";

// GET /api/v1/me – the caller: user, organization and roles.
export const GET = authenticatedRoute(async ({ actor }) => Response.json(toMeResponse(actor)));

// PATCH /api/v1/me – update the caller's name and/or preferred locale.
export const PATCH = authenticatedRoute(async ({ actor, readJsonObject, request }) => {
  const patch = await readJsonObject();
  await updateProfile(db(), actor, { name: actor.name, locale: actor.locale, ...patch }, { ip: clientIp(request.headers) });
  const updated = await loadActor(db(), actor.userId, actor.via);
  return Response.json(toMeResponse(updated ?? actor));
});
