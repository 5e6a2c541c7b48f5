/** Whether a rate is current or stale, in words and colour (never colour alone). */
export function StaleBadge({ stale, label }: { stale: boolean; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        stale ? "bg-amber-100 text-amber-900 ring-amber-300" : "bg-emerald-50 text-emerald-800 ring-emerald-200"
      }`}
    >
      {stale ? <span aria-hidden="true">⚠</span> : null}
      {label}
    </span>
  );
}
