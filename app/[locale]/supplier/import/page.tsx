import type { Metadata } from "next";
import { CatalogImportPanel } from "@/components/console/import/catalog-import-panel";
import { FormatHelp } from "@/components/console/import/format-help";
import { RecentImports } from "@/components/console/import/recent-imports";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { getConsoleImport } from "@/lib/catalog/console-import/get-console-import";
import { listConsoleImports } from "@/lib/catalog/console-import/list-console-imports";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env/server";
import { isAppError } from "@/lib/errors/app-error";
import { getT, resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ id?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "imports")("title") };
}

export default async function CatalogImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/supplier/import`, "page:supplier");
  const t = getT(locale, "imports");
  const requested = (await searchParams).id;
  const [imports, shown] = await Promise.all([
    listConsoleImports(db(), actor),
    // ?id= shows one import's report; an unknown or foreign id just shows none.
    typeof requested === "string"
      ? getConsoleImport(db(), actor, requested).catch((error: unknown) => {
          if (isAppError(error) && error.code === "NOT_FOUND") return null;
          throw error;
        })
      : null,
  ]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <CatalogImportPanel
          locale={locale}
          maxBytes={env().UPLOAD_MAX_CATALOG_MB * 1024 * 1024}
          verified={actor.organization.verificationStatus === "VERIFIED"}
          initial={shown}
        />
        <div className="space-y-6">
          <FormatHelp locale={locale} />
          <RecentImports locale={locale} imports={imports} shownId={shown?.id ?? null} />
        </div>
      </div>
    </div>
  );
}
