import type { Metadata } from "next";
import { headers } from "next/headers";
import { ApiIntro } from "@/components/developers/api-intro";
import { ApiToc, tagAnchor } from "@/components/developers/api-toc";
import { OperationCard } from "@/components/developers/operation-card";
import { PageHeader } from "@/components/ui/page-header";
import { operationsByTag } from "@/lib/api/openapi/document-operations";
import { deploymentLimits, servedOpenApiDocument } from "@/lib/api/openapi/served-document";
import { tagKeys } from "@/lib/api/openapi/translation-keys";
import { env } from "@/lib/env/server";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(await resolveLocale(params), "developers");
  return { title: t("title"), description: t("lead") };
}

/** Where this server is reached, for the base URL and the curl examples: APP_URL when set, else the request's host. */
async function siteOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost:3000";
  const protocol = incoming.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${protocol}://${host}`;
}

export default async function DevelopersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = getT(locale, "developers");
  const document = servedOpenApiDocument();
  const groups = operationsByTag(document);
  const origin = await siteOrigin();
  return (
    <div>
      <PageHeader title={t("title")} description={t("lead")} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <ApiToc locale={locale} tags={groups.map((group) => group.tag.name)} />
        <div className="min-w-0 space-y-10">
          <ApiIntro locale={locale} origin={origin} searchRequestsPerMinute={deploymentLimits().searchRequestsPerMinute} />
          {groups.map(({ tag, operations }) => (
            <section key={tag.name} id={tagAnchor(tag.name)} aria-labelledby={`${tagAnchor(tag.name)}-title`} className="scroll-mt-6 space-y-4">
              <div>
                <h2 id={`${tagAnchor(tag.name)}-title`} className="text-xl font-semibold text-slate-900">{t(tagKeys(tag.name).name)}</h2>
                <p className="mt-1 text-slate-700">{t(tagKeys(tag.name).description)}</p>
              </div>
              {operations.map((entry) => (
                <OperationCard key={entry.operation.operationId} locale={locale} document={document} entry={entry} origin={origin} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
