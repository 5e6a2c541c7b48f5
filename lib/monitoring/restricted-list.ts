import { nameContains, partyNameTokens } from "./party-names";

/**
 * A configurable restricted list (MONITOR_RESTRICTED_DESTINATIONS, MONITOR_RESTRICTED_PARTIES):
 * comma-separated entries, each either a two-letter ISO country code or a name (a city for
 * destinations, a company for parties). Entries are kept as written, for the evidence.
 */
export type RestrictedList = { countries: string[]; names: string[] };

export function parseRestrictedList(raw: string | undefined): RestrictedList {
  const entries = (raw ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const countries = entries.filter((entry) => /^[a-z]{2}$/i.test(entry)).map((entry) => entry.toUpperCase());
  const names = entries.filter((entry) => !/^[a-z]{2}$/i.test(entry) && partyNameTokens(entry).length > 0);
  return { countries: [...new Set(countries)], names };
}

export function isEmptyList(list: RestrictedList): boolean {
  return list.countries.length === 0 && list.names.length === 0;
}

/** Which field matched which entry: the evidence of a restricted-list flag. */
export type RestrictedMatch = {
  field: "destination_country" | "destination_city" | "buyer_country" | "buyer_name" | "supplier_country" | "supplier_name";
  value: string;
  entry: string;
};

/** A destination on the list: its country code, or its city spelled the same way (any script). */
export function matchDestination(list: RestrictedList, destination: { country: string | null; city: string | null }): RestrictedMatch[] {
  const matches: RestrictedMatch[] = [];
  const country = destination.country?.trim().toUpperCase();
  if (country && list.countries.includes(country)) matches.push({ field: "destination_country", value: country, entry: country });
  const city = destination.city?.trim();
  if (city) {
    const entry = list.names.find((name) => nameContains(city, name));
    if (entry) matches.push({ field: "destination_city", value: city, entry });
  }
  return matches;
}

/** A party on the list: its country, or its display or legal name containing a listed name. */
export function matchParty(list: RestrictedList, role: "buyer" | "supplier", party: { name: string; legalName: string; country: string }): RestrictedMatch[] {
  const matches: RestrictedMatch[] = [];
  const country = party.country.trim().toUpperCase();
  if (list.countries.includes(country)) matches.push({ field: `${role}_country`, value: country, entry: country });
  for (const value of [party.name, party.legalName]) {
    const entry = list.names.find((name) => nameContains(value, name));
    if (entry) {
      matches.push({ field: `${role}_name`, value, entry });
      break;
    }
  }
  return matches;
}
