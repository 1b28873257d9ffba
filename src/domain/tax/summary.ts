// An invoice's tax as plain numbers in major units of its currency, for the sidebar's result and the
// local runner's --json: net, VAT per rate, and total (what the client pays). Pure.

import { fromMinor } from '../invoice/money';
import type { TaxTotals } from './compute';

export interface TaxSummary {
  net: number;
  vat: { rate: number; base: number; amount: number }[];
  total: number;
}

export function taxSummary(totals: TaxTotals, currency: string): TaxSummary {
  const major = (minor: number) => fromMinor(minor, currency);
  return {
    net: major(totals.netMinor),
    vat: totals.perRate.map((r) => ({ rate: r.rate, base: major(r.baseMinor), amount: major(r.vatMinor) })),
    total: major(totals.totalMinor),
  };
}
