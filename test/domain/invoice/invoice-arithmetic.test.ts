// The VAT arithmetic of the golden matrix, in integer minor units: line nets rounded to the currency's
// minor unit (none for JPY and ISK), VAT computed once per rate on the sum of the rounded nets
// (invoice-law.md §3: Japan's 消費税法施行令第70条の10 [J1], EN 16931 BR-CO-17 [E3]), and the VAT also in
// the seller's currency when the invoice is in another, refused without an exchange rate [N4, I2, U3].

import { describe, expect, it } from 'vitest';
import { lineAmount, minorDigits } from '../../../src/domain/invoice/money';
import { ProblemError } from '../../../src/domain/problems/render';
import { computeTax, vatOn } from '../../../src/domain/tax/compute';
import { taxSummary } from '../../../src/domain/tax/summary';
import { CASES, type Case, EURO_CASE, modelOf, settingsOf } from './invoice-matrix';

const invoices = CASES.filter((c) => !c.credit);
const byFile = (file: string) => CASES.find((c) => c.file === file)!;

describe('every invoice of the matrix adds up', () => {
  it.each(invoices.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const model = modelOf(c);
    const totals = model.tax!.totals;
    const hours = model.lines.reduce((a, l) => a + l.hours!, 0);
    // Each line net is whole minor units, and together they are hours × rate rounded once.
    for (const line of model.lines) expect(Number.isInteger(line.amountMinor)).toBe(true);
    const net = model.lines.reduce((a, l) => a + l.amountMinor, 0);
    expect(net).toBe(lineAmount(hours, model.lines[0]!.rateMinor!));
    expect(totals.netMinor).toBe(net);
    // One row per rate, its VAT computed once on the row's base.
    expect(totals.perRate.reduce((a, r) => a + r.baseMinor, 0)).toBe(
      c.treatment === 'unregistered' ? 0 : net,
    );
    for (const r of totals.perRate) expect(r.vatMinor).toBe(vatOn(r.baseMinor, r.rate));
    expect(totals.vatMinor).toBe(totals.perRate.reduce((a, r) => a + r.vatMinor, 0));
    expect(totals.totalMinor).toBe(net + totals.vatMinor);
    expect(model.totalMinor).toBe(totals.totalMinor);
  });

  it.each(CASES.filter((c) => c.credit).map((c) => [c.file, c] as const))(
    '%s credits its invoice to the unit',
    (_file, c) => {
      const invoice = modelOf({ ...c, credit: false }).tax!.totals;
      const note = modelOf(c).tax!.totals;
      expect(note.netMinor).toBe(-invoice.netMinor);
      expect(note.vatMinor).toBe(-invoice.vatMinor);
      expect(note.totalMinor).toBe(-invoice.totalMinor);
      expect(note.perRate).toEqual(
        invoice.perRate.map((r) => ({ ...r, baseMinor: -r.baseMinor, vatMinor: -r.vatMinor })),
      );
    },
  );
});

describe('yen: no minor unit, consumption tax rounded once per rate', () => {
  it('the Japanese invoice: ¥7,575 + ¥505 at 10 % is ¥808 once, not ¥758 + ¥51 = ¥809 per line', () => {
    expect(minorDigits('JPY')).toBe(0);
    const model = modelOf(byFile('JP-domestic-ja'));
    expect(model.lines.map((l) => l.amountMinor)).toEqual([7575, 505]);
    const perLine = model.lines.reduce((a, l) => a + vatOn(l.amountMinor, 10), 0);
    expect(perLine).toBe(809);
    expect(model.tax!.totals).toMatchObject({
      netMinor: 8080,
      perRate: [{ rate: 10, baseMinor: 8080, vatMinor: 808 }],
      vatMinor: 808,
      totalMinor: 8888,
    });
  });

  it('two rates on one yen invoice, 10 % and the 8 % reduced rate: each rounded once on its own sum', () => {
    const lines = [
      { netMinor: 7575, rate: 10 },
      { netMinor: 505, rate: 10 },
      { netMinor: 1007, rate: 8 },
      { netMinor: 1007, rate: 8 },
    ];
    const result = computeTax({
      lines,
      currency: 'JPY',
      vatRegistered: true,
      category: 'S',
      sellerCurrency: 'JPY',
      exchangeRate: null,
    });
    if (!result.ok) throw new Error(result.refusal);
    // Per line it would be 758 + 51 + 81 + 81 = 971; once per rate: 808 (on 8,080) + 161 (on 2,014).
    expect(lines.reduce((a, l) => a + vatOn(l.netMinor, l.rate), 0)).toBe(971);
    expect(result.totals).toMatchObject({
      netMinor: 10094,
      perRate: [
        { rate: 10, category: 'S', baseMinor: 8080, vatMinor: 808 },
        { rate: 8, category: 'S', baseMinor: 2014, vatMinor: 161 },
      ],
      vatMinor: 969,
      totalMinor: 11063,
      local: null,
    });
  });
});

