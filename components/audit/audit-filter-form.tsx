import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-styles";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid]:border-red-500";
const fields = [
  { name: "actor", type: "text" },
  { name: "organizationId", type: "text" },
  { name: "action", type: "text" },
  { name: "targetType", type: "text" },
  { name: "targetId", type: "text" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

/** The log's filters as a plain GET form, so a filtered view is a link anyone on staff can share. */
export function AuditFilterForm({ locale, values, errors }: { locale: Locale; values: Record<string, string>; errors: Record<string, string> }) {
  const t = getT(locale, "audit");
  return (
    <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filters")}>
      {fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`audit-${field.name}`} className="block text-sm font-medium text-slate-800">{t(`filter.${field.name}`)}</label>
          <input
            id={`audit-${field.name}`}
            name={field.name}
            type={field.type}
            defaultValue={values[field.name] ?? ""}
            placeholder={field.type === "text" ? t(`placeholder.${field.name}`) : undefined}
            className={inputClass}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `audit-${field.name}-error` : undefined}
          />
          {errors[field.name] ? <p id={`audit-${field.name}-error`} className="text-sm text-red-700" role="alert">{errors[field.name]}</p> : null}
        </div>
      ))}
      <div className="flex items-end">
        <button type="submit" className={`${buttonClass.primary} w-full`}>{t("apply")}</button>
      </div>
    </form>
  );
}
