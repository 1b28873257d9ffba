// The sidebar's list of invoices: each row's state as the lifecycle names it, credit notes flagged and
// tied to the invoice they cancel, one client's rows only when asked, newest first.

import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import { invoiceList } from '../../../src/domain/invoice/invoice-list';
import { readTracker } from '../../../src/domain/read-tracker';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);

const HEADER = [
  'Invoice',
  'Client',
  'Issued',
  'Amount',
  'Currency',
  'Paid on',
  'Reminder stage',
  'Last reminder',
  'Sent on',
  'Credit note for',
];

const tracker = readTracker(
  {
    Clients: [
      ['Client', 'Language', 'Currency', 'Hourly rate'],
      ['Bakeriet Solsikke AS', 'nb', 'NOK', 950],
      ['Harbour & Thread Ltd', 'en', 'GBP', 85],
    ],
    Invoices: [
      [...HEADER],
      [
        '2026-0001',
        'Bakeriet Solsikke AS',
        day('2026-10-01'),
        12000,
        'NOK',
        day('2026-10-20'),
        '',
        '',
        day('2026-10-01'),
        '',
      ],
      ['2026-0002', 'Harbour & Thread Ltd', day('2026-11-02'), 1950, '', '', '', '', day('2026-11-03'), ''],
      [
        '2026-0003',
        'bakeriet solsikke as',
        day('2026-11-02'),
        30600,
        'NOK',
        '',
        '',
        '',
        day('2026-11-02'),
        '',
      ],
      ['2026-0004', 'Bakeriet Solsikke AS', day('2026-11-20'), 4000, 'NOK', '', '', '', '', ''],
      ['CN-2026-0001', 'Bakeriet Solsikke AS', day('2026-11-21'), -30600, 'NOK', '', '', '', '', '2026-0003'],
    ],
  },
  TZ,
);

describe('invoiceList', () => {
  it('says where each invoice is in its life and flags the credit note', () => {
    expect(tracker.diagnostics).toEqual([]);
    const list = invoiceList(tracker.invoices);
    expect(list.map((i) => [i.number, i.kind === 'invoice' ? i.state : `credit of ${i.creditOf}`])).toEqual([
      ['CN-2026-0001', 'credit of 2026-0003'],
      ['2026-0004', 'draft'],
      ['2026-0003', 'credited'],
      ['2026-0002', 'sent'],
      ['2026-0001', 'sent'],
    ]);
    expect(list[2]).toEqual({
      kind: 'invoice',
      number: '2026-0003',
      client: 'Bakeriet Solsikke AS',
      issued: '2026-11-02',
      amount: 30600,
      currency: 'NOK',
      row: 4,
      state: 'credited',
      creditedBy: 'CN-2026-0001',
      paidOn: null,
    });
    // A blank Currency is the client's, as on the invoice.
    expect(list.find((i) => i.number === '2026-0002')?.currency).toBe('GBP');
  });

  it("lists only the client's rows when asked, whatever the case or spacing of the name", () => {
    const numbers = (client: string) => invoiceList(tracker.invoices, client).map((i) => i.number);
    expect(numbers('  HARBOUR & THREAD LTD ')).toEqual(['2026-0002']);
    expect(numbers('Bakeriet Solsikke AS')).toEqual(['CN-2026-0001', '2026-0004', '2026-0003', '2026-0001']);
    expect(numbers('Nobody Ltd')).toEqual([]);
  });

  it('keeps a paid invoice sent, and rows of one day with the latest made on top', () => {
    const list = invoiceList(tracker.invoices);
    expect(list.find((i) => i.number === '2026-0001')).toMatchObject({ state: 'sent', paidOn: '2026-10-20' });
    // 2026-0002 (row 3) and 2026-0003 (row 4) share a date: the later row first.
    const sameDay = list.filter((i) => i.issued === '2026-11-02').map((i) => i.row);
    expect(sameDay).toEqual([4, 3]);
  });
});
