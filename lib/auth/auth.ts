import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { clientIp } from "./client-ip";
import { loadActor } from "./load-actor";
import { verifyCredentials } from "./verify-credentials";
import type { OrganizationType, Role } from "@/lib/db/generated/enums.ts";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string };
    organization: { id: string; type: OrganizationType };
    roles: Role[];
  }
}

/**
 * Auth.js with e-mail + password. Sessions are JWTs in an encrypted cookie (the Credentials
 * provider requires it); they carry the user, organization and roles for display, while every
 * authorization decision re-reads them from the database (getActor) — see ADR 0004.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  logger: {
    // A wrong password or a throttled attempt is an expected outcome, answered in the form;
    // logging each with a stack trace would bury real errors.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const e = env();
        const result = await verifyCredentials(
          db(),
          { ...parsed.data, ip: clientIp(request.headers) },
          { perAccount: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT, perIp: e.SIGNIN_MAX_FAILURES_PER_IP, windowMinutes: e.SIGNIN_THROTTLE_WINDOW_MINUTES },
        );
        if (!result.ok) throw result.reason === "throttled" ? new SignInThrottled() : new InvalidCredentials();
        return { id: result.userId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const actor = await loadActor(db(), user.id, "session");
        if (actor) {
          token.sub = actor.userId;
          token.email = actor.email;
          token.name = actor.name;
          token.organization = { id: actor.organization.id, type: actor.organization.type };
          token.roles = actor.roles;
        }
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? "", email: token.email ?? "", name: token.name ?? "" };
      session.organization = token.organization as Session["organization"];
      session.roles = (token.roles as Role[] | undefined) ?? [];
      return session;
    },
  },
}));

type Session = import("next-auth").Session;
