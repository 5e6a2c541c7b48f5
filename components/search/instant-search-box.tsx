"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * The search page's query box. Without JavaScript it is a plain GET form; with it, results
 * follow the typing (debounced) and the URL stays shareable — `replace`, so the back button
 * returns to the page before the search, not through every keystroke.
 */
export function InstantSearchBox({ label, placeholder, submitLabel, defaultValue }: { label: string; placeholder: string; submitLabel: string; defaultValue: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(defaultValue);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (q: string) => {
    const next = new URLSearchParams(params?.toString());
    if (q.trim()) next.set("q", q);
    else next.delete("q");
    next.delete("page");
    startTransition(() => router.replace(`${pathname}?${next.toString()}`, { scroll: false }));
  };

  return (
    <form
      method="get"
      role="search"
      className="flex w-full"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        go(value);
      }}
    >
      {[...(params?.entries() ?? [])]
        .filter(([key]) => key !== "q" && key !== "page")
        .map(([key, v], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={v} />
        ))}
      <label htmlFor="search-page-q" className="sr-only">
        {label}
      </label>
      <input
        id="search-page-q"
        type="search"
        name="q"
        value={value}
        maxLength={200}
        placeholder={placeholder}
        autoComplete="off"
        aria-busy={pending}
        onChange={(event) => {
          const q = event.target.value;
          setValue(q);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => go(q), 250);
        }}
        className="min-w-0 flex-1 rounded-l-md border border-r-0 border-slate-300 bg-white px-3 py-3 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600"
      />
      <button type="submit" className="rounded-r-md bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800">
        {submitLabel}
      </button>
    </form>
  );
}
