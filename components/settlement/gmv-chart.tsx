"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { label: string; value: number; display: string };

type Props = { title: string; intlLocale: string; points: ChartPoint[] };

/**
 * One currency's turnover as bars (months or countries). Values are major units for the
 * scale only; labels and tooltips show the exact amounts formatted on the server. The table
 * next to each chart carries the same figures for screen readers and copying.
 */
export function GmvChart({ title, intlLocale, points }: Props) {
  const compact = new Intl.NumberFormat(intlLocale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 12 }} width={56} />
            <Tooltip formatter={(_value, _name, item) => [(item.payload as ChartPoint).display, title]} />
            <Bar dataKey="value" fill="#0f766e" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
