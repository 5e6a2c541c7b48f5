import type { Constraint } from "@/lib/api/openapi/schema-fields";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** "1–64", "≥ 1", "≤ 365": bounds need no words in any language. */
function bounds(locale: Locale, { min, max }: { min?: number; max?: number }): string {
  const n = (value: number) => formatNumber(locale, value);
  if (min !== undefined && max !== undefined) return min === max ? n(min) : `${n(min)}–${n(max)}`;
  return min !== undefined ? `≥ ${n(min)}` : `≤ ${n(max ?? 0)}`;
}

export function ConstraintList({ locale, constraints }: { locale: Locale; constraints: Constraint[] }) {
  if (!constraints.length) return null;
  const t = getT(locale, "developers");
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
      {constraints.map((constraint, index) => (
        <li key={index} className="[overflow-wrap:anywhere]">
          {constraint.kind === "length" || constraint.kind === "items" ? `${t(`constraint.${constraint.kind}`)}: ${bounds(locale, constraint)}` : null}
          {constraint.kind === "range" ? bounds(locale, constraint) : null}
          {constraint.kind === "size" ? t("constraint.megabytes", { size: formatNumber(locale, constraint.maxMb) }) : null}
          {constraint.kind === "pattern" ? (
            <>
              {t("constraint.pattern")}: <code className="font-mono">{constraint.pattern}</code>
            </>
          ) : null}
          {constraint.kind === "default" ? (
            <>
              {t("constraint.default")}: <code className="font-mono">{constraint.value}</code>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
