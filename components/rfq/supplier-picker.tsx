"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type Supplier = { id: string; name: string; city: string; listings: number };
type Props = { locale: string; category: string; selected: string[]; onChange: (ids: string[]) => void; error?: string };

/**
 * Invite specific suppliers: the verified suppliers of the chosen category, loaded from
 * GET /api/v1/suppliers when the category changes. The chosen ids travel in hidden inputs.
 */
export function SupplierPicker({ locale, category, selected, onChange, error }: Props) {
  const { t } = useTranslation("rfq");
  const [state, setState] = useState<{ category: string; suppliers: Supplier[] | null; failed: boolean }>({ category: "", suppliers: null, failed: false });

  useEffect(() => {
    if (!category) return;
    let cancelled = false;
    fetch(`/api/v1/suppliers?category=${encodeURIComponent(category)}`, { headers: { "Accept-Language": locale } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { suppliers: Supplier[] };
        if (!cancelled) setState({ category, suppliers: body.suppliers, failed: false });
      })
      .catch(() => {
        if (!cancelled) setState({ category, suppliers: [], failed: true });
      });
    return () => {
      cancelled = true;
    };
  }, [category, locale]);

  const current = state.category === category ? state.suppliers : null;
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4" aria-describedby={error ? "rfq-invite-error" : undefined}>
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("form.invite_legend")}</legend>
      {selected.map((id) => (
        <input key={id} type="hidden" name="invitedSupplierIds" value={id} />
      ))}
      {!category ? (
        <p className="text-sm text-slate-700">{t("form.invite_choose_category")}</p>
      ) : current === null ? (
        <p role="status" className="text-sm text-slate-700">
          {t("form.invite_loading")}
        </p>
      ) : state.failed ? (
        <p role="alert" className="text-sm text-red-700">
          {t("form.invite_failed")}
        </p>
      ) : current.length === 0 ? (
        <p className="text-sm text-slate-700">{t("form.invite_none")}</p>
      ) : (
        <ul className="max-h-64 space-y-1 overflow-y-auto">
          {current.map((supplier) => (
            <li key={supplier.id}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4"
                  checked={selected.includes(supplier.id)}
                  onChange={(event) => onChange(event.target.checked ? [...selected, supplier.id] : selected.filter((id) => id !== supplier.id))}
                />
                <span>
                  {supplier.name} <span className="text-slate-600">· {supplier.city} · {t("form.invite_listings", { count: supplier.listings })}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id="rfq-invite-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
