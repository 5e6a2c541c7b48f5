type ExampleListing = {
  sku: string;
  category: string;
  title: Record<string, string>;
  description?: Record<string, string>;
  hsCode: string;
  unit: string;
  moq: number;
  currency: string;
  priceTiers: { minQty: number; unitPrice: string }[];
  leadTimeDays: number;
  incoterms: string[];
  certifications: string[];
  specifications?: Record<string, string>;
};

/** Three valid listings in the shared format (../shared/data/README.md), no supplier: "my company". */
const examples: ExampleListing[] = [
  {
    sku: "EX-TILE-600",
    category: "ceramic-tiles",
    title: { en: "Porcelain floor tile 600×600 mm, matt grey", zh: "瓷质地砖 600×600 毫米，哑光灰", ru: "Керамогранит 600×600 мм, матовый серый" },
    description: { en: "Frost-resistant, for shops and warehouses.", zh: "耐冻，适用于商场和仓库。" },
    hsCode: "6907.21",
    unit: "m²",
    moq: 200,
    currency: "CNY",
    priceTiers: [{ minQty: 200, unitPrice: "38.50" }, { minQty: 1000, unitPrice: "35.00" }],
    leadTimeDays: 15,
    incoterms: ["FOB Shanghai", "DAP Almaty"],
    certifications: ["CE", "EAC"],
    specifications: { Size: "600×600 mm", Thickness: "10 mm" },
  },
  {
    sku: "EX-PIPE-110",
    category: "pvc-pipe",
    title: { en: "PVC drainage pipe 110 mm, 4 m lengths", zh: "PVC 排水管 110 毫米，每根 4 米", kk: "ПВХ кәріз құбыры 110 мм, ұзындығы 4 м" },
    description: { en: "Socket joint with rubber seal." },
    hsCode: "3917.23",
    unit: "m",
    moq: 500,
    currency: "CNY",
    priceTiers: [{ minQty: 500, unitPrice: "12.80" }, { minQty: 5000, unitPrice: "11.60" }],
    leadTimeDays: 20,
    incoterms: ["EXW", "FCA Suzhou"],
    certifications: ["ISO 9001"],
  },
  {
    sku: "EX-WOOL-50",
    category: "glass-wool",
    title: { en: "Glass wool insulation roll, 50 mm", zh: "玻璃棉保温卷毡 50 毫米", uz: "Shisha paxta issiqlik izolyatsiyasi, 50 mm" },
    hsCode: "7019.90",
    unit: "m²",
    moq: 1000,
    currency: "USD",
    priceTiers: [{ minQty: 1000, unitPrice: "1.90" }, { minQty: 10000, unitPrice: "1.65" }],
    leadTimeDays: 25,
    incoterms: ["DAP Tashkent"],
    certifications: [],
  },
];

const csvColumns = ["sku", "supplier", "category", "title.en", "title.zh", "title.ru", "title.kk", "title.uz", "description.en", "description.zh", "hsCode", "unit", "moq", "currency", "priceTiers", "leadTimeDays", "incoterms", "certifications"];

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csvRow(listing: ExampleListing): string {
  const [, , ...rest] = csvColumns;
  const cells = rest.map((column) => {
    const [field, locale] = column.split(".") as [keyof ExampleListing, string | undefined];
    const value = listing[field];
    if (locale) return (value as Record<string, string> | undefined)?.[locale] ?? "";
    if (field === "priceTiers") return listing.priceTiers.map((tier) => `${tier.minQty}:${tier.unitPrice}`).join(";");
    if (Array.isArray(value)) return value.join(";");
    return String(value);
  });
  return [listing.sku, "", ...cells].map(csvCell).join(",");
}

/**
 * A tiny catalog file to start from, offered for download on the import page. CSV starts with
 * a BOM so that Excel opens the Chinese and Cyrillic text as UTF-8.
 */
export function buildExampleCatalog(format: "csv" | "jsonl"): string {
  if (format === "jsonl") return `${examples.map((listing) => JSON.stringify(listing)).join("\n")}\n`;
  return `\uFEFF${[csvColumns.join(","), ...examples.map(csvRow)].join("\r\n")}\r\n`;
}
