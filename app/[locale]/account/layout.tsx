import type { ReactNode } from "react";
import { AccountTabs } from "@/components/account/account-tabs";
import { getT, resolveLocale } from "@/lib/i18n/server";

export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  // No guard here: each account page calls requirePageActor with its own return path, and a
  // layout's redirect would send people back to /account instead of the page they asked for.
  const t = getT(locale, "account");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
      <AccountTabs
        locale={locale}
        tabs={[
          { href: `/${locale}/account`, label: t("tabs.profile") },
          { href: `/${locale}/account/members`, label: t("tabs.members") },
          { href: `/${locale}/account/tokens`, label: t("tabs.tokens") },
        ]}
        label={t("tabs.label")}
      />
      <div className="mt-6">{children}</div>
    </div>
  );
}
