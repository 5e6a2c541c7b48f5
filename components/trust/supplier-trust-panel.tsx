import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { getSupplierTrustSignalsFor } from "@/lib/trust/supplier-trust-signals";
import { TrustSignals } from "./trust-signals";

/**
 * The supplier's track record for a side panel that already shows its name, verification and
 * join date (the listing page): loads the signals itself, so the page adds one line.
 */
export async function SupplierTrustPanel({ locale, supplierId }: { locale: Locale; supplierId: string }) {
  const signals = await getSupplierTrustSignalsFor(db(), supplierId);
  if (!signals) return null;
  return (
    <div className="mt-4 border-t border-slate-100 pt-4">
      <TrustSignals locale={locale} signals={signals} compact headingId="supplier-trust" />
    </div>
  );
}
