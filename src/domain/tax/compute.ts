// The invoice's tax arithmetic, in integer minor units. One rule fits every seller country the add-on
// serves (invoice-law.md §3): line nets are already whole minor units (none for JPY and ISK), they are
// summed per rate, and VAT is computed ONCE per rate on that sum. Japan requires exactly that (one
// rounding per rate per invoice, 消費税法施行令第70条の10 [J1]); EN 16931 does the same (BR-CO-17:
// VAT category tax amount = taxable amount × rate, rounded [E3]). Pure.

import { minorDigits } from '../invoice/money';
import type { VatCategory } from './treatment';

export interface TaxLine {
  /** The line's net amount in the invoice currency's minor unit (a deduction is negative). */
  netMinor: number;
  /** The line's VAT rate in percent (the seller's rate for a domestic supply, 0 otherwise). */
  rate: number;
}

export interface RateSubtotal {
  rate: number;
  category: VatCategory;
  /** The sum of the line nets at this rate. */
  baseMinor: number;
  vatMinor: number;
}

export interface LocalVat {
  /** The seller's currency, in which its VAT return is kept. */
  currency: string;
  /** Units of the seller's currency per unit of the invoice's, as the freelancer gave it. */
  exchangeRate: number;
  perRate: { rate: number; baseMinor: number; vatMinor: number }[];
  vatMinor: number;
}

export interface TaxTotals {
  netMinor: number;
  /** Empty when the seller is not registered for VAT: such an invoice shows no VAT at all. */
  perRate: RateSubtotal[];
  vatMinor: number;
  /** What the client pays. */
  totalMinor: number;
  /** The VAT in the seller's currency, when VAT is charged in another currency; else null. */
  local: LocalVat | null;
}

export interface TaxInput {
  lines: TaxLine[];
  currency: string;
  vatRegistered: boolean;
  category: VatCategory;
  sellerCurrency: string;
  exchangeRate: number | null;
}

export type TaxRefusal = 'exchange-rate-missing' | 'exchange-rate-invalid' | 'line-not-whole';

export type TaxResult = { ok: true; totals: TaxTotals } | { ok: false; refusal: TaxRefusal };

/** Half away from zero on an exact integer quotient, so a credit note mirrors its invoice to the unit. */
function divideRounded(numerator: number, denominator: number): number {
  const whole = Math.floor((Math.abs(numerator) * 2 + denominator) / (denominator * 2));
  return numerator < 0 && whole !== 0 ? -whole : whole; // never -0
}

/** VAT on a base at a rate in percent (basis points, so 25.5 % is exact): rounded once. */
export function vatOn(baseMinor: number, rate: number): number {
  return divideRounded(baseMinor * Math.round(rate * 100), 10000);
}

/** An amount converted to another currency's minor unit at `exchangeRate`, rounded half away from zero. */
export function convertMinor(minor: number, from: string, to: string, exchangeRate: number): number {
  const scaled = (minor / 10 ** minorDigits(from)) * exchangeRate * 10 ** minorDigits(to);
  const cleaned = Math.round(scaled * 1e6) / 1e6; // float noise (1234.4999999) before rounding
  const whole = Math.round(Math.abs(cleaned));
  return cleaned < 0 && whole !== 0 ? -whole : whole;
}

export function computeTax(input: TaxInput): TaxResult {
  if (input.lines.some((l) => !Number.isInteger(l.netMinor))) return { ok: false, refusal: 'line-not-whole' };
  const netMinor = input.lines.reduce((a, l) => a + l.netMinor, 0);
  if (!input.vatRegistered)
    return { ok: true, totals: { netMinor, perRate: [], vatMinor: 0, totalMinor: netMinor, local: null } };

  const charged = input.category === 'S';
  const bases = new Map<number, number>();
  for (const line of input.lines) {
    const rate = charged ? line.rate : 0;
    bases.set(rate, (bases.get(rate) ?? 0) + line.netMinor);
  }
  const perRate: RateSubtotal[] = [...bases.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([rate, baseMinor]) => ({
      rate,
      category: charged && rate === 0 ? 'Z' : input.category,
      baseMinor,
      vatMinor: vatOn(baseMinor, rate),
    }));
  const vatMinor = perRate.reduce((a, r) => a + r.vatMinor, 0);

  let local: LocalVat | null = null;
  if (input.currency !== input.sellerCurrency && perRate.some((r) => r.vatMinor !== 0)) {
    const x = input.exchangeRate;
    if (x === null) return { ok: false, refusal: 'exchange-rate-missing' };
    if (!Number.isFinite(x) || x <= 0) return { ok: false, refusal: 'exchange-rate-invalid' };
    const conv = (m: number) => convertMinor(m, input.currency, input.sellerCurrency, x);
    const rows = perRate.map((r) => ({
      rate: r.rate,
      baseMinor: conv(r.baseMinor),
      vatMinor: conv(r.vatMinor),
    }));
    local = {
      currency: input.sellerCurrency,
      exchangeRate: x,
      perRate: rows,
      vatMinor: rows.reduce((a, r) => a + r.vatMinor, 0),
    };
  }
  return { ok: true, totals: { netMinor, perRate, vatMinor, totalMinor: netMinor + vatMinor, local } };
}
