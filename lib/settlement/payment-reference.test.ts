import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPaymentReference, generatePaymentReference } from "./payment-reference";

describe("payment references", () => {
  it("are generated in the canonical form and read back as themselves", () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const reference = generatePaymentReference();
        expect(reference).toMatch(/^KRV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
        expect(findPaymentReference(reference)).toBe(reference);
      }),
      { numRuns: 200 },
    );
  });

  it("are found however the bank mangled them", () => {
    const reference = generatePaymentReference();
    const compact = reference.replace(/-/g, "");
    const mangled = [
      reference.toLowerCase(),
      compact,
      `Оплата по счёту ${reference} за текстиль`,
      `INV PAYMENT/${compact.slice(0, 6)} ${compact.slice(6)}/ KZ`,
      reference.replace(/0/g, "O").replace(/1/g, "l"),
      reference.replace("K", "К").replace("R", "Р").replace("V", "В"),
    ];
    for (const text of mangled) expect(findPaymentReference(text), text).toBe(reference);
  });

  it("rejects a reference with one character changed", () => {
    const reference = "KRV-7K3M-9QX2-" as const;
    const valid = findPaymentReference(`${reference}0`) ?? findPaymentReference(generatePaymentReference());
    expect(valid).not.toBeNull();
    const body = valid!.replace(/-/g, "");
    const changed = `${body.slice(0, 5)}${body[5] === "A" ? "B" : "A"}${body.slice(6)}`;
    expect(findPaymentReference(changed)).toBeNull();
    expect(findPaymentReference("Payment for order 12345")).toBeNull();
  });
});
