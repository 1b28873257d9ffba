// Tax treatment: suggested from the two countries and the buyer's VAT number; what each means per seller.

import { describe, expect, it } from 'vitest';
import {
  COUNTRY_RULES,
  SELLER_COUNTRIES,
  documentKind,
  isKnownRate,
} from '../../../src/domain/tax/countries';
import {
  TAX_TREATMENTS,
  parseTreatment,
  suggestTreatment,
  treatmentRule,
} from '../../../src/domain/tax/treatment';

describe('suggested treatment', () => {
  it('same country: domestic, whatever the VAT number', () => {
    for (const seller of SELLER_COUNTRIES) {
      expect(suggestTreatment(seller, seller, '')).toBe('domestic');
      expect(suggestTreatment(seller, seller, 'X123')).toBe('domestic');
    }
  });

  it('no buyer country: no guess', () => {
    for (const seller of SELLER_COUNTRIES) expect(suggestTreatment(seller, '', 'DE123456789')).toBeNull();
  });

  it('Norway, Iceland, Israel, Japan: a foreign buyer is an export at 0 %, VAT number or not', () => {
    for (const seller of ['NO', 'IS', 'IL', 'JP'] as const) {
      expect(suggestTreatment(seller, 'DE', 'DE123456789')).toBe('export');
      expect(suggestTreatment(seller, 'US', '')).toBe('export');
    }
  });

  it('Sweden: an EU business is reverse charge, an EU consumer pays Swedish VAT, outside the EU is export', () => {
    expect(suggestTreatment('SE', 'DE', 'DE123456789')).toBe('reverse-charge');
    expect(suggestTreatment('SE', 'DE', '')).toBe('domestic');
    expect(suggestTreatment('SE', 'NO', '987654325')).toBe('export');
    expect(suggestTreatment('SE', 'GB', '')).toBe('export');
  });

  it('UK: a foreign business with a VAT number is reverse charge, otherwise outside the scope', () => {
    expect(suggestTreatment('GB', 'SE', 'SE556056625801')).toBe('reverse-charge');
    expect(suggestTreatment('GB', 'US', '')).toBe('export');
  });

  it('UK: a business outside the EU is outside the scope even with a VAT number, never art. 196 reverse charge', () => {
    // Norway's and Switzerland's businesses account for their own VAT under their own law, not the EU's.
    expect(suggestTreatment('GB', 'NO', 'NO 987 654 325 MVA')).toBe('export');
    expect(suggestTreatment('GB', 'CH', 'CHE-123.456.788 MWST')).toBe('export');
    expect(suggestTreatment('GB', 'DE', 'DE123456789')).toBe('reverse-charge');
  });
});

describe('what a treatment means', () => {
  it('domestic charges the rate; reverse charge needs the VAT number; exempt cites an exemption', () => {
    for (const seller of SELLER_COUNTRIES) {
      expect(treatmentRule(seller, 'domestic')).toEqual({
        category: 'S',
        reason: null,
        needsBuyerVatNumber: false,
      });
      expect(treatmentRule(seller, 'reverse-charge')).toEqual({
        category: 'AE',
        reason: 'reverse-charge',
        needsBuyerVatNumber: true,
      });
      expect(treatmentRule(seller, 'exempt').category).toBe('E');
    }
  });

  it("an export cites the seller country's own law", () => {
    expect(treatmentRule('NO', 'export')).toMatchObject({ category: 'Z', reason: 'no-export-6-22' });
    expect(treatmentRule('IS', 'export')).toMatchObject({ category: 'Z', reason: 'is-export-12' });
    expect(treatmentRule('IL', 'export')).toMatchObject({ category: 'Z', reason: 'il-export-30a5' });
    expect(treatmentRule('JP', 'export')).toMatchObject({ category: 'Z', reason: 'jp-export-7' });
    expect(treatmentRule('GB', 'export')).toMatchObject({ category: 'O', reason: 'outside-scope' });
    expect(treatmentRule('SE', 'export')).toMatchObject({ category: 'O', reason: 'outside-scope' });
  });

  it('reads the Tax treatment cell in any case and spacing, and nothing else', () => {
    expect(parseTreatment(' Reverse charge ')).toBe('reverse-charge');
    expect(parseTreatment('EXPORT')).toBe('export');
    expect(parseTreatment('reverse_charge')).toBe('reverse-charge');
    expect(parseTreatment('zero')).toBeNull();
    expect(TAX_TREATMENTS.map(parseTreatment)).toEqual([...TAX_TREATMENTS]);
  });
});

describe('seller countries', () => {
  it('standard rates and currencies', () => {
    const summary = Object.fromEntries(
      SELLER_COUNTRIES.map((c) => [c, [COUNTRY_RULES[c].standardRate, COUNTRY_RULES[c].currency]]),
    );
    expect(summary).toEqual({
      NO: [25, 'NOK'],
      IS: [24, 'ISK'],
      IL: [18, 'ILS'],
      JP: [10, 'JPY'],
      GB: [20, 'GBP'],
      SE: [25, 'SEK'],
    });
    for (const c of SELLER_COUNTRIES) expect(COUNTRY_RULES[c].rates[0]).toBe(COUNTRY_RULES[c].standardRate);
    expect(isKnownRate('JP', 8)).toBe(true);
    expect(isKnownRate('NO', 24)).toBe(false);
  });

  it('Israel always makes a demand for payment; Japan a qualified invoice only when registered', () => {
    expect(documentKind('IL', true)).toBe('demand-for-payment');
    expect(documentKind('IL', false)).toBe('demand-for-payment');
    expect(documentKind('JP', true)).toBe('qualified-invoice');
    expect(documentKind('JP', false)).toBe('invoice');
    for (const c of ['NO', 'IS', 'GB', 'SE'] as const) expect(documentKind(c, true)).toBe('invoice');
  });
});
