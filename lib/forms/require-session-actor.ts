import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/get-actor";
import { AppError } from "@/lib/errors/app-error";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** For server actions: the signed-in actor from the session (never from the form), or UNAUTHENTICATED. */
export async function requireSessionActor(locale: Locale): Promise<Actor> {
  if (!isLocale(locale)) throw new Error("Unknown locale");
  const actor = await getSessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
