import type { ApiLimits, ApiOperation } from "../types";
import { accountOperations } from "./account";
import { catalogOperations } from "./catalog";
import { imageOperations } from "./images";
import { importOperations } from "./imports";
import { listingOperations } from "./listings";
import { moderationOperations } from "./moderation";
import { serviceOperations } from "./service";

/** Every documented endpoint. The route drift test keeps this list equal to app/api/**\/route.ts. */
export function apiOperations(limits: ApiLimits): ApiOperation[] {
  return [
    ...catalogOperations(limits),
    ...accountOperations,
    ...listingOperations,
    ...imageOperations(limits),
    ...importOperations(limits),
    ...moderationOperations,
    ...serviceOperations,
  ];
}
