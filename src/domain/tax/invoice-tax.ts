// The bridge from an invoice's lines to its tax: every hours line at the seller's rate for a domestic
// supply (0 % otherwise), an earlier deposit deducted before the VAT is computed, then computeTax. Pure.

import { type TaxResult, computeTax } from './compute';
import { COUNTRY_RULES } from './countries';
import type { Parties } from './parties';

export interface InvoiceTaxInput {
  parties: Parties;
  /** The invoice's lines, each already whole minor units of the invoice currency. */
  lineAmounts: number[];
  /** A deposit invoiced earlier (its net), deducted from this invoice; 0 when none. */
  deductedMinor: number;
  currency: string;
  /** Units of the seller's currency per unit of the invoice currency; null when not given. */
  exchangeRate: number | null;
}

export function invoiceTax(input: InvoiceTaxInput): TaxResult {
  const { parties } = input;
  const rate = parties.rate;
  const lines = input.lineAmounts.map((netMinor) => ({ netMinor, rate }));
  if (input.deductedMinor) lines.push({ netMinor: -input.deductedMinor, rate });
  return computeTax({
    lines,
    currency: input.currency,
    vatRegistered: parties.vatRegistered,
    category: parties.rule?.category ?? 'S',
    sellerCurrency: COUNTRY_RULES[parties.country].currency,
    exchangeRate: input.exchangeRate,
  });
}
