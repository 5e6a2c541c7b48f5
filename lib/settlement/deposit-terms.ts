/**
 * The deposit share the quote's payment terms ask for, in percent (1–99), or null for payment
 * in full. Payment terms are the supplier's free text ("30% deposit, 70% before shipment",
 * "30% предоплата", "定金30%"); the first whole percentage below 100 is the deposit. Anything
 * else — "100% prepayment", "T/T in advance", no terms — is one invoice for the full amount.
 */
export function depositPercentFromTerms(terms: string | null | undefined): number | null {
  if (!terms) return null;
  const match = /(\d{1,3})\s*[%％]/.exec(terms);
  if (!match) return null;
  const percent = Number(match[1]);
  return percent >= 1 && percent <= 99 ? percent : null;
}
