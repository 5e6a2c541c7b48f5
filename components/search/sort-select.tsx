"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/**
 * Changes the sort order in the URL (keeping the query and filters) and goes back to page 1;
 * without JavaScript it is a small GET form with its own button.
 */
export function SortSelect({ label, submitLabel, options, value }: { label: string; submitLabel: string; options: { value: string; label: string }[]; value: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <form method="get" className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
      {[...(params?.entries() ?? [])]
        .filter(([key]) => key !== "sort" && key !== "page")
        .map(([key, v], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={v} />
        ))}
    <label className="flex min-w-0 max-w-full flex-wrap items-center gap-2 text-sm text-slate-700">
      {label}
      <select
        name="sort"
        value={value}
        onChange={(event) => {
          const next = new URLSearchParams(params?.toString());
          if (event.target.value === "relevance") next.delete("sort");
          else next.set("sort", event.target.value);
          next.delete("page");
          router.push(`${pathname}?${next.toString()}`, { scroll: false });
        }}
        className="min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {submitLabel}
        </button>
      </noscript>
    </form>
  );
}
