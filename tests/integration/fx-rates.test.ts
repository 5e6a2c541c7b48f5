import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrencyCode } from "@/lib/money/currencies";
import { convertMinor } from "@/lib/money/fx/convert-minor";
import { convertWithSnapshot } from "@/lib/money/fx/convert-with-snapshot";
import { findRate } from "@/lib/money/fx/find-rate";
import { importFxRatesCsv } from "@/lib/money/fx/import-fx-rates-csv";
import { listLatestFxRates } from "@/lib/money/fx/list-latest-fx-rates";
import { parseRate } from "@/lib/money/fx/parse-rate";
import { previewFxConversion } from "@/lib/money/fx/preview-fx-conversion";
import { invertRational, multiplyRationals } from "@/lib/money/fx/rational";
import { toRateSnapshot } from "@/lib/money/fx/rate-snapshot";
import { recordFxRate } from "@/lib/money/fx/record-fx-rate";
import { seedDemoFxRates } from "@/lib/seed/demo-fx-rates";
import { createActor } from "../support/factories";
import { setupTestDatabase } from "../support/setup-test-db";

// lib/env/server.ts (FX_STALE_HOURS) is marked server-only; this file is the server.
vi.mock("server-only", () => ({}));

const db = setupTestDatabase();
const hour = 3_600_000;
const now = new Date();
const ago = (hours: number) => new Date(now.getTime() - hours * hour);

/** Stored directly, bypassing validation, so tests can place rates anywhere in time. */
async function store(base: CurrencyCode, quote: CurrencyCode, rate: string, effectiveAt: Date, source = "Test bank") {
  await db().fxRate.create({ data: { base, quote, rate, source, effectiveAt } });
}

const r = (text: string) => parseRate(text)!;

beforeEach(async () => {
  await db().fxRate.deleteMany();
});

describe("findRate", () => {
  it("takes the latest direct rate in force at the time asked, ignoring future ones", async () => {
    await store("USD", "CNY", "7.10", ago(72));
    await store("USD", "CNY", "7.09", ago(24));
    await store("USD", "CNY", "7.50", new Date(now.getTime() + 2 * hour));
    const current = await findRate(db(), "USD", "CNY", now);
    expect(current).toMatchObject({ from: "USD", to: "CNY", display: "7.09", effectiveAt: ago(24), stale: false });
    expect(current?.rate).toEqual(r("7.09"));
    expect(current?.legs).toEqual([{ base: "USD", quote: "CNY", rate: "7.09", source: "Test bank", effectiveAt: ago(24), inverted: false }]);
    expect((await findRate(db(), "USD", "CNY", ago(48)))?.rate).toEqual(r("7.10"));
    expect(await findRate(db(), "USD", "CNY", ago(96))).toBeNull();
  });

  it("inverts the opposite pair, and prefers whichever direction is newer", async () => {
    await store("USD", "CNY", "7.09", ago(24));
    const inverse = await findRate(db(), "CNY", "USD", now);
    expect(inverse?.rate).toEqual(invertRational(r("7.09")));
    expect(inverse?.display).toBe("0.141043723554");
    expect(inverse?.legs[0]).toMatchObject({ base: "USD", quote: "CNY", inverted: true });

    await store("CNY", "USD", "0.1412", ago(2));
    expect((await findRate(db(), "USD", "CNY", now))?.legs[0]).toMatchObject({ base: "CNY", quote: "USD", rate: "0.1412", inverted: true });
    expect((await findRate(db(), "CNY", "USD", now))?.rate).toEqual(r("0.1412"));
  });

  it("crosses through USD, then through CNY, each leg direct or inverted, rounding nothing", async () => {
    await store("USD", "KZT", "518.40", ago(1));
    await store("USD", "CNY", "7.0950", ago(30));
    const kztCny = await findRate(db(), "KZT", "CNY", now);
    expect(kztCny?.rate).toEqual(multiplyRationals(invertRational(r("518.4")), r("7.095")));
    expect(kztCny?.legs.map((leg) => [leg.base, leg.quote, leg.inverted])).toEqual([
      ["USD", "KZT", true],
      ["USD", "CNY", false],
    ]);
    expect(kztCny?.effectiveAt).toEqual(ago(30)); // the older leg
    expect(convertMinor(100_000_000n, "KZT", "CNY", kztCny!.rate)).toBe(1_368_634n);

    await store("CNY", "TJS", "1.33", ago(5));
    await store("CNY", "KGS", "12.30", ago(6));
    const tjsKgs = await findRate(db(), "TJS", "KGS", now);
    expect(tjsKgs?.legs.map((leg) => [leg.base, leg.quote, leg.inverted])).toEqual([
      ["CNY", "TJS", true],
      ["CNY", "KGS", false],
    ]);
    expect(tjsKgs?.rate).toEqual(multiplyRationals(invertRational(r("1.33")), r("12.3")));

    expect(await findRate(db(), "RUB", "EUR", now)).toBeNull();
    expect(await findRate(db(), "EUR", "EUR", now)).toMatchObject({ display: "1", legs: [], stale: false, rate: { num: 1n, den: 1n } });
  });

  it("flags a rate older than FX_STALE_HOURS (48 by default), judged by its oldest leg", async () => {
    await store("USD", "RUB", "82.60", ago(50));
    await store("USD", "KZT", "518.40", ago(1));
    expect((await findRate(db(), "USD", "RUB", now))?.stale).toBe(true);
    expect((await findRate(db(), "USD", "RUB", now, { staleAfterHours: 72 }))?.stale).toBe(false);
    expect((await findRate(db(), "USD", "KZT", now))?.stale).toBe(false);
    expect((await findRate(db(), "RUB", "KZT", now))?.stale).toBe(true);
  });

  it("snapshots reproduce a conversion after newer rates arrive", async () => {
    await store("USD", "KZT", "518.40", ago(3));
    await store("USD", "CNY", "7.0950", ago(3));
    const then = await findRate(db(), "KZT", "CNY", now);
    const stored = JSON.parse(JSON.stringify(toRateSnapshot(then!))) as unknown;
    const amount = 100_000_000n;
    const original = convertMinor(amount, "KZT", "CNY", then!.rate);

    await store("USD", "KZT", "530.00", ago(1));
    await store("CNY", "KZT", "74.10", ago(0.5));
    const later = await findRate(db(), "KZT", "CNY", now);
    expect(later?.legs).toHaveLength(1);
    expect(convertMinor(amount, "KZT", "CNY", later!.rate)).not.toBe(original);
    expect(convertWithSnapshot(amount, "KZT", "CNY", stored)).toBe(original);
  });
});

