// The VAT arithmetic: nets per rate, VAT once per rate, totals, and VAT in the seller's currency.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTax, convertMinor, type TaxInput, vatOn } from '../../../src/domain/tax/compute';
import { creditTotals } from '../../../src/domain/tax/lifecycle';
import { taxSummary } from '../../../src/domain/tax/summary';

const input = (over: Partial<TaxInput>): TaxInput => ({
  lines: [],
  currency: 'NOK',
  vatRegistered: true,
  category: 'S',
  sellerCurrency: 'NOK',
  exchangeRate: null,
  ...over,
});

function totals(over: Partial<TaxInput>) {
  const r = computeTax(input(over));
  if (!r.ok) throw new Error(r.refusal);
  return r.totals;
}

describe('VAT once per rate', () => {
  it('a JPY invoice rounds once per rate, not per line (Japan: 1 rounding per rate per invoice)', () => {
    // Three lines of ¥1,005 at 10 %: per line 100.5 → 101 each (303); once per rate 3,015 × 10 % = 301.5 → 302.
    const t = totals({
      currency: 'JPY',
      sellerCurrency: 'JPY',
      lines: [1005, 1005, 1005].map((netMinor) => ({ netMinor, rate: 10 })),
    });
    expect(t.perRate).toEqual([{ rate: 10, category: 'S', baseMinor: 3015, vatMinor: 302 }]);
    expect(t).toMatchObject({ netMinor: 3015, vatMinor: 302, totalMinor: 3317, local: null });
  });

  it('keeps rates apart: Japan 10 % and 8 % each rounded on its own sum, highest rate first', () => {
    const t = totals({
      currency: 'JPY',
      sellerCurrency: 'JPY',
      lines: [
        { netMinor: 1234, rate: 8 },
        { netMinor: 5555, rate: 10 },
        { netMinor: 1, rate: 8 },
      ],
    });
    expect(t.perRate).toEqual([
      { rate: 10, category: 'S', baseMinor: 5555, vatMinor: 556 },
      { rate: 8, category: 'S', baseMinor: 1235, vatMinor: 99 },
    ]);
    expect(t.totalMinor).toBe(5555 + 1235 + 556 + 99);
  });

  it('Norway 25 % in øre; Iceland 24 % in whole krónur', () => {
    expect(totals({ lines: [{ netMinor: 1891250, rate: 25 }] })).toMatchObject({
      netMinor: 1891250,
      vatMinor: 472813,
      totalMinor: 2364063,
    });
    expect(
      totals({ currency: 'ISK', sellerCurrency: 'ISK', lines: [{ netMinor: 12345, rate: 24 }] }),
    ).toMatchObject({ vatMinor: 2963, totalMinor: 15308 });
  });

  it('a deposit deducted as a negative line reduces the base before the VAT is computed', () => {
    const t = totals({
      lines: [
        { netMinor: 100000, rate: 25 },
        { netMinor: -30000, rate: 25 },
      ],
    });
    expect(t).toMatchObject({ netMinor: 70000, vatMinor: 17500, totalMinor: 87500 });
  });

  it('rates with a fraction are exact (basis points) and halves round away from zero', () => {
    expect(vatOn(200, 25.5)).toBe(51);
    expect(vatOn(2, 25)).toBe(1); // 0.5 → 1
    expect(vatOn(-2, 25)).toBe(-1);
    expect(vatOn(6, 25)).toBe(2); // 1.5 → 2
  });

  it('VAT per rate is never more than half a unit from the exact product (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(25, 24, 18, 10, 8, 20, 12, 6),
        (nets, rate) => {
          const t = totals({ lines: nets.map((netMinor) => ({ netMinor, rate })) });
          const base = nets.reduce((a, b) => a + b, 0);
          expect(t.perRate).toHaveLength(1);
          expect(Math.abs(t.vatMinor - (base * rate) / 100)).toBeLessThanOrEqual(0.5);
          expect(t.totalMinor).toBe(base + t.vatMinor);
        },
      ),
    );
  });
});

