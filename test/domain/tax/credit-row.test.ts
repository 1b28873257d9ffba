// Create credit note, planned from the tracker: only a sent invoice, once; its own series; the row
// negative and citing the invoice; exactly the tasks billed on it go back to unbilled.

import { describe, expect, it } from 'vitest';
import { planCreditRow } from '../../../src/domain/tax/credit-row';
import { invoice, task, tracker } from '../../support/mail-fixtures';

const sent = invoice({ invoice: '2026-0042', issued: '2026-11-30', amount: 1200, sentOn: '2026-11-30' });
const tasks = [
  task({ row: 2, invoice: '2026-0042' }),
  task({ row: 3, invoice: '2026-0041' }),
  task({ row: 4, invoice: '' }),
  task({ row: 5, invoice: ' 2026-0042' }),
];

describe('planning a credit note', () => {
  it('numbers it in the credit-note series, negates the amount, returns exactly its tasks', () => {
    const r = planCreditRow(tracker({ invoices: [sent], tasks }), '2026-0042', '2026-12-07', null);
    expect(r).toMatchObject({
      ok: true,
      plan: {
        number: 'CN-2026-0001',
        issued: '2026-12-07',
        invoice: { invoice: '2026-0042', issued: '2026-11-30' },
        amount: -1200,
        currency: 'EUR',
        taskRows: [2, 5],
        nextCounter: 2,
      },
    });
  });

  it('continues from the stored counter', () => {
    const r = planCreditRow(tracker({ invoices: [sent], tasks }), '2026-0042', '2027-01-04', 7);
    expect(r).toMatchObject({ ok: true, plan: { number: 'CN-2027-0007', nextCounter: 8 } });
  });

  it('refuses an unsent, unknown or already credited invoice, and a credit note itself', () => {
    const draft = invoice({ invoice: '2026-0043', sentOn: null, row: 3 });
    const note = invoice({ invoice: 'CN-2026-0001', amount: -1200, creditOf: '2026-0042', row: 4 });
    const t = tracker({ invoices: [sent, draft], tasks });
    expect(planCreditRow(t, '2026-0043', '2026-12-07', null)).toEqual({ ok: false, refusal: 'not-sent' });
    expect(planCreditRow(t, '2026-9999', '2026-12-07', null)).toEqual({
      ok: false,
      refusal: 'no-such-invoice',
    });
    // Running it again, once the credit note's row is there, makes no second one.
    const after = tracker({ invoices: [sent, draft, note], tasks });
    expect(planCreditRow(after, '2026-0042', '2026-12-07', 2)).toEqual({
      ok: false,
      refusal: 'already-credited',
    });
    expect(planCreditRow(after, 'CN-2026-0001', '2026-12-07', 2)).toEqual({
      ok: false,
      refusal: 'is-credit-note',
    });
  });
});
