// Money, dates, months, hours and percentages in en, nb, is, he and ja, as Node 20's ICU writes them.

import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  formatDate,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  isKnownCurrency,
  isRtl,
} from '../../src/domain/format';

const NBSP = '\u00a0';
const RLM = '\u200f';

describe('formatMoney', () => {
  it('writes English money with the symbol first and two decimals', () => {
    expect(formatMoney(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'NOK', 'en')).toBe(`NOK${NBSP}1,234.50`);
    expect(formatMoney(0, 'EUR', 'en')).toBe('€0.00');
  });

  it('writes Norwegian money with a comma decimal, space grouping and "kr" after the amount', () => {
    expect(formatMoney(1234.5, 'NOK', 'nb')).toBe(`1${NBSP}234,50${NBSP}kr`);
    expect(formatMoney(1234.5, 'EUR', 'nb')).toBe(`1${NBSP}234,50${NBSP}€`);
  });

  it('writes ISK and JPY with no decimals, rounding', () => {
    expect(formatMoney(1234.5, 'ISK', 'is')).toBe(`1.235${NBSP}kr.`);
    expect(formatMoney(1234.5, 'ISK', 'en')).toBe(`ISK${NBSP}1,235`);
    expect(formatMoney(1234.5, 'JPY', 'ja')).toBe('1,235円');
    expect(formatMoney(1234.5, 'JPY', 'en')).toBe('JP¥1,235');
    expect(formatMoney(1234.5, 'JPY', 'nb')).toBe(`1${NBSP}235${NBSP}JPY`);
    for (const lang of ['en', 'nb', 'is', 'he', 'ja'] as const) {
      expect(formatMoney(1234.5, 'ISK', lang), lang).not.toMatch(/[.,]50/);
      expect(formatMoney(1234.5, 'JPY', lang), lang).not.toMatch(/[.,]50/);
    }
  });

  it('writes Icelandic with a point grouping and comma decimal', () => {
    expect(formatMoney(1234.5, 'EUR', 'is')).toBe(`1.234,50${NBSP}EUR`);
  });

  it('writes Hebrew money with RTL marks and the shekel sign after the amount', () => {
    expect(formatMoney(1234.5, 'ILS', 'he')).toBe(`${RLM}1,234.50${NBSP}${RLM}₪`);
    expect(formatMoney(1234.5, 'EUR', 'he')).toBe(`${RLM}1,234.50${NBSP}${RLM}€`);
  });

  it('throws for a malformed currency code', () => {
    expect(() => formatMoney(1, 'EURO', 'en')).toThrow(RangeError);
  });
});

describe('formatDate and formatMonth', () => {
  it('writes the day in each language’s long style, never shifted by a zone', () => {
    expect(formatDate('2026-10-31', 'en')).toBe('31 October 2026');
    expect(formatDate('2026-10-31', 'nb')).toBe('31. oktober 2026');
    expect(formatDate('2026-10-31', 'is')).toBe('31. október 2026');
    expect(formatDate('2026-10-31', 'he')).toBe('31 באוקטובר 2026');
    expect(formatDate('2026-10-31', 'ja')).toBe('2026年10月31日');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2028-02-29', 'nb')).toBe('29. februar 2028');
  });

  it('writes months', () => {
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
    expect(formatMonth('2026-10', 'nb')).toBe('oktober 2026');
    expect(formatMonth('2026-10', 'is')).toBe('október 2026');
    expect(formatMonth('2026-10', 'he')).toBe('אוקטובר 2026');
    expect(formatMonth('2026-10', 'ja')).toBe('2026年10月');
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
  });
});

describe('numbers, hours and percentages', () => {
  it('writes whole percentages as each locale does', () => {
    expect(formatPercent(0.643, 'en')).toBe('64%');
    expect(formatPercent(0.643, 'nb')).toBe(`64${NBSP}%`);
    expect(formatPercent(0.643, 'is')).toBe('64%');
    expect(formatPercent(0.643, 'he')).toBe('64%');
    expect(formatPercent(0.643, 'ja')).toBe('64%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'nb')).toBe(`0${NBSP}%`);
  });

  it('writes hours with at most two decimals', () => {
    expect(formatHours(12.345, 'en')).toBe('12.35');
    expect(formatHours(12.5, 'nb')).toBe('12,5');
    expect(formatHours(12.345, 'is')).toBe('12,35');
    expect(formatHours(8, 'ja')).toBe('8');
    expect(formatHours(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('groups thousands per locale, with Norway’s minus sign', () => {
    expect(formatNumber(-1234567.891, 'en')).toBe('-1,234,567.89');
    expect(formatNumber(-1234567.891, 'nb')).toBe(`\u22121${NBSP}234${NBSP}567,89`);
    expect(formatNumber(-1234567.891, 'is')).toBe('-1.234.567,89');
    expect(formatNumber(1234567.891, 'he')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'ja')).toBe('1,234,567.89');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
  });
});

describe('languages and currencies', () => {
  it('maps every language to a locale and knows Hebrew is right to left', () => {
    expect(LOCALES).toEqual({ en: 'en-GB', nb: 'nb-NO', is: 'is-IS', he: 'he-IL', ja: 'ja-JP' });
    expect(isRtl('he')).toBe(true);
    for (const lang of ['en', 'nb', 'is', 'ja'] as const) expect(isRtl(lang)).toBe(false);
  });

  it('knows real currency codes and refuses made-up or lower-case ones', () => {
    for (const code of ['EUR', 'NOK', 'ISK', 'ILS', 'JPY', 'USD', 'GBP', 'SEK', 'DKK'])
      expect(isKnownCurrency(code), code).toBe(true);
    for (const code of ['ABC', 'QQQ', 'eur', 'EU', 'EURO', '', '€', 'kr'])
      expect(isKnownCurrency(code), code).toBe(false);
  });
});
