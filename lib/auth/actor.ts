import type { OrganizationType, Role, VerificationStatus } from "@/lib/db/generated/enums.ts";

/**
 * Who is acting: the signed-in user (or the owner of an API token) with their organization
 * and roles, freshly read from the database on every request so that a removed role or a
 * disabled account takes effect at once, whatever the session cookie still says.
 */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  locale: string;
  organization: {
    id: string;
    type: OrganizationType;
    name: string;
    country: string;
    city: string;
    verificationStatus: VerificationStatus;
  };
  roles: Role[];
  via: "session" | "token";
};
