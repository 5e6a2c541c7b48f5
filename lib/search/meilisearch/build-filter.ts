import type { SearchFilters } from "@/lib/search/types";
import { facetFields, type FacetName } from "./attributes";

/** The filters a facet or range reports on; each is left out of its own facet's counts. */
export type FilterGroup = FacetName | "price" | "moq" | "leadTime";

/** One condition of a search, tagged with its group so facet queries can drop it. */
export type FilterClause = { group: FilterGroup; expression: string };

/**
 * Always false, whatever the data: what a condition on an unwritable value becomes. A listing can
 * still hold such a value, but matching nothing is honest where silently dropping the condition
 * would widen the search.
 */
export const matchNothing = "moq < 0 AND moq > 0";

/**
 * A string value as a Meilisearch filter literal, or null when none can express it. The filter
 * parser (filter-parser/src/value.rs) only unescapes `\<quote>` inside a quoted value and keeps
 * every other backslash as written; it has no escape for a backslash itself. So a value can be
 * quoted with `q` unless it ends with a backslash or already holds `\q` — the first would escape
 * the closing quote, the second would lose its backslash. The other quote character is tried
 * before giving up.
 */
export function quoteFilterValue(value: string): string | null {
  for (const quote of ['"', "'"]) {
    if (value.endsWith("\\") || value.includes(`\\${quote}`)) continue;
    return `${quote}${value.replaceAll(quote, `\\${quote}`)}${quote}`;
  }
  return null;
}

/** Plain decimal digits: Meilisearch reads no exponent, and `String(1e21)` writes one. */
export function formatFilterNumber(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(6).replace(/\.?0+$/, "");
}

function values(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).filter((v) => v !== ""))];
}

function anyOf(field: string, list: string[]): string | null {
  if (!list.length) return null;
  const quoted = list.map(quoteFilterValue).filter((v): v is string => v !== null);
  return quoted.length ? `${field} IN [${quoted.join(", ")}]` : matchNothing;
}

function allOf(field: string, list: string[]): string | null {
  if (!list.length) return null;
  const quoted = list.map(quoteFilterValue);
  if (quoted.some((v) => v === null)) return matchNothing;
  return quoted.map((v) => `${field} = ${v}`).join(" AND ");
}

function compare(field: string, operator: "<=" | ">=", value: number | undefined): string | null {
  if (value === undefined) return null;
  const number = formatFilterNumber(value);
  return number === null ? null : `${field} ${operator} ${number}`;
}

/**
 * The conditions of a search. Currency only matters with price bounds (the bounds are in its
 * minor units; a listing priced in another currency cannot be compared); bounds without a
 * currency compare every listing's own amount.
 */
export function filterClauses(filters: SearchFilters): FilterClause[] {
  const bounded = filters.priceMinMinor !== undefined || filters.priceMaxMinor !== undefined;
  const clauses: [FilterGroup, string | null][] = [
    ["category", filters.category ? anyOf(facetFields.category, [filters.category]) : null],
    ["city", anyOf(facetFields.city, values(filters.cities))],
    ["certification", allOf(facetFields.certification, values(filters.certifications))],
    ["verified", filters.verifiedOnly ? `${facetFields.verified} = true` : null],
    ["incoterm", anyOf(facetFields.incoterm, values(filters.incoterms))],
    ["price", bounded && filters.currency ? anyOf("currency", [filters.currency]) : null],
    ["price", compare("price_from_minor", ">=", filters.priceMinMinor)],
    ["price", compare("price_from_minor", "<=", filters.priceMaxMinor)],
    ["moq", compare("moq", "<=", filters.moqMax)],
    ["leadTime", compare("lead_time_days", "<=", filters.leadTimeMaxDays)],
  ];
  return clauses.filter((c): c is [FilterGroup, string] => c[1] !== null).map(([group, expression]) => ({ group, expression }));
}

/** The clauses as Meilisearch's array form (AND of the items), without those of one group. */
export function filterExpression(clauses: FilterClause[], without?: FilterGroup): string[] | undefined {
  const kept = clauses.filter((c) => c.group !== without).map((c) => c.expression);
  return kept.length ? kept : undefined;
}
