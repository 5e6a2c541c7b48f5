"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { isCurrencyCode } from "@/lib/money/currencies";
import { displayCurrencyCookie } from "@/lib/money/display-currency";

/** Remembers the display currency for a year and goes back to the page it was chosen on. */
export async function setDisplayCurrencyAction(formData: FormData): Promise<void> {
  const currency = String(formData.get("currency") ?? "");
  if (isCurrencyCode(currency)) {
    (await cookies()).set(displayCurrencyCookie, currency, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
  }
  redirect(safeReturnPath(String(formData.get("returnTo") ?? "/")) ?? "/");
}
