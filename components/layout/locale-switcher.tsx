"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";

/**
 * Links to the same page in each language. Plain links inside <details>, so it works without
 * JavaScript and from the keyboard; the proxy remembers the choice in a cookie.
 */
export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.replace(/^\/[^/]+/, "");
  const search = useSearchParams()?.toString();
  const query = search ? `?${search}` : "";
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-800 hover:bg-slate-50">
        <span className="sr-only">{label}: </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2.2 2.2 3.2 4.7 3.2 7.5s-1 5.3-3.2 7.5c-2.2-2.2-3.2-4.7-3.2-7.5s1-5.3 3.2-7.5z" />
        </svg>
        <span>{localeNames[locale]}</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-40 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        {locales.map((candidate) => (
          <li key={candidate}>
            <a
              href={`/${candidate}${rest}${query}`}
              hrefLang={candidate}
              lang={candidate}
              aria-current={candidate === locale ? "true" : undefined}
              className="block px-3 py-1.5 text-sm text-slate-800 hover:bg-brand-50 aria-[current]:font-semibold"
            >
              {localeNames[candidate]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
