import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatRelativeAge } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { StaffQueue, StaffQueueKey } from "@/lib/hub/get-staff-queues";
import { defaultMonitoringWindow } from "@/lib/monitoring/monitoring-config";

const pages: Record<StaffQueueKey, string> = {
  verification: "/hub/verification",
  listings: "/hub/review",
  flags: "/hub/monitoring",
  disputes: "/hub/disputes",
  reviews: "/hub/reviews",
};

/** The staff member's work queues as tiles: how much waits, for how long, and the way in. */
export function StaffQueues({ locale, queues, now = new Date() }: { locale: Locale; queues: StaffQueue[]; now?: Date }) {
  if (!queues.length) return null;
  const t = getT(locale, "dashboard");
  return (
    <section aria-labelledby="staff-queues" className="space-y-3">
      <h2 id="staff-queues" className="text-lg font-semibold">{t("hub.queues.title")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {queues.map((queue) => (
          <li key={queue.key}>
            <Link
              href={`/${locale}${pages[queue.key]}`}
              className="block h-full rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-slate-50"
              data-testid={`queue-${queue.key}`}
            >
              <span className="block text-sm font-medium text-brand-700 underline underline-offset-2">{t(`hub.queues.${queue.key}`)}</span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(locale, queue.count)}</span>
              <span className="mt-1 block text-sm text-slate-600">
                {queue.oldestAt ? t("hub.queues.oldest", { age: formatRelativeAge(locale, queue.oldestAt, now) }) : t("hub.queues.empty")}
              </span>
              {queue.key === "flags" ? <span className="block text-xs text-slate-600">{t("hub.queues.flags_window", { count: defaultMonitoringWindow })}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
