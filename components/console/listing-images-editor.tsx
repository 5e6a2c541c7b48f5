"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "@/components/ui/button-styles";
import { pickLocalized } from "@/lib/catalog/localized-text";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { imageLimits, variantSize } from "@/lib/listings/images/image-files";

export type EditorImage = { id: string; thumbUrl: string; largeUrl: string; width: number; height: number; alt: Partial<Record<Locale, string>> };

type Props = { locale: Locale; listingId: string; images: EditorImage[]; disabled?: boolean };
type Result = { ok: true } | { ok: false; message: string };
type Problem = { file?: string; message: string };

/** The API's error body is already in the user's language; a field message is the more specific one. */
function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
  return (error?.fields && Object.values(error.fields)[0]) || error?.message || fallback;
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function upload(url: string, file: File, locale: Locale, onProgress: (percent: number) => void, offline: string): Promise<Result> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept-Language", locale);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve(xhr.status >= 200 && xhr.status < 300 ? { ok: true } : { ok: false, message: messageOf(xhr.response, offline) });
    xhr.onerror = () => resolve({ ok: false, message: offline });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

async function send(url: string, method: "PATCH" | "DELETE", body: unknown, locale: Locale, offline: string): Promise<Result> {
  try {
    const response = await fetch(url, {
      method,
      headers: { "Accept-Language": locale, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.ok) return { ok: true };
    return { ok: false, message: messageOf(await response.json().catch(() => null), offline) };
  } catch {
    return { ok: false, message: offline };
  }
}

/**
 * The photos of a listing in the supplier console: upload (several at once, with progress),
 * reorder, delete and alt text per language. Each change goes straight to the REST API and
 * the page is refreshed from the server afterwards, so what is shown is what is stored.
 * Focus is put back where the user was after the list re-renders.
 */
export function ListingImagesEditor({ locale, listingId, images, disabled = false }: Props) {
  const { t } = useTranslation("media");
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [progress, setProgress] = useState<{ current: number; total: number; percent: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState("");
  const focusNext = useRef<string | null>(null);
  const base = `/api/v1/listings/${listingId}/images`;
  const offline = t("editor.network_error");
  const locked = disabled || refreshing || progress !== null || busy !== null;
  const full = images.length >= imageLimits.perListing;

  useEffect(() => {
    if (locked || !focusNext.current) return;
    const target = document.getElementById(focusNext.current) ?? document.getElementById("listing-images-heading");
    focusNext.current = null;
    target?.focus();
  }, [images, locked, confirming]);

  const start = () => {
    setProblems([]);
    setNotice("");
  };
  const refresh = () => startRefresh(() => router.refresh());

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    start();
    const failed: Problem[] = [];
    for (const [index, file] of files.entries()) {
      setProgress({ current: index + 1, total: files.length, percent: 0 });
      const result = await upload(base, file, locale, (percent) => setProgress({ current: index + 1, total: files.length, percent }), offline);
      if (!result.ok) failed.push({ file: file.name, message: result.message });
    }
    input.value = "";
    setProgress(null);
    setProblems(failed);
    focusNext.current = "listing-images-file";
    if (failed.length < files.length) {
      setNotice(t("editor.upload_done"));
      refresh();
    }
  }

  async function change(imageId: string, method: "PATCH" | "DELETE", body: unknown, success: string, focusId: string) {
    start();
    setBusy(imageId);
    const result = await send(`${base}/${imageId}`, method, body, locale, offline);
    setBusy(null);
    focusNext.current = focusId;
    if (!result.ok) {
      setProblems([{ message: result.message }]);
      return;
    }
    setNotice(success);
    refresh();
  }

  function saveAlt(event: FormEvent<HTMLFormElement>, image: EditorImage) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const alt = Object.fromEntries(locales.map((l) => [l, String(form.get(l) ?? "")]));
    void change(image.id, "PATCH", { alt }, t("editor.alt_saved"), `alt-save-${image.id}`);
  }

  return (
    <section aria-labelledby="listing-images-heading" className="space-y-4">
      <div>
        <h2 id="listing-images-heading" tabIndex={-1} className="text-lg font-semibold text-slate-900">
          {t("editor.heading")}
        </h2>
        <p id="listing-images-hint" className="mt-1 text-sm text-slate-700">
          {t("editor.hint")}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t("editor.review_note")}</p>
      </div>

      {disabled ? (
        <p className="text-sm text-slate-700">{t("editor.read_only")}</p>
      ) : full ? (
        <p className="text-sm text-slate-700">{t("editor.limit_reached")}</p>
      ) : (
        <div className="space-y-1">
          <label htmlFor="listing-images-file" className="block text-sm font-medium text-slate-800">
            {t("editor.add")}
          </label>
          <input
            id="listing-images-file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            disabled={locked}
            onChange={onFiles}
            aria-describedby="listing-images-hint"
            className="block w-full max-w-md text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:text-sm file:font-semibold file:text-white hover:file:bg-brand-800 disabled:opacity-60"
          />
        </div>
      )}

      <div role="status" className="space-y-1 text-sm">
        {progress ? (
          <>
            <p>{t("editor.uploading", { current: progress.current, total: progress.total })}</p>
            <progress max={100} value={progress.percent} className="h-2 w-full max-w-md" aria-label={t("editor.uploading", { current: progress.current, total: progress.total })} />
          </>
        ) : notice ? (
          <p className="text-emerald-800">{notice}</p>
        ) : null}
      </div>

      {problems.length ? (
        <ul role="alert" className="space-y-1 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.file ? <span className="block break-all font-semibold">{problem.file}</span> : null}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}

      {images.length ? (
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {images.map((image, index) => {
            const number = index + 1;
            const label = t("editor.photo", { number });
            const alt = pickLocalized(image.alt, locale);
            const thumb = variantSize(image, "thumb");
            const filled = locales.filter((l) => image.alt[l]).length;
            return (
              <li key={image.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:flex-col">
                <a href={image.largeUrl} target="_blank" rel="noopener" className="shrink-0">
                  {/* eslint-disable-next-line @next/next/no-img-element -- variants are already resized WebP; the optimizer would only re-encode them */}
                  <img src={image.thumbUrl} width={thumb.width} height={thumb.height} alt={alt.text || label} lang={alt.text ? alt.locale : undefined} loading="lazy" decoding="async" className="h-24 w-24 rounded bg-slate-100 object-contain sm:h-44 sm:w-full" />
                </a>
                <div className="min-w-0 flex-1 space-y-2">
                  <p className="text-sm font-medium text-slate-900">
                    {label}
                    {index === 0 ? <span className="ml-2 rounded bg-sand-100 px-1.5 py-0.5 text-xs font-normal text-slate-800">{t("editor.cover")}</span> : null}
                  </p>
                  {confirming === image.id ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm text-slate-800">{t("editor.delete_confirm")}</span>
                      <button
                        type="button"
                        id={`delete-yes-${image.id}`}
                        autoFocus
                        className={buttonClass.danger}
                        disabled={locked}
                        onClick={() => {
                          setConfirming(null);
                          void change(image.id, "DELETE", null, t("editor.deleted"), "listing-images-heading");
                        }}
                      >
                        {t("editor.delete_yes")}
                        <span className="sr-only">: {label}</span>
                      </button>
                      <button
                        type="button"
                        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
                        onClick={() => {
                          setConfirming(null);
                          focusNext.current = `delete-${image.id}`;
                        }}
                      >
                        {t("editor.cancel")}
                      </button>
                    </div>
                  ) : (
                    <div className="flex flex-wrap gap-2">
                      <button
                        type="button"
                        id={`move-earlier-${image.id}`}
                        className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50"
                        disabled={locked || index === 0}
                        aria-label={`${t("editor.move_earlier")}: ${label}`}
                        onClick={() => void change(image.id, "PATCH", { position: index - 1 }, t("editor.moved", { number: index }), index - 1 === 0 ? `move-later-${image.id}` : `move-earlier-${image.id}`)}
                      >
                        ← {t("editor.move_earlier")}
                      </button>
                      <button
                        type="button"
                        id={`move-later-${image.id}`}
                        className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50"
                        disabled={locked || index === images.length - 1}
                        aria-label={`${t("editor.move_later")}: ${label}`}
                        onClick={() => void change(image.id, "PATCH", { position: index + 1 }, t("editor.moved", { number: number + 1 }), index + 1 === images.length - 1 ? `move-earlier-${image.id}` : `move-later-${image.id}`)}
                      >
                        {t("editor.move_later")} →
                      </button>
                      <button type="button" id={`delete-${image.id}`} className={buttonClass.danger} disabled={locked} onClick={() => setConfirming(image.id)}>
                        {t("editor.delete")}
                        <span className="sr-only">: {label}</span>
                      </button>
                    </div>
                  )}
                  <details className="text-sm">
                    <summary className="cursor-pointer font-medium text-brand-700">
                      {t("editor.alt_summary")} <span className="font-normal text-slate-600">({t("editor.alt_count", { filled, total: locales.length })})</span>
                    </summary>
                    <form className="mt-2 space-y-2" onSubmit={(event) => saveAlt(event, image)}>
                      <p id={`alt-hint-${image.id}`} className="text-xs text-slate-600">
                        {t("editor.alt_hint")}
                      </p>
                      {locales.map((l) => (
                        <div key={l}>
                          <label htmlFor={`alt-${image.id}-${l}`} className="block text-xs font-medium text-slate-800">
                            {localeNames[l]}
                          </label>
                          <input
                            id={`alt-${image.id}-${l}`}
                            name={l}
                            lang={l}
                            defaultValue={image.alt[l] ?? ""}
                            maxLength={imageLimits.altMaxLength}
                            disabled={locked}
                            aria-describedby={`alt-hint-${image.id}`}
                            className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600 disabled:bg-slate-50"
                          />
                        </div>
                      ))}
                      <button type="submit" id={`alt-save-${image.id}`} className={buttonClass.secondary} disabled={locked}>
                        {busy === image.id ? t("editor.saving") : t("editor.alt_save")}
                        <span className="sr-only">: {label}</span>
                      </button>
                    </form>
                  </details>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">{t("editor.empty")}</p>
      )}
    </section>
  );
}
