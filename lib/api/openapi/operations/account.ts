import type { ApiOperation } from "../types";
import { profileFieldDocs } from "../field-docs";
import { profilePatchSchema } from "../request-schemas";

export const accountOperations: ApiOperation[] = [
  {
    operationId: "getMe",
    method: "get",
    path: "/api/v1/me",
    tag: "Account",
    summary: "Get the caller: user, organization and roles",
    auth: "required",
    success: [{ status: 200, description: "The user the token or session belongs to.", body: "Me" }],
    errors: ["UNAUTHENTICATED", "INTERNAL"],
  },
  {
    operationId: "updateMe",
    method: "patch",
    path: "/api/v1/me",
    tag: "Account",
    summary: "Change your name or preferred language",
    description: "Fields left out keep their value. The preferred language also chooses the language of API error messages.",
    auth: "required",
    body: { contentType: "application/json", component: "ProfilePatch", schema: profilePatchSchema, example: { locale: "ru" }, fieldDocs: profileFieldDocs },
    success: [{ status: 200, description: "The caller after the change.", body: "Me" }],
    errors: ["BAD_REQUEST", "UNAUTHENTICATED", "VALIDATION_FAILED", "INTERNAL"],
  },
];
