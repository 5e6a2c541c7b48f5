"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { setDisplayCurrencyAction } from "@/app/actions/preferences";

type Props = { current: string; currencies: readonly string[]; label: string; names: Record<string, string> };

/**
 * The currency prices are also shown in (approximately, at the hub's rate). One button per
 * currency in a form, so it works without JavaScript; the choice is kept in a cookie.
 */
export function CurrencySwitcher({ current, currencies, label, names }: Props) {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString();
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-800 hover:bg-slate-50">
        <span className="sr-only">{label}: </span>
        <span aria-hidden="true">≈</span>
        <span>{current}</span>
      </summary>
      <form action={setDisplayCurrencyAction} className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        <input type="hidden" name="returnTo" value={`${pathname}${search ? `?${search}` : ""}`} />
        <p className="px-3 py-1 text-xs text-slate-600">{label}</p>
        {currencies.map((code) => (
          <button
            key={code}
            type="submit"
            name="currency"
            value={code}
            aria-current={code === current ? "true" : undefined}
            className="block w-full px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-brand-50 aria-[current]:font-semibold"
          >
            {code} — {names[code]}
          </button>
        ))}
      </form>
    </details>
  );
}
