// Money as integers of the currency's minor unit (cents, øre; none for JPY and ISK), so invoice lines
// and totals add up exactly; formatting per locale ("7,500円" in Japanese for yen).

import { formatMoney } from '../format';
import type { Language } from '../types';

/** Digits after the decimal point the currency uses (ISO 4217 as Intl knows it: JPY 0, ISK 0, EUR 2). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** An amount as written in the sheet, in whole minor units (rounded half away from zero). */
export function toMinor(amount: number, currency: string): number {
  const scaled = amount * 10 ** minorDigits(currency);
  // Strip float noise (12.345 * 100 = 1234.4999…) before rounding.
  const cleaned = Math.round(scaled * 1e6) / 1e6;
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}

export function fromMinor(minor: number, currency: string): number {
  const digits = minorDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
}

/** hours × rate in minor units, exact for hours in hundredths: round(hundredths × rate / 100). */
export function lineAmount(hours: number, rateMinor: number): number {
  const hundredths = Math.round(hours * 100);
  return Math.round((hundredths * rateMinor) / 100);
}

/** "€1,234.50", "1 234,50 kr", "7,500円". */
export function formatMinor(minor: number, currency: string, language: Language): string {
  const major = fromMinor(minor, currency);
  // The language writes its money its own way (Japanese yen as 7,500円): messages/<language>/common.ts.
  return formatMoney(major, currency, language);
}
