import type { ApiLimits, ApiOperation } from "../types";
import { accountOperations } from "./account";
import { attachmentOperations } from "./attachments";
import { auditOperations } from "./audit";
import { catalogOperations } from "./catalog";
import { fxOperations } from "./fx";
import { imageOperations } from "./images";
import { importOperations } from "./imports";
import { listingOperations } from "./listings";
import { moderationOperations } from "./moderation";
import { notificationOperations } from "./notifications";
import { orderOperations } from "./orders";
import { rfqOperations } from "./rfqs";
import { serviceOperations } from "./service";
import { settlementOperations } from "./settlement";

/** Every documented endpoint. The route drift test keeps this list equal to app/api/**\/route.ts. */
export function apiOperations(limits: ApiLimits): ApiOperation[] {
  return [
    ...catalogOperations(limits),
    ...accountOperations,
    ...listingOperations,
    ...imageOperations(limits),
    ...importOperations(limits),
    ...rfqOperations,
    ...orderOperations,
    ...attachmentOperations,
    ...moderationOperations,
    ...auditOperations,
    ...settlementOperations,
    ...fxOperations(limits),
    ...notificationOperations,
    ...serviceOperations,
  ];
}
