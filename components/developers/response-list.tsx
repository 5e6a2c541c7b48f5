import { errorResponseName } from "@/lib/api/openapi/error-responses";
import type { OperationObject } from "@/lib/api/openapi/types";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const codeByResponse = new Map(Object.entries(errorResponseName).map(([code, name]) => [`#/components/responses/${name}`, code]));

/** Status codes with what comes back: the schema name, the file types, or the error code (linked to the error table). */
export function ResponseList({ locale, id, operation }: { locale: Locale; id: string; operation: OperationObject }) {
  const t = getT(locale, "developers");
  const entries = Object.entries(operation.responses).sort(([a], [b]) => Number(a) - Number(b));
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h4 id={id} className="text-sm font-semibold text-slate-900">{t("op.responses")}</h4>
      <ul className="flex flex-wrap gap-2 text-xs">
        {entries.map(([status, response]) => {
          if ("$ref" in response) {
            return (
              <li key={status}>
                <a href="#errors" className="inline-flex gap-1 rounded border border-slate-200 bg-white px-2 py-1 font-mono text-slate-700 hover:border-brand-600">
                  <span className="font-semibold text-red-800">{status}</span> {codeByResponse.get(response.$ref)}
                </a>
              </li>
            );
          }
          const content = Object.entries(response.content ?? {});
          const schema = content.map(([media, value]) => value.schema.$ref?.split("/").pop() ?? media).join(", ");
          return (
            <li key={status} className="inline-flex flex-wrap gap-1 rounded border border-emerald-200 bg-emerald-50 px-2 py-1 text-emerald-900">
              <span className="font-mono font-semibold">{status}</span>
              <span>{t(`status.${status}`)}</span>
              {schema ? <code className="font-mono [overflow-wrap:anywhere]">{schema}</code> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
