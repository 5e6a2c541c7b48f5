import { z } from "zod";
import { locales } from "@/lib/i18n/config";

/** Building blocks shared by the response schemas. */
export const id = z.string().meta({ format: "uuid" });
export const dateTime = z.string().meta({ format: "date-time" });
export const count = z.number().int().min(0);
export const localeEnum = z.enum(locales);

export const moneySchema = z
  .object({
    amount: z.string().meta({ description: "Decimal string in major units, never a float.", examples: ["1234.50"] }),
    currency: z.string().length(3).meta({ description: "ISO 4217 code.", examples: ["CNY"] }),
  })
  .meta({ description: "An amount of money, lossless both ways." });
