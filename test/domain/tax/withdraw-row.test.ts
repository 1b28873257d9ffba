// Withdraw invoice, planned from the tracker: only a draft (made, not sent, chased, paid or credited);
// twice reports the first day; exactly its tasks return to unbilled. And what a row owes (status.ts).

import { describe, expect, it } from 'vitest';
import { decideNumber } from '../../../src/domain/tax/decide-number';
import { owesNothing, statusReader } from '../../../src/domain/tax/status';
import { planWithdraw } from '../../../src/domain/tax/withdraw-row';
import { invoice, task, tracker } from '../../support/mail-fixtures';

const draft = invoice({ invoice: '2026-0042', row: 2, sentOn: null });
const tasks = [
  task({ row: 2, invoice: '2026-0042' }),
  task({ row: 3, invoice: '2026-0041' }),
  task({ row: 4, invoice: ' 2026-0042' }),
];

describe('planning a withdrawal', () => {
  it('withdraws a draft today and returns exactly its tasks', () => {
    const r = planWithdraw(tracker({ invoices: [draft], tasks }), '2026-0042', '2026-12-07');
    expect(r).toMatchObject({
      ok: true,
      plan: { invoice: { invoice: '2026-0042' }, withdrawnOn: '2026-12-07', write: true, taskRows: [2, 4] },
    });
  });

  it('twice: the first day stands and nothing new is written', () => {
    const done = invoice({ invoice: '2026-0042', row: 2, withdrawnOn: '2026-12-01' });
    const r = planWithdraw(tracker({ invoices: [done], tasks: [] }), '2026-0042', '2026-12-07');
    expect(r).toMatchObject({ ok: true, plan: { withdrawnOn: '2026-12-01', write: false, taskRows: [] } });
  });

  it('refuses what the client may have, a credited invoice, a credit note and an unknown number', () => {
    const at = (i: ReturnType<typeof invoice>, others: ReturnType<typeof invoice>[] = []) =>
      planWithdraw(tracker({ invoices: [i, ...others], tasks }), i.invoice, '2026-12-07');
    expect(at(invoice({ invoice: 'A', sentOn: '2026-12-01' }))).toMatchObject({ ok: false, refusal: 'sent' });
    expect(at(invoice({ invoice: 'A', paidOn: '2026-12-01' }))).toMatchObject({ ok: false, refusal: 'paid' });
    expect(at(invoice({ invoice: 'A', reminderStage: 1 }))).toMatchObject({ ok: false, refusal: 'chased' });
    const note = invoice({ invoice: 'CN-1', amount: -100, creditOf: 'A', row: 9 });
    expect(at(invoice({ invoice: 'A', sentOn: '2026-12-01' }), [note])).toMatchObject({
      ok: false,
      refusal: 'credited',
      credit: 'CN-1',
    });
    expect(at(note)).toMatchObject({ ok: false, refusal: 'is-credit-note' });
    expect(planWithdraw(tracker({ invoices: [draft], tasks }), 'NOPE', '2026-12-07')).toEqual({
      ok: false,
      refusal: 'no-such-invoice',
    });
  });
});

describe('what a row owes', () => {
  it('a credit note, the invoice it cancels and a withdrawn one owe nothing; a draft or sent one does', () => {
    const sent = invoice({ invoice: 'S', sentOn: '2026-11-01' });
    const credited = invoice({ invoice: 'C', sentOn: '2026-11-01' });
    const note = invoice({ invoice: 'CN-1', amount: -100, creditOf: 'c' });
    const withdrawn = invoice({ invoice: 'W', withdrawnOn: '2026-11-02' });
    const all = [draft, sent, credited, note, withdrawn];
    const settled = owesNothing(all);
    expect(all.map(settled)).toEqual([false, false, true, true, true]);
    expect(statusReader(all)(credited)).toEqual({
      sentOn: '2026-11-01',
      creditedBy: 'CN-1',
      withdrawn: false,
    });
  });

  it('a withdrawn number is never given again: the next of the series instead', () => {
    const issue = {
      pattern: '{YYYY}-{SEQ}',
      counter: 43,
      startSetting: null,
      issued: '2026-12-07',
      clientCode: '',
      taken: ['2026-0042'],
    };
    const status = statusReader([invoice({ invoice: '2026-0042', withdrawnOn: '2026-12-01' })]);
    const earlier = {
      number: '2026-0042',
      status: status(invoice({ invoice: '2026-0042', withdrawnOn: '2026-12-01' })),
      paid: false,
      reminderStage: 0,
    };
    expect(decideNumber(earlier, issue)).toMatchObject({ kind: 'new', number: '2026-0043' });
    expect(decideNumber({ ...earlier, status: { ...earlier.status, withdrawn: false } }, issue)).toEqual({
      kind: 'remake',
      number: '2026-0042',
    });
  });
});
