import { intlLocale, type Locale } from "./config";

function decimalSeparator(locale: Locale): string {
  const part = new Intl.NumberFormat(intlLocale[locale]).formatToParts(1.5).find((p) => p.type === "decimal");
  return part?.value ?? ".";
}

/**
 * Parses a number typed in the locale's format into a canonical decimal string
 * ("1 234,56" in ru/kk/uz → "1234.56"; "1,234.56" in en/zh → "1234.56"). Returns null when
 * the input is not a number. The result is a string so money never passes through a float.
 *
 * Grouping may be spaces (regular, no-break, narrow no-break), apostrophes, or the other
 * separator; a lone "." typed on a ru keyboard's numpad is also accepted as the decimal mark.
 */
export function parseLocaleDecimal(input: string, locale: Locale): string | null {
  let text = input.trim().replace(/[\s\u00a0\u202f'’]/g, "");
  if (!text) return null;
  let sign = "";
  if (text.startsWith("-") || text.startsWith("−")) {
    sign = "-";
    text = text.slice(1);
  }
  const decimal = decimalSeparator(locale);
  const group = decimal === "," ? "." : ",";
  const lastDecimal = text.lastIndexOf(decimal);
  const lastGroup = text.lastIndexOf(group);
  let integer: string;
  let fraction = "";
  if (lastDecimal >= 0) {
    integer = text.slice(0, lastDecimal);
    fraction = text.slice(lastDecimal + 1);
  } else if (decimal === "," && lastGroup >= 0 && text.indexOf(group) === lastGroup && text.length - lastGroup - 1 !== 3) {
    // "12.5" in ru: one dot not followed by exactly three digits is a decimal mark, not grouping.
    integer = text.slice(0, lastGroup);
    fraction = text.slice(lastGroup + 1);
  } else {
    integer = text;
  }
  if (integer.includes(decimal)) return null;
  if (integer.includes(group) && !/^\d{1,3}([.,]\d{3})+$/.test(integer)) return null;
  integer = integer.split(group).join("");
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || (integer === "" && fraction === "")) return null;
  integer = integer.replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  return `${sign}${integer}${fraction ? `.${fraction}` : ""}`;
}
