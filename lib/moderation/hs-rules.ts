import { countriesByOrganizationType } from "@/lib/organizations/countries";

/*
 * HS codes that make a moderator look twice. Both tables are deliberately short: a flag is a
 * question to a person, and a list that fires on half the catalog teaches moderators to
 * ignore it. Codes match by prefix of the digits (chapter "93", heading "2939").
 */

/** Why goods under a code are restricted; translated as `review:flags.group.<group>`. */
export type RestrictedGroup = "arms" | "military_vehicles" | "explosives" | "pyrotechnics" | "narcotics" | "narcotic_plants" | "precursors" | "radio";

export type RestrictedHsRule = {
  prefix: string;
  /**
   * prohibited: Karavan does not carry it at all (reject with prohibited_goods);
   * licensed: lawful only with a permit or licence the moderator must see (licence_required).
   */
  rule: "prohibited" | "licensed";
  group: RestrictedGroup;
};

/**
 * Based on the EAEU common list of goods under import/export bans and restrictions (EEC
 * Board Decision No. 30 of 21 April 2015: civil and service weapons, narcotic drugs,
 * psychotropic substances and precursors, industrial explosives, radio-electronic devices)
 * and on how Kazakh customs treat them (the weapons law and the narcotics law of the Republic
 * of Kazakhstan require a licence for every import). Weapons and military vehicles are
 * prohibited on the platform outright: it cannot check end-user licences. The others can be
 * lawful trade, so they need the permit on file before approval.
 */
export const restrictedHsRules: readonly RestrictedHsRule[] = [
  { prefix: "93", rule: "prohibited", group: "arms" }, // arms and ammunition, parts and accessories
  { prefix: "8710", rule: "prohibited", group: "military_vehicles" }, // tanks and other armoured fighting vehicles
  { prefix: "3601", rule: "licensed", group: "explosives" }, // propellent powders
  { prefix: "3602", rule: "licensed", group: "explosives" }, // prepared explosives
  { prefix: "3603", rule: "licensed", group: "explosives" }, // fuses, detonators, igniters
  { prefix: "3604", rule: "licensed", group: "pyrotechnics" }, // fireworks, signal flares
  { prefix: "2939", rule: "licensed", group: "narcotics" }, // alkaloids: ephedrine, pseudoephedrine, morphine, cocaine
  { prefix: "1211", rule: "licensed", group: "narcotic_plants" }, // plants used in pharmacy: poppy straw, coca leaf, ephedra
  { prefix: "2933", rule: "licensed", group: "precursors" }, // N-heterocycles: piperidine, fentanyl precursors (NPP, ANPP)
  { prefix: "2934", rule: "licensed", group: "precursors" }, // other heterocycles, incl. scheduled psychotropics
  { prefix: "8526", rule: "licensed", group: "radio" }, // radar and radio navigation: radio-electronic devices need an import permit
];

export type EacRule = { prefix: string; regulations: string };

/**
 * Goods that need an EAC certificate or declaration (conformity with the Customs Union
 * technical regulations, "TR CU") before they may be sold in the EAEU. Chapters where the
 * regulation covers most of what our suppliers sell; a few machines in chapter 84 are exempt,
 * which is why this is a flag for a person and not a gate.
 */
export const eacRules: readonly EacRule[] = [
  { prefix: "61", regulations: "TR CU 017/2011, 007/2011" }, // knitted apparel (adults, children)
  { prefix: "62", regulations: "TR CU 017/2011, 007/2011" }, // woven apparel
  { prefix: "63", regulations: "TR CU 017/2011" }, // home textiles
  { prefix: "64", regulations: "TR CU 017/2011, 007/2011" }, // footwear
  { prefix: "84", regulations: "TR CU 010/2011, 016/2011, 032/2013" }, // machinery, gas appliances, pressure equipment
  { prefix: "85", regulations: "TR CU 004/2011, 020/2011" }, // low-voltage equipment, electromagnetic compatibility
  { prefix: "8708", regulations: "TR CU 018/2011" }, // vehicle parts (brake pads, …)
  { prefix: "4011", regulations: "TR CU 018/2011" }, // tyres
  { prefix: "94", regulations: "TR CU 025/2012, 004/2011" }, // furniture, lighting
  { prefix: "95", regulations: "TR CU 008/2011" }, // toys
];

/** Members of the Eurasian Economic Union. */
export const eaeuCountries = ["AM", "BY", "KG", "KZ", "RU"] as const;

/**
 * Buyer countries on the platform where EAC is required: every buyer country except
 * Uzbekistan and Tajikistan (not EAEU members) — KZ, KG, RU today.
 */
export const eacBuyerCountries: readonly string[] = countriesByOrganizationType.BUYER.filter((country) => (eaeuCountries as readonly string[]).includes(country));

/** The longest rule whose prefix the code's digits start with ("8544.49" → digits "854449"). */
export function matchHsPrefix<T extends { prefix: string }>(hsCode: string, rules: readonly T[]): T | null {
  const digits = hsCode.replace(/\D/g, "");
  let best: T | null = null;
  for (const rule of rules) if (digits.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length)) best = rule;
  return best;
}