describe("recording rates", () => {
  it("lets hub finance and admins record a rate, audited", async () => {
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const row = await recordFxRate(db(), finance, { base: "USD", quote: "UZS", rate: "12185.50", source: "CBU", effectiveAt: ago(1).toISOString() }, { ip: "10.0.0.1" });
    expect(row).toMatchObject({ base: "USD", quote: "UZS", rate: "12185.5", source: "CBU", effectiveAt: ago(1) });
    expect(await db().fxRate.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ createdById: finance.userId });
    expect(await db().auditEvent.findFirst({ where: { action: "fx_rate.recorded", targetId: row.id } })).toMatchObject({ actorUserId: finance.userId, ip: "10.0.0.1" });

    const admin = await createActor(db(), { type: "HUB", roles: ["admin"] });
    const defaulted = await recordFxRate(db(), admin, { base: "EUR", quote: "USD", rate: "1.165", source: "ECB" });
    expect(Math.abs(defaulted.effectiveAt.getTime() - Date.now())).toBeLessThan(60_000);

    await expect(recordFxRate(db(), finance, { base: "USD", quote: "UZS", rate: "12190", source: "CBU", effectiveAt: ago(1).toISOString() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("forbids anyone else, and writes nothing", async () => {
    const outsiders = [
      await createActor(db(), { type: "BUYER", roles: ["buyer_admin"] }),
      await createActor(db(), { type: "HUB", roles: ["moderator"] }),
      await createActor(db(), { type: "SUPPLIER", roles: ["supplier_admin"] }),
    ];
    for (const actor of outsiders) {
      await expect(recordFxRate(db(), actor, { base: "USD", quote: "CNY", rate: "7.1", source: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(importFxRatesCsv(db(), actor, "base,quote,rate,source,effectiveAt\nUSD,CNY,7.1,x,2026-01-01")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().fxRate.count()).toBe(0);
  });

  it.each([
    [{ rate: "0" }, "rate"],
    [{ rate: "-1" }, "rate"],
    [{ rate: "1,5" }, "rate"],
    [{ base: "XAU" }, "base"],
    [{ quote: "USD" }, "quote"],
  ])("rejects %o with a field error", async (change, field) => {
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    const attempt = recordFxRate(db(), finance, { base: "USD", quote: "CNY", rate: "7.1", source: "PBoC", ...change });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { [field]: expect.stringMatching(/^fx:field\./) } } });
    expect(await db().fxRate.count()).toBe(0);
  });
});

describe("importing a CSV", () => {
  it("imports the good lines and reports the others by line number", async () => {
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    await store("USD", "RUB", "82.6", new Date("2026-11-20T00:00:00Z"));
    const csv = [
      "base,quote,rate,source,effectiveAt", // 1
      "USD,CNY,7.0950,PBoC,2026-11-27T09:00:00Z", // 2 ok
      "USD,KZT,518.40,\"NBK, Almaty\",2026-11-27 09:00", // 3 ok (quoted comma)
      "", // 4 blank
      "USD,UZS,0,CBU,2026-11-27", // 5 rate 0
      "XYZ,USD,1.5,Test,2026-11-27", // 6 unknown currency
      "USD,KGS,87.45,NBKR", // 7 column count
      "USD,TJS,\"9.42,NBT,2026-11-27", // 8 broken quote
      "EUR,USD,1.165,ECB,2026-11-27T09:00:00Z", // 9 ok
      "USD,CNY,7.1,PBoC,2026-11-27T09:00:00Z", // 10 duplicate of line 2
      "USD,RUB,82.7,CBR,2026-11-20", // 11 already stored
      "USD,USD,1,Self,2026-11-27", // 12 same currency
      "EUR,CNY,1,5,ECB,2026-11-27", // 13 decimal comma splits the cell
    ].join("\r\n");
    const result = await importFxRatesCsv(db(), finance, csv);
    expect(result).toEqual({
      lines: 11,
      imported: 3,
      duplicates: [
        { line: 10, key: "fx:import.errors.duplicate_in_file" },
        { line: 11, key: "fx:import.errors.duplicate_existing" },
      ],
      errors: [
        { line: 5, field: "rate", key: "fx:field.rate_invalid" },
        { line: 6, field: "base", key: "fx:field.currency_unknown" },
        { line: 7, key: "fx:import.errors.column_count" },
        { line: 8, key: "fx:import.errors.malformed" },
        { line: 12, field: "quote", key: "fx:field.same_currency" },
        { line: 13, key: "fx:import.errors.column_count" },
      ],
    });
    const stored = await db().fxRate.findMany({ orderBy: [{ base: "asc" }, { quote: "asc" }], select: { base: true, quote: true, rate: true, source: true } });
    expect(stored).toEqual([
      { base: "EUR", quote: "USD", rate: "1.165", source: "ECB" },
      { base: "USD", quote: "CNY", rate: "7.095", source: "PBoC" },
      { base: "USD", quote: "KZT", rate: "518.4", source: "NBK, Almaty" },
      { base: "USD", quote: "RUB", rate: "82.6", source: "Test bank" },
    ]);
    expect(await db().auditEvent.findFirst({ where: { action: "fx_rate.imported", actorUserId: finance.userId } })).toMatchObject({ data: expect.objectContaining({ imported: 3, rejected: 6, duplicates: 2 }) });
  });

  it("reads semicolon files and refuses a wrong header or an empty file", async () => {
    const finance = await createActor(db(), { type: "HUB", roles: ["finance"] });
    expect(await importFxRatesCsv(db(), finance, "\ufeffBase;Quote;Rate;Source;EffectiveAt\nUSD;CNY;7.095;PBoC;2026-11-27\n")).toMatchObject({ imported: 1, errors: [] });
    await expect(importFxRatesCsv(db(), finance, "from,to,rate\nUSD,CNY,7.1")).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { csv: "fx:import.errors.header" } } });
    await expect(importFxRatesCsv(db(), finance, "base,quote,rate,source,effectiveAt\n\n")).rejects.toMatchObject({ details: { fields: { csv: "fx:import.errors.empty" } } });
  });
});

describe("latest rates and demo data", () => {
  it("lists the rate in force per pair with its inverse and staleness", async () => {
    await store("USD", "CNY", "7.10", ago(72));
    await store("USD", "CNY", "7.0950", ago(2));
    await store("USD", "CNY", "7.2", new Date(now.getTime() + hour));
    await store("USD", "RUB", "82.6", ago(60));
    const list = await listLatestFxRates(db(), { now });
    expect(list.staleAfterHours).toBe(48);
    expect(list.rates.map(({ base, quote, rate, inverse, stale }) => ({ base, quote, rate, inverse, stale }))).toEqual([
      { base: "USD", quote: "CNY", rate: "7.0950", inverse: "0.140944326991", stale: false },
      { base: "USD", quote: "RUB", rate: "82.6", inverse: "0.0121065375303", stale: true },
    ]);
  });

  it("previews a conversion typed in the locale's number format", async () => {
    await store("USD", "KZT", "518.40", ago(1));
    await store("USD", "CNY", "7.0950", ago(1));
    expect(await previewFxConversion(db(), { amount: "1\u00a0000\u00a0000", from: "KZT", to: "CNY" }, "ru")).toMatchObject({ status: "converted", amountMinor: 100_000_000n, resultMinor: 1_368_634n });
    expect(await previewFxConversion(db(), { amount: "1,000,000.5", from: "XXX", to: ["CNY"] as unknown as string }, "en")).toMatchObject({ status: "converted", from: "KZT", to: "CNY", amountMinor: 100_000_050n });
    for (const amount of ["", "0", "-5", "1.001", "abc"]) expect((await previewFxConversion(db(), { amount, from: "USD", to: "CNY" }, "en")).status).toBe("invalid_amount");
    expect(await previewFxConversion(db(), { amount: "10", from: "RUB", to: "EUR" }, "en")).toMatchObject({ status: "no_rate" });
  });

  it("seeds demo rates once, enough to convert every corridor currency", async () => {
    expect(await seedDemoFxRates(db())).toEqual({ created: 8 });
    expect(await seedDemoFxRates(db())).toEqual({ created: 0 });
    const codes: CurrencyCode[] = ["CNY", "USD", "EUR", "RUB", "KZT", "UZS", "KGS", "TJS"];
    for (const from of codes) for (const to of codes) expect(await findRate(db(), from, to), `${from}→${to}`).not.toBeNull();
    expect((await findRate(db(), "KZT", "CNY"))?.legs).toMatchObject([{ base: "CNY", quote: "KZT", inverted: true }]);
  });
});
