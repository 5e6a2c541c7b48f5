import type { SelectHTMLAttributes } from "react";

export type CategoryGroup = { slug: string; name: string; subcategories: { slug: string; name: string }[] };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children"> & {
  id: string;
  name: string;
  label: string;
  /** The empty first option ("Choose a category…"). */
  placeholder: string;
  categories: CategoryGroup[];
  error?: string;
};

/** A leaf category, chosen under its top-level group; its error is tied to it for screen readers. */
export function CategorySelect({ id, name, label, placeholder, categories, error, ...select }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid]:border-red-500"
        {...select}
      >
        <option value="">{placeholder}</option>
        {categories.map((group) => (
          <optgroup key={group.slug} label={group.name}>
            {group.subcategories.map((leaf) => (
              <option key={leaf.slug} value={leaf.slug}>
                {leaf.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
