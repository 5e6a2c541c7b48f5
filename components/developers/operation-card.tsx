import { authLevelOf, type DocumentOperation } from "@/lib/api/openapi/document-operations";
import { curlExample } from "@/lib/api/openapi/curl-example";
import { operationRows } from "@/lib/api/openapi/operation-rows";
import { fieldKeys, parameterKeys, summaryKey } from "@/lib/api/openapi/translation-keys";
import type { OpenApiDocument } from "@/lib/api/openapi/types";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { CodeBlock } from "./code-block";
import { FieldsTable } from "./fields-table";
import { MethodBadge } from "./method-badge";
import { ResponseList } from "./response-list";

/** One endpoint: method and path, translated summary, who may call it, its tables and a curl example. */
export function OperationCard({ locale, document, entry, origin }: { locale: Locale; document: OpenApiDocument; entry: DocumentOperation; origin: string }) {
  const t = getT(locale, "developers");
  const { method, path, operation } = entry;
  const id = operation.operationId;
  const rows = operationRows(document, entry);
  const access = operation["x-access"];
  return (
    <article id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2">
          <MethodBadge method={method} />
          <code className="min-w-0 font-mono text-sm font-semibold text-slate-900 [overflow-wrap:anywhere]">{path}</code>
        </p>
        <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {t(summaryKey(id), { defaultValue: operation.summary })}
        </h3>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          <span>{t(`op.auth_${authLevelOf(operation)}`)}</span>
          {access ? <span className="font-medium">{t(`op.access_${access}`)}</span> : null}
        </p>
      </header>
      {rows.parameters.length ? (
        <FieldsTable locale={locale} id={`${id}-parameters`} title={t("op.parameters")} rows={rows.parameters.map((row) => ({ ...row, translationKeys: parameterKeys(id, row) }))} />
      ) : null}
      {rows.body ? (
        <FieldsTable
          locale={locale}
          id={`${id}-body`}
          title={t("op.body")}
          note={rows.body.contentType}
          rows={rows.body.fields.map((row) => ({ ...row, translationKeys: fieldKeys(rows.body!.component, row) }))}
        />
      ) : null}
      <ResponseList locale={locale} id={`${id}-responses`} operation={operation} />
      <section aria-labelledby={`${id}-example`} className="space-y-2">
        <h4 id={`${id}-example`} className="text-sm font-semibold text-slate-900">{t("op.example")}</h4>
        <CodeBlock code={curlExample(document, entry, origin)} language="shell" />
      </section>
    </article>
  );
}
