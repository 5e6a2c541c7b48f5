import type { ServerEnv } from "@/lib/env/schema";
import { currencyExponent } from "@/lib/money/currencies";
import { parseRestrictedList, type RestrictedList } from "./restricted-list";

/** The thresholds of the monitoring rules; fixed ones here, deployment-specific ones from the env. */
export type MonitoringConfig = {
  /** A supplier first verified, or registered, fewer days ago than this is "new". */
  newSupplierDays: number;
  /** A new supplier's order above this (USD minor units) is flagged. */
  newSupplierOrderUsdMinor: bigint;
  /** A unit price below lowPercent % or above highPercent % of the category median is flagged. */
  priceLowPercent: number;
  priceHighPercent: number;
  /** Fewer published listings than this make no median worth comparing with. */
  minListingsForMedian: number;
  cancellationDays: number;
  cancellationThreshold: number;
  restrictedDestinations: RestrictedList;
  restrictedParties: RestrictedList;
};

type MonitoringEnv = Pick<ServerEnv, "MONITOR_NEW_SUPPLIER_ORDER_USD" | "MONITOR_RESTRICTED_DESTINATIONS" | "MONITOR_RESTRICTED_PARTIES">;

export function monitoringConfigFrom(source: MonitoringEnv): MonitoringConfig {
  return {
    newSupplierDays: 90,
    newSupplierOrderUsdMinor: BigInt(source.MONITOR_NEW_SUPPLIER_ORDER_USD) * 10n ** BigInt(currencyExponent.USD),
    priceLowPercent: 30,
    priceHighPercent: 300,
    minListingsForMedian: 5,
    cancellationDays: 90,
    cancellationThreshold: 3,
    restrictedDestinations: parseRestrictedList(source.MONITOR_RESTRICTED_DESTINATIONS),
    restrictedParties: parseRestrictedList(source.MONITOR_RESTRICTED_PARTIES),
  };
}

/** How far back the flags page looks, in days. */
export const monitoringWindows = [7, 30, 90] as const;
export type MonitoringWindow = (typeof monitoringWindows)[number];
export const defaultMonitoringWindow: MonitoringWindow = 30;

export function monitoringWindowOf(value: unknown): MonitoringWindow {
  const days = Number(value);
  return monitoringWindows.find((window) => window === days) ?? defaultMonitoringWindow;
}
