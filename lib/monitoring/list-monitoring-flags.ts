import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env/env";
import { findNewSupplierOrders } from "./find-new-supplier-orders";
import { findPriceOutliers } from "./find-price-outliers";
import { findRepeatedCancellations } from "./find-repeated-cancellations";
import { findRestrictedDeals } from "./find-restricted-deals";
import { findThirdPartyPayments } from "./find-third-party-payments";
import { monitoringRules, type FinderContext, type MonitoringFlag, type MonitoringRule } from "./flag-types";
import { defaultMonitoringWindow, monitoringConfigFrom, type MonitoringConfig, type MonitoringWindow } from "./monitoring-config";
import { isEmptyList } from "./restricted-list";
import { usdConverter } from "./usd-converter";

const dayMs = 86_400_000;

export type MonitoringFlags = {
  windowDays: MonitoringWindow;
  now: Date;
  groups: { rule: MonitoringRule; flags: MonitoringFlag[] }[];
  total: number;
  /** When the oldest flagged event in the window happened: the queue's age. */
  oldestAt: Date | null;
  /** The thresholds the rules used, for explaining them; the lists only as "configured or not". */
  limits: Omit<MonitoringConfig, "restrictedDestinations" | "restrictedParties"> & { restrictedConfigured: boolean };
};

export type ListMonitoringFlagsOptions = {
  windowDays?: MonitoringWindow;
  now?: Date;
  /** Thresholds and lists; the environment's by default (tests pass their own). */
  config?: Partial<MonitoringConfig>;
};

/**
 * Every monitoring rule run on demand over the last `windowDays` days — no table of flags:
 * a flag exists while the facts that raise it do. Deliberately unscoped across organizations:
 * the `disputes:decide` check (moderators and hub admins) comes first.
 */
export async function listMonitoringFlags(client: Db, actor: Actor, options: ListMonitoringFlagsOptions = {}): Promise<MonitoringFlags> {
  authorize(actor, "disputes:decide");
  const now = options.now ?? new Date();
  const windowDays = options.windowDays ?? defaultMonitoringWindow;
  const config: MonitoringConfig = { ...monitoringConfigFrom(env()), ...options.config };
  const context: FinderContext = { since: new Date(now.getTime() - windowDays * dayMs), now, toUsd: usdConverter(client, now) };
  const found = await Promise.all([
    findNewSupplierOrders(client, config, context),
    findPriceOutliers(client, config, context),
    findRepeatedCancellations(client, config, context),
    findThirdPartyPayments(client, context),
    findRestrictedDeals(client, config, context),
  ]);
  const all = found.flat();
  const groups = monitoringRules.map((rule) => ({ rule, flags: all.filter((flag) => flag.rule === rule) }));
  const oldestAt = all.reduce<Date | null>((oldest, flag) => (!oldest || flag.at < oldest ? flag.at : oldest), null);
  const { restrictedDestinations, restrictedParties, ...limits } = config;
  const restrictedConfigured = !isEmptyList(restrictedDestinations) || !isEmptyList(restrictedParties);
  return { windowDays, now, groups, total: all.length, oldestAt, limits: { ...limits, restrictedConfigured } };
}

