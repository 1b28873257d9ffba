// The Invoices tab.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/domain/read-tracker';
import { INVOICES } from '../../../src/domain/tabs/invoices';
import { OSLO, about, day, headers, sheet } from '../../support/tracker-sheet';

describe('invoices', () => {
  it('refuses duplicate invoice numbers (without case) and names the first row', () => {
    const raw = sheet();
    raw.Invoices!.push(['2026-001', 'Hekla Tours', day('2026-10-20'), 100, '', '', '', '', '', '', '']);
    const t = readTracker(raw, OSLO);
    expect(t.invoices.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(about(t, 'Invoices')).toEqual([
      {
        sheet: 'Invoices',
        row: 5,
        column: 'Invoice',
        message: 'Invoice “2026-001” is already in row 2. Invoice numbers must be unique.',
        severity: 'error',
        client: 'Hekla Tours',
      },
    ]);
  });

  it('refuses an invoice with no number, issue date or amount, or a bad stage or currency', () => {
    const raw = sheet();
    raw.Invoices!.push(
      ['', 'Hekla Tours', day('2026-10-20'), 100, '', '', '', '', '', '', ''],
      ['2026-010', 'Hekla Tours', '', 100, '', '', '', '', '', '', ''],
      ['2026-011', 'Hekla Tours', day('2026-10-20'), '', '', '', '', '', '', '', ''],
      ['2026-012', 'Hekla Tours', day('2026-10-20'), -5, '', '', '', '', '', '', ''],
      ['2026-013', 'Hekla Tours', day('2026-10-20'), 100, 'XYZ', '', '', '', 4, '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.invoices.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(about(t, 'Invoices').map((d) => [d.row, d.column])).toEqual([
      [5, 'Invoice'],
      [6, 'Issued'],
      [7, 'Amount'],
      [8, 'Amount'],
      [9, 'Reminder stage'],
      [9, 'Currency'],
    ]);
    expect(about(t, 'Invoices').every((d) => d.severity === 'error' && d.client === 'Hekla Tours')).toBe(
      true,
    );
  });

  it('reads a credit note’s row: below zero only when it names the invoice it cancels', () => {
    const raw = sheet();
    raw.Invoices![0] = headers(INVOICES, INVOICES.columns.length);
    const blank = ['', '', '', '', '', '', ''];
    raw.Invoices!.push(
      ['CN-2026-0001', 'Fjord Bakery', day('2026-12-07'), -12000, 'NOK', ...blank, '2026-001'],
      ['CN-2026-0002', 'Fjord Bakery', day('2026-12-07'), -12000, 'NOK', ...blank, ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.invoices.slice(3).map((i) => [i.row, i.amount, i.creditOf])).toEqual([[5, -12000, '2026-001']]);
    expect(t.invoices[0]!.creditOf).toBeNull();
    expect(about(t, 'Invoices').map((d) => [d.row, d.column, d.message])).toEqual([
      [6, 'Amount', 'The amount is below zero.'],
    ]);
  });

  it('refuses a computed Due past the year 9999 instead of throwing', () => {
    const raw = sheet();
    raw.Clients![1]![6] = 1e12;
    const t = readTracker(raw, OSLO);
    expect(about(t, 'Invoices', 2)).toEqual([
      {
        sheet: 'Invoices',
        row: 2,
        column: 'Due',
        message: expect.stringContaining('past the year 9999'),
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
    expect(t.invoices.map((i) => i.row)).toEqual([3, 4]);
  });
});
