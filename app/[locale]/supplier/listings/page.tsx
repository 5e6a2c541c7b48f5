import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { ListingStatusBadge } from "@/components/console/listing-status-badge";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guards";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { db } from "@/lib/db/client";
import { ListingStatus } from "@/lib/db/generated/enums.ts";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { variantSize } from "@/lib/listings/images/image-files";
import { listingImageUrl } from "@/lib/listings/images/listing-image-url";
import { listOwnListings } from "@/lib/listings/list-own-listings";
import { isCurrencyCode } from "@/lib/money/currencies";
import { categoryName } from "@/lib/taxonomy/category-names";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "console")("list.title") };
}

export default async function SupplierListingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/supplier/listings`, "page:supplier");
  const t = getT(locale, "console");
  const query = await searchParams;
  const result = await listOwnListings(db(), actor, query);
  const base = `/${locale}/supplier/listings`;
  const href = (overrides: Record<string, string | undefined>) => {
    const next = new URLSearchParams(Object.entries({ status: result.query.status, q: result.query.q, ...overrides }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return next.size ? `${base}?${next}` : base;
  };
  const allCount = Object.values(result.counts).reduce((sum, n) => sum + n, 0);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/${locale}/supplier/import`} className={buttonClass.secondary}>
              {t("list.import")}
            </Link>
            <Link href={`${base}/new`} className={buttonClass.primary}>
              {t("list.new")}
            </Link>
          </div>
        }
      />
      <nav aria-label={t("list.filter_by_status")} className="flex flex-wrap gap-2">
        <Link href={href({ status: undefined, page: undefined })} aria-current={!result.query.status ? "page" : undefined} className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current]:border-brand-700 aria-[current]:bg-brand-700 aria-[current]:text-white">
          {t("list.all")} ({formatNumber(locale, allCount)})
        </Link>
        {Object.values(ListingStatus).map((status) => (
          <Link key={status} href={href({ status, page: undefined })} aria-current={result.query.status === status ? "page" : undefined} className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current]:border-brand-700 aria-[current]:bg-brand-700 aria-[current]:text-white">
            {t(`status.${status}`)} ({formatNumber(locale, result.counts[status])})
          </Link>
        ))}
      </nav>
      <form action={base} className="flex max-w-md gap-2" role="search">
        {result.query.status ? <input type="hidden" name="status" value={result.query.status} /> : null}
        <label htmlFor="own-listing-q" className="sr-only">
          {t("list.search_label")}
        </label>
        <input id="own-listing-q" name="q" defaultValue={result.query.q ?? ""} placeholder={t("list.search_placeholder")} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button type="submit" className={buttonClass.secondary}>
          {t("list.search")}
        </button>
      </form>

      {result.listings.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">{allCount === 0 ? t("list.empty") : t("list.no_match")}</p>
          {allCount === 0 ? (
            <Link href={`${base}/new`} className={`${buttonClass.primary} mt-4`}>
              {t("list.new")}
            </Link>
          ) : null}
        </div>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("list.title")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_listing")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_status")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("list.col_price_from")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("list.col_moq")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.col_updated")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.listings.map((row) => {
                const title = pickLocalized(row.title, locale).text;
                const tier = row.priceTiers[0];
                const photo = row.images[0];
                const size = photo ? variantSize(photo, "thumb") : null;
                return (
                  <tr key={row.id}>
                    <td className="flex items-center gap-3 px-4 py-3">
                      {photo && size ? (
                        // eslint-disable-next-line @next/next/no-img-element -- stored thumbnails are already resized WebP
                        <img src={listingImageUrl(photo.storageKey, "thumb")} alt="" width={size.width} height={size.height} loading="lazy" className="h-12 w-12 shrink-0 rounded object-cover" />
                      ) : (
                        <span aria-hidden="true" className="h-12 w-12 shrink-0 rounded bg-slate-100" />
                      )}
                      <span className="min-w-0">
                      <Link href={`${base}/${row.id}`} className="font-medium text-brand-800 hover:underline">
                        {title}
                      </Link>
                      <div className="text-xs text-slate-600">
                        {row.sku} · {categoryName(row.category.names, locale)}
                      </div>
                      </span>
                    </td>
                    <td className="px-4 py-3">
                      <ListingStatusBadge status={row.status} label={t(`status.${row.status}`)} />
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{tier && isCurrencyCode(row.currency) ? formatMoney(locale, tier.unitPriceMinor, row.currency) : "—"}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatNumber(locale, row.moq)}</td>
                    <td className="px-4 py-3 whitespace-nowrap">{formatDate(locale, row.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={t("list.pages")}
        previous={{ label: t("list.previous"), href: result.query.page > 1 ? href({ page: String(result.query.page - 1) }) : null }}
        next={{ label: t("list.next"), href: result.query.page < result.pages ? href({ page: String(result.query.page + 1) }) : null }}
        status={t("list.page_of", { page: formatNumber(locale, result.query.page), pages: formatNumber(locale, result.pages) })}
      />
    </div>
  );
}
