import { readFileSync } from "node:fs";

export const locales = ["en", "ru", "kk", "uz", "zh"] as const;
export type Locale = (typeof locales)[number];

/** A translation straight from locales/<lng>/<ns>.json, so tests assert the real text. */
export function message(locale: Locale, namespace: string, key: string): string {
  const data = JSON.parse(readFileSync(`locales/${locale}/${namespace}.json`, "utf8")) as Record<string, unknown>;
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
  if (typeof value !== "string") throw new Error(`No message ${locale}/${namespace}:${key}`);
  return value;
}

/** A whole subtree of messages, e.g. every audit action's name. */
export function messages(locale: Locale, namespace: string, key: string): Record<string, Record<string, string>> {
  const data = JSON.parse(readFileSync(`locales/${locale}/${namespace}.json`, "utf8")) as Record<string, unknown>;
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], data) as Record<string, Record<string, string>>;
}
