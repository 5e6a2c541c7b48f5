import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyCodes } from "./currencies";
import { addMoney, isZeroMoney, negateMoney, subtractMoney, sumMoney, type Money } from "./money-arithmetic";

const usd = (minor: bigint): Money => ({ minor, currency: "USD" });
const kzt = (minor: bigint): Money => ({ minor, currency: "KZT" });

describe("money arithmetic", () => {
  it("adds, subtracts and negates in one currency", () => {
    expect(addMoney(usd(150n), usd(275n))).toEqual(usd(425n));
    expect(subtractMoney(usd(150n), usd(275n))).toEqual(usd(-125n));
    expect(negateMoney(usd(150n))).toEqual(usd(-150n));
    expect(negateMoney(usd(0n))).toEqual(usd(0n));
  });

  it("sums a list, and an empty list is zero in the given currency", () => {
    expect(sumMoney("KZT", [kzt(1n), kzt(2n), kzt(-4n)])).toEqual(kzt(-1n));
    expect(sumMoney("KZT", [])).toEqual(kzt(0n));
    expect(sumMoney("USD", new Set([usd(5n)]))).toEqual(usd(5n));
  });

  it("knows zero", () => {
    expect(isZeroMoney(usd(0n))).toBe(true);
    expect(isZeroMoney(usd(-1n))).toBe(false);
    expect(isZeroMoney(subtractMoney(kzt(7n), kzt(7n)))).toBe(true);
  });

  it("refuses to mix currencies and names both", () => {
    expect(() => addMoney(usd(1n), kzt(1n))).toThrow(RangeError);
    expect(() => addMoney(usd(1n), kzt(1n))).toThrow(/USD.*KZT/);
    expect(() => subtractMoney(kzt(1n), usd(1n))).toThrow(/KZT.*USD/);
    expect(() => sumMoney("USD", [usd(1n), kzt(1n)])).toThrow(/USD.*KZT/);
    expect(() => sumMoney("USD", [kzt(1n)])).toThrow(RangeError);
  });

  it("keeps every unit of amounts beyond 2^53", () => {
    expect(addMoney(usd(2n ** 53n), usd(1n))).toEqual(usd(2n ** 53n + 1n));
  });
});

const currency = fc.constantFrom(...currencyCodes);
const minor = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });

describe("money arithmetic properties", () => {
  it("sums are commutative and associative within a currency", () => {
    fc.assert(
      fc.property(currency, fc.array(minor, { maxLength: 20 }), fc.array(minor, { maxLength: 20 }), (code, xs, ys) => {
        const a = xs.map((value): Money => ({ minor: value, currency: code }));
        const b = ys.map((value): Money => ({ minor: value, currency: code }));
        const whole = sumMoney(code, [...a, ...b]);
        expect(sumMoney(code, [...b, ...a])).toEqual(whole);
        expect(sumMoney(code, [...a].reverse().concat(b))).toEqual(whole);
        expect(addMoney(sumMoney(code, a), sumMoney(code, b))).toEqual(whole);
      }),
    );
  });

  it("add is commutative and associative; subtract undoes add", () => {
    fc.assert(
      fc.property(currency, minor, minor, minor, (code, x, y, z) => {
        const of = (value: bigint): Money => ({ minor: value, currency: code });
        const [a, b, c] = [of(x), of(y), of(z)];
        expect(addMoney(a, b)).toEqual(addMoney(b, a));
        expect(addMoney(addMoney(a, b), c)).toEqual(addMoney(a, addMoney(b, c)));
        expect(subtractMoney(addMoney(a, b), b)).toEqual(a);
        expect(isZeroMoney(addMoney(a, negateMoney(a)))).toBe(true);
      }),
    );
  });

  it("mixing two different currencies always throws, naming both", () => {
    const pair = fc.tuple(currency, currency).filter(([x, y]) => x !== y);
    fc.assert(
      fc.property(pair, minor, minor, ([x, y], m, n) => {
        const a: Money = { minor: m, currency: x };
        const b: Money = { minor: n, currency: y };
        expect(() => addMoney(a, b)).toThrow(RangeError);
        expect(() => subtractMoney(a, b)).toThrow(new RegExp(`${x}.*${y}`));
        expect(() => sumMoney(x, [a, b])).toThrow(new RegExp(`${x}.*${y}`));
      }),
    );
  });
});
