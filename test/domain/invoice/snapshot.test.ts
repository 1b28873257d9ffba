// What an invoice billed, kept for its credit note: written and read back exactly, refused when it is
// not ours or not for this number, and the credit note built on it, not on today's rates.

import { describe, expect, it } from 'vitest';
import type { InvoiceModel } from '../../../src/domain/invoice/build-invoice';
import { asIssued, readSnapshot, snapshotKey, snapshotOf } from '../../../src/domain/invoice/snapshot';

const issued = {
  number: '2026-0042',
  currency: 'NOK',
  lines: [
    {
      description: 'Arbeid mot målet: «Flere bestillinger»',
      hours: 12.5,
      rateMinor: 95000,
      amountMinor: 1187500,
    },
    { description: 'Forskudd', hours: null, rateMinor: null, amountMinor: -200000 },
  ],
  hours: 12.5,
  subtotalMinor: 1187500,
  deposit: { invoice: '2026-0040-DEP', amountMinor: 200000 },
  totalMinor: 1234375,
  tax: {
    totals: {
      netMinor: 987500,
      perRate: [{ rate: 25, category: 'S', baseMinor: 987500, vatMinor: 246875 }],
      vatMinor: 246875,
      totalMinor: 1234375,
      local: null,
    },
    deductedMinor: 200000,
    parties: { seller: 'kept' },
  },
} as unknown as InvoiceModel;

describe('the snapshot of what an invoice billed', () => {
  it('reads back what was written, and the rebuilt invoice carries it', () => {
    const text = snapshotOf(issued);
    expect(new TextEncoder().encode(text).length).toBeLessThan(9 * 1024);
    const snapshot = readSnapshot(text, '2026-0042')!;
    // Today's rate is higher and one task was edited: the rebuilt invoice bills something else.
    const rebuilt = {
      ...issued,
      lines: [{ description: 'changed', hours: 13, rateMinor: 120000, amountMinor: 1560000 }],
      totalMinor: 1950000,
      tax: { ...issued.tax!, totals: { ...issued.tax!.totals, totalMinor: 1950000 } },
    } as InvoiceModel;
    const back = asIssued(rebuilt, snapshot);
    expect([back.lines, back.totalMinor, back.subtotalMinor, back.deposit, back.hours]).toEqual([
      issued.lines,
      issued.totalMinor,
      issued.subtotalMinor,
      issued.deposit,
      issued.hours,
    ]);
    expect(back.tax!.totals).toEqual(issued.tax!.totals);
    // The parties and words still come from the rebuild.
    expect(back.tax!.parties).toEqual({ seller: 'kept' });
  });

  it('is nothing when absent, not ours, broken or for another number', () => {
    const text = snapshotOf(issued);
    expect(readSnapshot(null, '2026-0042')).toBeNull();
    expect(readSnapshot('{', '2026-0042')).toBeNull();
    expect(readSnapshot('{"v":2}', '2026-0042')).toBeNull();
    expect(readSnapshot(text, '2026-0043')).toBeNull();
    expect(readSnapshot(text.replace('1187500]', '"1187500"]'), '2026-0042')).toBeNull();
    // Found again whatever the case or stray spaces, as the sheet matches numbers.
    expect(readSnapshot(text, ' 2026-0042 ')).not.toBeNull();
    expect(snapshotKey('inv-7')).toBe(snapshotKey('INV-7'));
    expect(snapshotKey('INV-7')).not.toBe(snapshotKey('INV-8'));
  });
});
