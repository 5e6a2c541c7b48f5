import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { loadActor } from "./load-actor";
import type { Actor } from "./actor";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";

/**
 * The actor of the current request, from the session cookie. Cached per request, so a page
 * and its components read the database once.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(db(), userId, "session");
});

/**
 * For the REST API: a bearer token when the request has one (and then only the token —
 * a bad token is not rescued by a cookie), else the session.
 */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? resolveApiToken(db(), match[1]) : null;
  }
  return getSessionActor();
}
