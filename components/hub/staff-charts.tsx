"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/*
 * The staff dashboard's charts. They are pictures only (aria-hidden, no recharts keyboard
 * layer): the table beside each carries the same figures for screen readers and copying.
 * Labels and tooltip texts arrive formatted on the server in the staff member's locale.
 */

export type ResponseTimeChartPoint = { label: string; hours: number | null; display: string };

export function ResponseTimeChart({ intlLocale, seriesLabel, points }: { intlLocale: string; seriesLabel: string; points: ResponseTimeChartPoint[] }) {
  const number = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(value: number) => number.format(value)} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as ResponseTimeChartPoint).display, seriesLabel]} />
          <Line type="monotone" dataKey="hours" name={seriesLabel} stroke="#0f766e" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export type BacklogChartPoint = { label: string; submitted: number; decided: number; open: number };

export function BacklogChart({ intlLocale, labels, points }: { intlLocale: string; labels: { submitted: string; decided: string; open: string }; points: BacklogChartPoint[] }) {
  const number = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => number.format(value)} tick={{ fontSize: 12 }} width={40} />
          <Tooltip formatter={(value) => number.format(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="submitted" name={labels.submitted} fill="#94a3b8" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="decided" name={labels.decided} fill="#0f766e" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line type="monotone" dataKey="open" name={labels.open} stroke="#b45309" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
