import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

type Size = { url: string; width: number; height: number };
export type GalleryImage = { id: string; alt: { text: string; locale: Locale }; thumb: Size; large: Size };

/**
 * The photos of a listing page: the first one large (loaded at once — it is usually the
 * largest thing above the fold), the others as lazy thumbnails opening their large version.
 * A photo without alt text is described by the listing's title. Renders nothing without photos.
 */
export function ListingGallery({ locale, images, title }: { locale: Locale; images: GalleryImage[]; title: { text: string; locale: Locale } }) {
  const [first, ...rest] = images;
  if (!first) return null;
  const t = getT(locale, "media");
  const altOf = (image: GalleryImage, number: number) =>
    image.alt.text ? image.alt : { text: number === 1 ? title.text : t("gallery.photo_of", { title: title.text, number }), locale: title.locale };
  const cover = altOf(first, 1);
  return (
    <section aria-label={t("gallery.heading")} className="space-y-3">
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
        {/* eslint-disable-next-line @next/next/no-img-element -- variants are already resized WebP with known sizes; the optimizer would only re-encode them */}
        <img
          src={first.large.url}
          width={first.large.width}
          height={first.large.height}
          alt={cover.text}
          lang={cover.locale}
          fetchPriority="high"
          decoding="async"
          className="mx-auto h-auto max-h-[32rem] w-auto max-w-full object-contain"
        />
      </div>
      {rest.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("gallery.more")}>
          {rest.map((image, index) => {
            const alt = altOf(image, index + 2);
            return (
              <li key={image.id}>
                <a href={image.large.url} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg border border-slate-200 bg-white hover:border-brand-600">
                  {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
                  <img src={image.thumb.url} width={image.thumb.width} height={image.thumb.height} alt={alt.text} lang={alt.locale} loading="lazy" decoding="async" className="h-20 w-20 object-cover sm:h-24 sm:w-24" />
                  <span className="sr-only"> ({t("gallery.open_full")})</span>
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