describe('Icelandic krónur: no minor unit either', () => {
  it('12,345 kr. × 7.75 hours is 95,674 kr. (not 95,673.75), VAT 24 % once: 22,962 kr.', () => {
    expect(minorDigits('ISK')).toBe(0);
    const model = modelOf(byFile('IS-domestic-is'));
    expect(model.lines.map((l) => l.amountMinor)).toEqual([89501, 6173]);
    expect(model.tax!.totals).toMatchObject({ netMinor: 95674, vatMinor: 22962, totalMinor: 118636 });
  });

  it('an Icelandic client billed in euros: the VAT also in whole krónur at the rate given', () => {
    const c: Case = { ...byFile('IS-domestic-is'), client: [...byFile('IS-domestic-is').client] };
    c.client[2] = 'EUR';
    c.client[3] = 85;
    const model = modelOf(c, settingsOf(c, [['Exchange rates', 'EUR 144.7']]));
    // 7.75 h × €85.00 = €658.75; VAT 24 % = €158.10; in ISK: 158.10 × 144.7 = 22,877.07 → 22,877 kr.
    expect(model.tax!.totals).toMatchObject({ netMinor: 65875, vatMinor: 15810 });
    expect(model.tax!.totals.local).toMatchObject({ currency: 'ISK', exchangeRate: 144.7, vatMinor: 22877 });
  });
});

describe('VAT in the seller’s currency', () => {
  it('a Norwegian client billed in euros: the MVA in kroner at Settings › Exchange rates', () => {
    const model = modelOf(EURO_CASE);
    // €1,050.00 at 25 % = €262.50; at 11.5 NOK per euro: 3,018.75 kr.
    expect(model.tax!.totals).toMatchObject({ netMinor: 105000, vatMinor: 26250, totalMinor: 131250 });
    expect(model.tax!.totals.local).toEqual({
      currency: 'NOK',
      exchangeRate: 11.5,
      perRate: [{ rate: 25, baseMinor: 1207500, vatMinor: 301875 }],
      vatMinor: 301875,
    });
  });

  it('refused without the exchange rate, naming the two currencies', () => {
    const settings = settingsOf(EURO_CASE).filter(([k]) => k !== 'Exchange rates');
    let says: unknown = null;
    try {
      modelOf(EURO_CASE, settings);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      says = error.says;
    }
    expect(says).toEqual([
      expect.objectContaining({ key: 'exchangeRateMissing', values: { currency: 'EUR', own: 'NOK' } }),
    ]);
  });

  it('no conversion where no VAT is charged (export at 0 %, reverse charge) or none is owed', () => {
    for (const file of ['NO-export-en', 'GB-reverse-charge-en', 'SE-export-en', 'GB-unregistered-en'])
      expect(modelOf(byFile(file)).tax!.totals.local, file).toBeNull();
  });
});

describe('what the sidebar and `local -- invoice --json` report: net, VAT per rate and total', () => {
  it('in major units of the invoice currency, whole yen and krónur, no VAT rows when none is owed', () => {
    expect(taxSummary(modelOf(byFile('JP-domestic-ja')).tax!.totals, 'JPY')).toEqual({
      net: 8080,
      vat: [{ rate: 10, base: 8080, amount: 808 }],
      total: 8888,
    });
    expect(taxSummary(modelOf(byFile('IS-domestic-is')).tax!.totals, 'ISK')).toEqual({
      net: 95674,
      vat: [{ rate: 24, base: 95674, amount: 22962 }],
      total: 118636,
    });
    expect(taxSummary(modelOf(byFile('NO-export-en')).tax!.totals, 'USD')).toEqual({
      net: 1260,
      vat: [{ rate: 0, base: 1260, amount: 0 }],
      total: 1260,
    });
    expect(taxSummary(modelOf(byFile('GB-unregistered-en')).tax!.totals, 'GBP')).toEqual({
      net: 682.5,
      vat: [],
      total: 682.5,
    });
  });
});
