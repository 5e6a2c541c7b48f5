import type { Locale } from "@/lib/i18n/config";

/** A plain GET form: works without JavaScript and leaves the query in the URL. */
export function SearchBox({ locale, label, placeholder, submitLabel, defaultValue, size = "sm" }: {
  locale: Locale;
  label: string;
  placeholder: string;
  submitLabel: string;
  defaultValue?: string;
  size?: "sm" | "lg";
}) {
  const big = size === "lg";
  return (
    <form action={`/${locale}/search`} method="get" role="search" className="flex w-full">
      <label htmlFor={big ? "search-hero" : "search-header"} className="sr-only">
        {label}
      </label>
      <input
        id={big ? "search-hero" : "search-header"}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={200}
        className={`min-w-0 flex-1 rounded-l-md border border-r-0 border-slate-300 bg-white px-3 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 ${big ? "py-3 text-base" : "py-2 text-sm"}`}
      />
      <button type="submit" className={`rounded-r-md bg-brand-700 font-semibold text-white hover:bg-brand-800 ${big ? "px-6 text-base" : "px-4 text-sm"}`}>
        {submitLabel}
      </button>
    </form>
  );
}