describe('no VAT charged', () => {
  it('export and reverse charge: one 0 % subtotal in the category, no VAT, total = net', () => {
    for (const category of ['Z', 'AE', 'O', 'E'] as const) {
      const t = totals({
        category,
        lines: [
          { netMinor: 5000, rate: 25 },
          { netMinor: 700, rate: 25 },
        ],
      });
      expect(t.perRate).toEqual([{ rate: 0, category, baseMinor: 5700, vatMinor: 0 }]);
      expect(t).toMatchObject({ vatMinor: 0, totalMinor: 5700, local: null });
    }
  });

  it('a seller not registered for VAT: no VAT breakdown at all', () => {
    const t = totals({ vatRegistered: false, lines: [{ netMinor: 5000, rate: 25 }] });
    expect(t).toEqual({ netMinor: 5000, perRate: [], vatMinor: 0, totalMinor: 5000, local: null });
  });

  it('a line amount that is not whole minor units is refused, not rounded silently', () => {
    expect(computeTax(input({ lines: [{ netMinor: 10.5, rate: 25 }] }))).toEqual({
      ok: false,
      refusal: 'line-not-whole',
    });
  });
});

describe("VAT in the seller's currency", () => {
  const eur = { currency: 'EUR', sellerCurrency: 'NOK', lines: [{ netMinor: 100000, rate: 25 }] };

  it('is refused without an exchange rate, or with a rate that is not a positive number', () => {
    expect(computeTax(input(eur))).toEqual({ ok: false, refusal: 'exchange-rate-missing' });
    expect(computeTax(input({ ...eur, exchangeRate: 0 }))).toEqual({
      ok: false,
      refusal: 'exchange-rate-invalid',
    });
    expect(computeTax(input({ ...eur, exchangeRate: Number.NaN }))).toEqual({
      ok: false,
      refusal: 'exchange-rate-invalid',
    });
  });

  it('converts base and VAT per rate at the given rate, each rounded once', () => {
    const t = totals({ ...eur, exchangeRate: 11.7537 });
    expect(t.vatMinor).toBe(25000);
    expect(t.local).toEqual({
      currency: 'NOK',
      exchangeRate: 11.7537,
      perRate: [{ rate: 25, baseMinor: 1175370, vatMinor: 293843 }],
      vatMinor: 293843,
    });
  });

  it('is not asked for when no VAT is charged (an export in euros)', () => {
    expect(totals({ ...eur, category: 'Z' }).local).toBeNull();
  });

  it('converts between currencies with different minor units (EUR → ISK, JPY → GBP)', () => {
    expect(convertMinor(12345, 'EUR', 'ISK', 150.3)).toBe(18555); // 18,554.535
    expect(convertMinor(10000, 'JPY', 'GBP', 0.0052)).toBe(5200);
    expect(convertMinor(-12345, 'EUR', 'ISK', 150.3)).toBe(-18555);
  });
});

describe('credit notes', () => {
  it('negate every amount of the invoice, which is what computing the negated lines gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ netMinor: fc.integer({ min: 0, max: 5_000_000 }), rate: fc.constantFrom(25, 15, 12) }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.option(fc.double({ min: 0.001, max: 200, noNaN: true }), { nil: null }),
        (lines, exchangeRate) => {
          const over = { lines, currency: 'EUR', sellerCurrency: 'NOK', exchangeRate: exchangeRate ?? 11 };
          const invoice = totals(over);
          const negated = totals({ ...over, lines: lines.map((l) => ({ ...l, netMinor: -l.netMinor })) });
          expect(creditTotals(invoice)).toEqual(negated);
          expect(creditTotals(invoice).totalMinor + invoice.totalMinor).toBe(0);
        },
      ),
    );
  });
});

describe('tax summary', () => {
  it('gives net, VAT per rate and total in major units of the currency', () => {
    expect(taxSummary(totals({ lines: [{ netMinor: 1891250, rate: 25 }] }), 'NOK')).toEqual({
      net: 18912.5,
      vat: [{ rate: 25, base: 18912.5, amount: 4728.13 }],
      total: 23640.63,
    });
    const yen = totals({ currency: 'JPY', sellerCurrency: 'JPY', lines: [{ netMinor: 3015, rate: 10 }] });
    expect(taxSummary(yen, 'JPY')).toEqual({
      net: 3015,
      vat: [{ rate: 10, base: 3015, amount: 302 }],
      total: 3317,
    });
  });
});
