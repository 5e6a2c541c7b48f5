/**
 * Curated equivalences, each group matched both ways. Only true synonyms: spelling variants and
 * names of the very same product. Names in other languages need no entry when the taxonomy
 * already bridges them (every listing carries its category in all five languages) or when
 * transliteration does («телевизор» ↔ "televizor"). Written as people type them; the query
 * analyzer normalizes and stems them the same way as queries.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ["refrigerator", "fridge"],
  ["tv", "television", "телевизор", "теледидар", "电视"],
  ["solar panel", "solar module", "photovoltaic", "photovoltaic panel", "photovoltaic module", "pv panel", "pv module"],
  ["солнечная панель", "солнечная батарея", "фотоэлектрическая панель"],
  ["太阳能板", "太阳能电池板", "光伏板", "光伏组件"],
  ["air conditioner", "aircon"],
  ["power bank", "powerbank", "portable charger"],
  ["внешний аккумулятор", "павербанк", "пауэрбанк", "повербанк"],
  ["headphones", "earphones", "earbuds"],
  ["cctv camera", "security camera", "surveillance camera"],
  ["sofa", "couch"],
  ["стиральная машина", "стиралка"],
  ["tire", "tyre"],
  ["aluminium", "aluminum"],
  ["fiber", "fibre"],
  ["pvc", "пвх"],
  ["hdpe", "пнд"],
  ["ldpe", "пвд"],
  ["cnc", "чпу"],
  ["genset", "generator set"],
  ["smartphone", "mobile phone", "cell phone", "cellphone"],
  ["muzlatgich", "sovutgich"],
  ["workwear", "work uniform", "work clothes", "work clothing"],
  ["спецодежда", "спецовка", "рабочая одежда"],
  ["children's clothing", "kids clothing", "kids clothes", "children's clothes", "kidswear", "childrenswear"],
  ["stretch film", "stretch wrap", "pallet wrap"],
  ["радиатор отопления", "батарея отопления"],
  ["暖气片", "散热器"],
  ["瓷砖", "地砖", "陶瓷砖"],
  ["хлопок", "хлопковый", "хлопчатобумажный"],
];
