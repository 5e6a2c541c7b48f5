import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Rejection } from "@/lib/listings/latest-rejection";

/**
 * Why the supplier's listing was rejected, in the reader's language: the reason code
 * translated with what to do about it, then the moderator's note as they wrote it.
 */
export function RejectionNotice({ locale, rejection }: { locale: Locale; rejection: Rejection }) {
  const t = getT(locale, "review");
  return (
    <Alert kind="error">
      {/* "Other" says nothing by itself: the note is the reason. */}
      {rejection.reasonCode !== "other" || !rejection.note ? (
        <p className="mb-1">
          <strong>{t("rejection.reason", { reason: t(`reasons.${rejection.reasonCode}`) })}</strong> {t(`reason_help.${rejection.reasonCode}`)}
        </p>
      ) : null}
      {rejection.note ? <p>{t("rejection.note", { note: rejection.note })}</p> : null}
      <p className="mt-1 text-xs">{t("rejection.when", { when: formatDateTime(locale, rejection.rejectedAt) })}</p>
    </Alert>
  );
}
