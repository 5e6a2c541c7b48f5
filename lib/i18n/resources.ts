import type { Locale, Namespace } from "./config";
import enAccount from "@/locales/en/account.json";
import enAuth from "@/locales/en/auth.json";
import enCatalog from "@/locales/en/catalog.json";
import enCommon from "@/locales/en/common.json";
import enDashboard from "@/locales/en/dashboard.json";
import enErrors from "@/locales/en/errors.json";
import enHome from "@/locales/en/home.json";
import kkAccount from "@/locales/kk/account.json";
import kkAuth from "@/locales/kk/auth.json";
import kkCatalog from "@/locales/kk/catalog.json";
import kkCommon from "@/locales/kk/common.json";
import kkDashboard from "@/locales/kk/dashboard.json";
import kkErrors from "@/locales/kk/errors.json";
import kkHome from "@/locales/kk/home.json";
import ruAccount from "@/locales/ru/account.json";
import ruAuth from "@/locales/ru/auth.json";
import ruCatalog from "@/locales/ru/catalog.json";
import ruCommon from "@/locales/ru/common.json";
import ruDashboard from "@/locales/ru/dashboard.json";
import ruErrors from "@/locales/ru/errors.json";
import ruHome from "@/locales/ru/home.json";
import uzAccount from "@/locales/uz/account.json";
import uzAuth from "@/locales/uz/auth.json";
import uzCatalog from "@/locales/uz/catalog.json";
import uzCommon from "@/locales/uz/common.json";
import uzDashboard from "@/locales/uz/dashboard.json";
import uzErrors from "@/locales/uz/errors.json";
import uzHome from "@/locales/uz/home.json";
import zhAccount from "@/locales/zh/account.json";
import zhAuth from "@/locales/zh/auth.json";
import zhCatalog from "@/locales/zh/catalog.json";
import zhCommon from "@/locales/zh/common.json";
import zhDashboard from "@/locales/zh/dashboard.json";
import zhErrors from "@/locales/zh/errors.json";
import zhHome from "@/locales/zh/home.json";
import enConsole from "@/locales/en/console.json";
import enReview from "@/locales/en/review.json";
import enDevelopers from "@/locales/en/developers.json";
import ruConsole from "@/locales/ru/console.json";
import ruReview from "@/locales/ru/review.json";
import ruDevelopers from "@/locales/ru/developers.json";
import kkConsole from "@/locales/kk/console.json";
import kkReview from "@/locales/kk/review.json";
import kkDevelopers from "@/locales/kk/developers.json";
import uzConsole from "@/locales/uz/console.json";
import uzReview from "@/locales/uz/review.json";
import uzDevelopers from "@/locales/uz/developers.json";
import zhConsole from "@/locales/zh/console.json";
import zhReview from "@/locales/zh/review.json";
import zhDevelopers from "@/locales/zh/developers.json";
import enImports from "@/locales/en/imports.json";
import enMedia from "@/locales/en/media.json";
import ruImports from "@/locales/ru/imports.json";
import ruMedia from "@/locales/ru/media.json";
import kkImports from "@/locales/kk/imports.json";
import kkMedia from "@/locales/kk/media.json";
import uzImports from "@/locales/uz/imports.json";
import uzMedia from "@/locales/uz/media.json";
import zhImports from "@/locales/zh/imports.json";
import zhMedia from "@/locales/zh/media.json";
import enNotifications from "@/locales/en/notifications.json";
import enRfq from "@/locales/en/rfq.json";
import enOrders from "@/locales/en/orders.json";
import enFx from "@/locales/en/fx.json";
import enSettlement from "@/locales/en/settlement.json";
import ruNotifications from "@/locales/ru/notifications.json";
import ruRfq from "@/locales/ru/rfq.json";
import ruOrders from "@/locales/ru/orders.json";
import ruFx from "@/locales/ru/fx.json";
import ruSettlement from "@/locales/ru/settlement.json";
import kkNotifications from "@/locales/kk/notifications.json";
import kkRfq from "@/locales/kk/rfq.json";
import kkOrders from "@/locales/kk/orders.json";
import kkFx from "@/locales/kk/fx.json";
import kkSettlement from "@/locales/kk/settlement.json";
import uzNotifications from "@/locales/uz/notifications.json";
import uzRfq from "@/locales/uz/rfq.json";
import uzOrders from "@/locales/uz/orders.json";
import uzFx from "@/locales/uz/fx.json";
import uzSettlement from "@/locales/uz/settlement.json";
import zhNotifications from "@/locales/zh/notifications.json";
import zhRfq from "@/locales/zh/rfq.json";
import zhOrders from "@/locales/zh/orders.json";
import zhFx from "@/locales/zh/fx.json";
import zhSettlement from "@/locales/zh/settlement.json";

type Messages = { [key: string]: string | Messages };
export type LocaleResources = Record<Namespace, Messages>;

/** Bundled statically so the server and the standalone build need no file reads. */
export const resources: Record<Locale, LocaleResources> = {
  en: { common: enCommon, home: enHome, auth: enAuth, account: enAccount, dashboard: enDashboard, errors: enErrors, catalog: enCatalog, console: enConsole, review: enReview, developers: enDevelopers, imports: enImports, media: enMedia, notifications: enNotifications, rfq: enRfq, orders: enOrders, fx: enFx, settlement: enSettlement },
  ru: { common: ruCommon, home: ruHome, auth: ruAuth, account: ruAccount, dashboard: ruDashboard, errors: ruErrors, catalog: ruCatalog, console: ruConsole, review: ruReview, developers: ruDevelopers, imports: ruImports, media: ruMedia, notifications: ruNotifications, rfq: ruRfq, orders: ruOrders, fx: ruFx, settlement: ruSettlement },
  kk: { common: kkCommon, home: kkHome, auth: kkAuth, account: kkAccount, dashboard: kkDashboard, errors: kkErrors, catalog: kkCatalog, console: kkConsole, review: kkReview, developers: kkDevelopers, imports: kkImports, media: kkMedia, notifications: kkNotifications, rfq: kkRfq, orders: kkOrders, fx: kkFx, settlement: kkSettlement },
  uz: { common: uzCommon, home: uzHome, auth: uzAuth, account: uzAccount, dashboard: uzDashboard, errors: uzErrors, catalog: uzCatalog, console: uzConsole, review: uzReview, developers: uzDevelopers, imports: uzImports, media: uzMedia, notifications: uzNotifications, rfq: uzRfq, orders: uzOrders, fx: uzFx, settlement: uzSettlement },
  zh: { common: zhCommon, home: zhHome, auth: zhAuth, account: zhAccount, dashboard: zhDashboard, errors: zhErrors, catalog: zhCatalog, console: zhConsole, review: zhReview, developers: zhDevelopers, imports: zhImports, media: zhMedia, notifications: zhNotifications, rfq: zhRfq, orders: zhOrders, fx: zhFx, settlement: zhSettlement },
};
