import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { tagKeys } from "@/lib/api/openapi/translation-keys";

export const tagAnchor = (tag: string) => `tag-${tag.toLowerCase()}`;

/** Jump links: a wrapping row on phones, a sticky column on large screens. */
export function ApiToc({ locale, tags }: { locale: Locale; tags: string[] }) {
  const t = getT(locale, "developers");
  const link = "block rounded px-2 py-1 text-brand-700 hover:bg-brand-50 hover:underline";
  return (
    <nav aria-label={t("toc.label")} className="text-sm lg:sticky lg:top-6 lg:self-start">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        <li>
          <a href="#start" className={link}>{t("intro.title")}</a>
        </li>
        <li>
          <a href="#errors" className={link}>{t("intro.errors_title")}</a>
        </li>
        {tags.map((tag) => (
          <li key={tag}>
            <a href={`#${tagAnchor(tag)}`} className={link}>{t(tagKeys(tag).name)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
