import { NextResponse, type NextRequest } from "next/server";
import { isLocale, localeCookie } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

/**
 * Locale routing only. Paths without a locale are redirected to the remembered or negotiated
 * one; visiting a locale path remembers it in a cookie. Authorization is NOT done here — every
 * page and API handler checks it in lib/ (CVE-2025-29927 showed why).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";

  if (isLocale(first)) {
    const response = NextResponse.next();
    if (request.cookies.get(localeCookie)?.value !== first) {
      response.cookies.set(localeCookie, first, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    }
    return response;
  }

  const remembered = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(remembered) ? remembered : negotiateLocale(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except the API, Next's own assets and files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
