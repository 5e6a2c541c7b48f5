/**
 * A rating out of five: stars for the eye (hidden from screen readers) and the same figure in
 * words, already formatted for the locale by the caller ("4.6 out of 5"). `value` may be a
 * mean; the stars round it to the nearest whole star. One star per element: a lone symbol is
 * not read as text by contrast checkers, and the figure in words carries the meaning.
 */
export function Rating({ value, label, note, size = "sm" }: { value: number | null; label: string; note?: string | null; size?: "sm" | "base" }) {
  const filled = value === null ? 0 : Math.round(value);
  return (
    <span className={`inline-flex flex-wrap items-center gap-x-2 ${size === "sm" ? "text-sm" : "text-base"}`}>
      {value !== null ? (
        <span aria-hidden="true" className="tracking-tight">
          {[1, 2, 3, 4, 5].map((star) => (
            <span key={star} className={star <= filled ? "text-amber-700" : "text-slate-300"}>
              ★
            </span>
          ))}
        </span>
      ) : null}
      <span className="font-medium text-slate-900">{label}</span>
      {note ? <span className="text-slate-600">{note}</span> : null}
    </span>
  );
}
