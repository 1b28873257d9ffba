// What is due by date: payment stages (the day each begins and the day before), first runs on long
// overdue invoices, reruns, and the keep-in-touch rules (updates, terms, check-ins, rate changes).

import { msg } from '../../../src/domain/messages/core/msg';
import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../../src/domain/mail/compose';
import {
  dueReminders,
  rateChangeSubjects,
  reportDraft,
  reportDraftItem,
  stageFor,
} from '../../../src/domain/mail/reminders';
import type { DraftKind, Tracker } from '../../../src/domain/types';
import { client, invoice, logged, task, tracker } from '../../support/mail-fixtures';

const kinds = (t: Tracker, today: string, kind: DraftKind) =>
  dueReminders(t, today).filter((i) => i.kind === kind);
const noTerms = [logged({ kind: 'terms' })];

describe('payment stages by date', () => {
  const due = '2026-11-10';
  it.each([
    ['2026-11-09', 0],
    ['2026-11-10', 0],
    ['2026-11-11', 1],
    ['2026-11-16', 1],
    ['2026-11-17', 2],
    ['2026-11-23', 2],
    ['2026-11-24', 3],
    ['2027-03-01', 3],
  ])('on %s the stage is %i (reminder days 1, 7, 14)', (today, stage) => {
    expect(stageFor(due, today, [1, 7, 14])).toBe(stage);
  });
  it('follows the Settings schedule across month and year ends', () => {
    expect(stageFor('2026-12-30', '2027-01-01', [3, 10, 30])).toBe(0);
    expect(stageFor('2026-12-30', '2027-01-02', [3, 10, 30])).toBe(1);
    expect(stageFor('2026-12-30', '2027-01-08', [3, 10, 30])).toBe(1);
    expect(stageFor('2026-12-30', '2027-01-09', [3, 10, 30])).toBe(2);
    expect(stageFor('2026-12-30', '2027-01-29', [3, 10, 30])).toBe(3);
  });
});

describe('payment reminders', () => {
  const overdue = (stage = 0, extra = {}) =>
    tracker({ invoices: [invoice({ due: '2026-10-13', reminderStage: stage, ...extra })], drafts: noTerms });

  it('a first run on an invoice 40 days overdue drafts the friendly stage: stages never skip', () => {
    const items = kinds(overdue(), '2026-11-22', 'payment');
    expect(items.map((i) => [i.invoice?.invoice, i.stage])).toEqual([['INV-1001', 1]]);
  });
  it('running again the same day, once the stage is recorded, drafts nothing', () => {
    expect(kinds(overdue(3), '2026-11-22', 'payment')).toEqual([]);
    expect(dueReminders(overdue(3), '2026-11-22')).toEqual([]);
  });
  it('the next stage comes only on its day', () => {
    const t = tracker({ invoices: [invoice({ due: '2026-11-10', reminderStage: 1 })], drafts: noTerms });
    expect(kinds(t, '2026-11-11', 'payment')).toEqual([]);
    expect(kinds(t, '2026-11-16', 'payment')).toEqual([]);
    expect(kinds(t, '2026-11-17', 'payment').map((i) => i.stage)).toEqual([2]);
  });
  it('nothing before or on the due date, stage 1 the day after', () => {
    const t = tracker({ invoices: [invoice({ due: '2026-11-10' })], drafts: noTerms });
    expect(kinds(t, '2026-11-10', 'payment')).toEqual([]);
    expect(kinds(t, '2026-11-11', 'payment').map((i) => i.stage)).toEqual([1]);
  });
  it('paid invoices and invoices of unknown clients are left alone', () => {
    const t = tracker({
      invoices: [invoice({ paidOn: '2026-10-20' }), invoice({ invoice: 'X-1', client: 'Nobody' })],
      drafts: noTerms,
    });
    expect(kinds(t, '2026-11-22', 'payment')).toEqual([]);
  });
  it('a credited invoice is not chased, nor its credit note; the other invoices still are', () => {
    const sent = { due: '2026-10-13', sentOn: '2026-09-30' };
    const t = tracker({
      invoices: [
        invoice({ ...sent, invoice: '2026-0042' }),
        invoice({ ...sent, invoice: '2026-0043', row: 3 }),
        // The credit note's row cites the invoice (its number written differently by hand).
        invoice({ ...sent, invoice: 'CN-2026-0001', row: 4, amount: -1200, creditOf: ' 2026-0042 ' }),
      ],
      drafts: noTerms,
    });
    expect(kinds(t, '2026-11-22', 'payment').map((i) => i.invoice?.invoice)).toEqual(['2026-0043']);
    // Without the credit note the same invoice is chased: the test above is not vacuous.
    const uncredited = tracker({ invoices: t.invoices.slice(0, 2), drafts: noTerms });
    expect(kinds(uncredited, '2026-11-22', 'payment').map((i) => i.invoice?.invoice)).toEqual([
      '2026-0042',
      '2026-0043',
    ]);
  });
  it('a withdrawn invoice is not chased; a draft beside it still is', () => {
    const t = tracker({
      invoices: [
        invoice({ due: '2026-10-13', invoice: '2026-0042', withdrawnOn: '2026-10-01' }),
        invoice({ due: '2026-10-13', invoice: '2026-0043', row: 3 }),
      ],
      drafts: noTerms,
    });
    expect(kinds(t, '2026-11-22', 'payment').map((i) => i.invoice?.invoice)).toEqual(['2026-0043']);
  });
  it('follows the reminder days in Settings', () => {
    const t = overdue();
    t.settings = { ...t.settings, reminderDays: [5, 20, 60] };
    expect(kinds(t, '2026-10-17', 'payment').map((i) => i.stage)).toEqual([]);
    expect(kinds(t, '2026-10-18', 'payment').map((i) => i.stage)).toEqual([1]);
    expect(kinds(t, '2026-11-22', 'payment').map((i) => i.stage)).toEqual([1]);
    const chased = overdue(1, { lastReminder: '2026-11-01' });
    chased.settings = { ...chased.settings, reminderDays: [5, 20, 60] };
    expect(kinds(chased, '2026-11-15', 'payment').map((i) => i.stage)).toEqual([]);
    expect(kinds(chased, '2026-11-16', 'payment').map((i) => i.stage)).toEqual([2]);
  });
});

describe('progress updates', () => {
  const weekly = (drafts = noTerms, tasks = [task({ date: '2026-11-20' })]) =>
    tracker({ clients: [client({ cadence: 'weekly' })], tasks, drafts });

  it('are due when none was ever drafted and there is work in the last period', () => {
    expect(kinds(weekly(), '2026-11-22', 'update')).toHaveLength(1);
    expect(kinds(weekly(noTerms, [task({ date: '2026-11-10' })]), '2026-11-22', 'update')).toEqual([]);
  });
  it('wait the cadence after the last update, and carry only the tasks since then, goal-linked first', () => {
    const drafts = [...noTerms, logged({ kind: 'update', date: '2026-11-15' })];
    const tasks = [
      task({ row: 2, date: '2026-11-15', task: 'In the last update' }),
      task({ row: 3, date: '2026-11-16', task: 'Admin' }),
      task({ row: 4, date: '2026-11-18', task: 'Landing page', goal: 'More sign-ups' }),
      task({ row: 5, date: '2026-11-23', task: 'Tomorrow' }),
    ];
    const t = weekly(drafts, tasks);
    expect(kinds(t, '2026-11-21', 'update')).toEqual([]);
    const [item] = kinds(t, '2026-11-22', 'update');
    expect(item?.tasks?.map((x) => x.task)).toEqual(['Landing page', 'Admin']);
  });
  it('fortnightly and monthly wait 14 and 28 days; none means never', () => {
    for (const [cadence, days] of [
      ['fortnightly', 14],
      ['monthly', 28],
    ] as const) {
      const t = tracker({
        clients: [client({ cadence })],
        tasks: [task({ date: '2026-11-05' })],
        drafts: [...noTerms, logged({ kind: 'update', date: '2026-11-01' })],
      });
      const dayBefore = new Date(Date.UTC(2026, 10, 1 + days - 1)).toISOString().slice(0, 10);
      const day = new Date(Date.UTC(2026, 10, 1 + days)).toISOString().slice(0, 10);
      expect(kinds(t, dayBefore, 'update')).toEqual([]);
      expect(kinds(t, day, 'update')).toHaveLength(1);
    }
    expect(kinds(tracker({ tasks: [task()], drafts: noTerms }), '2026-11-22', 'update')).toEqual([]);
  });
  it('nothing to report means no update', () => {
    expect(kinds(weekly(noTerms, []), '2026-11-22', 'update')).toEqual([]);
  });
  it('only for active clients', () => {
    const t = tracker({
      clients: [client({ cadence: 'weekly', status: 'paused' })],
      tasks: [task()],
      drafts: noTerms,
    });
    expect(kinds(t, '2026-11-22', 'update')).toEqual([]);
  });
});

describe('terms, check-ins and rate changes', () => {
  it('asks to confirm terms once per active client', () => {
    expect(kinds(tracker(), '2026-11-22', 'terms')).toHaveLength(1);
    expect(kinds(tracker({ drafts: noTerms }), '2026-11-22', 'terms')).toEqual([]);
    expect(kinds(tracker({ clients: [client({ status: 'ended' })] }), '2026-11-22', 'terms')).toEqual([]);
  });
  it('checks in with an ended client once the last invoice is paid, once', () => {
    const ended = (paidOn: string | null, drafts = noTerms) =>
      tracker({
        clients: [client({ status: 'ended' })],
        invoices: [
          invoice({ invoice: 'A-1', issued: '2026-08-01', paidOn: '2026-08-10' }),
          invoice({ invoice: 'A-2', issued: '2026-09-01', paidOn }),
        ],
        drafts,
      });
    expect(kinds(ended(null), '2026-11-22', 'check-in')).toEqual([]);
    expect(kinds(ended('2026-09-20'), '2026-11-22', 'check-in')).toHaveLength(1);
    expect(
      kinds(
        ended('2026-09-20', [logged({ kind: 'check-in', date: '2026-09-25' })]),
        '2026-11-22',
        'check-in',
      ),
    ).toEqual([]);
    // A check-in before that payment does not count for it.
    expect(
      kinds(
        ended('2026-09-20', [logged({ kind: 'check-in', date: '2026-08-15' })]),
        '2026-11-22',
        'check-in',
      ),
    ).toHaveLength(1);
    expect(
      kinds(
        tracker({ invoices: [invoice({ paidOn: '2026-10-01' })], drafts: noTerms }),
        '2026-11-22',
        'check-in',
      ),
    ).toEqual([]);
  });
  it('a withdrawn or credited last invoice, or its credit note, owes nothing: the paid one before counts', () => {
    const ended = (...later: ReturnType<typeof invoice>[]) =>
      tracker({
        clients: [client({ status: 'ended' })],
        invoices: [invoice({ invoice: 'A-1', issued: '2026-08-01', paidOn: '2026-08-10' }), ...later],
        drafts: noTerms,
      });
    const unpaid = { invoice: 'A-2', issued: '2026-09-01', row: 3 };
    // The last one unpaid: no check-in yet (the test below is not vacuous).
    expect(kinds(ended(invoice(unpaid)), '2026-11-22', 'check-in')).toEqual([]);
    expect(
      kinds(ended(invoice({ ...unpaid, withdrawnOn: '2026-09-02' })), '2026-11-22', 'check-in'),
    ).toHaveLength(1);
    const credited = [
      invoice({ ...unpaid, sentOn: '2026-09-01' }),
      invoice({ invoice: 'CN-1', issued: '2026-09-05', row: 4, amount: -100, creditOf: 'A-2' }),
    ];
    expect(kinds(ended(...credited), '2026-11-22', 'check-in')).toHaveLength(1);
  });
  it('proposes a new rate once for that rate and start day, before it starts', () => {
    const planned = client({ newRate: 110, newRateFrom: '2027-01-01' });
    const t = (drafts = noTerms, c = planned) => tracker({ clients: [c], drafts });
    expect(kinds(t(), '2026-11-22', 'rate-change')).toHaveLength(1);
    expect(kinds(t(), '2027-01-01', 'rate-change')).toEqual([]);
    const composed = composeDraft(kinds(t(), '2026-11-22', 'rate-change')[0]!, t());
    if (!composed.ok) throw new Error(composed.diagnostic.message);
    const made = [
      ...noTerms,
      logged({ kind: 'rate-change', date: '2026-11-22', subject: composed.draft.subject }),
    ];
    expect(kinds(t(made), '2026-11-23', 'rate-change')).toEqual([]);
    // The same subject read back from the sheet with ordinary spaces still counts.
    const respaced = [
      ...noTerms,
      logged({ kind: 'rate-change', subject: composed.draft.subject.replace(/\s/g, ' ') }),
    ];
    expect(kinds(t(respaced), '2026-11-23', 'rate-change')).toEqual([]);
    // A different rate or start day is a new proposal.
    expect(
      kinds(t(made, client({ newRate: 120, newRateFrom: '2027-01-01' })), '2026-11-23', 'rate-change'),
    ).toHaveLength(1);
    expect(
      kinds(t(made, client({ newRate: 110, newRateFrom: '2027-02-01' })), '2026-11-23', 'rate-change'),
    ).toHaveLength(1);
    expect(
      kinds(t(noTerms, client({ newRate: 110, newRateFrom: null })), '2026-11-22', 'rate-change'),
    ).toEqual([]);
    expect(kinds(t(noTerms, { ...planned, status: 'ended' }), '2026-11-22', 'rate-change')).toEqual([]);
  });
  it('recognises a Hebrew proposal logged before values were isolated', () => {
    const he = client({ language: 'he', currency: 'ILS', newRate: 110, newRateFrom: '2027-01-01' });
    const isolated = rateChangeSubjects(he).find((x) => x.includes('\u2068'))!;
    const subject = isolated.replace(/[\u2068\u2069]/g, '');
    const drafts = [...noTerms, logged({ kind: 'rate-change', subject })];
    expect(kinds(tracker({ clients: [he], drafts }), '2026-11-23', 'rate-change')).toEqual([]);
  });
  it('in every language, a different rate from the same day is a new proposal', () => {
    for (const language of ['en', 'nb', 'is', 'he', 'ja'] as const) {
      const planned = client({ language, currency: 'JPY', newRate: 9000, newRateFrom: '2027-01-01' });
      const composed = composeDraft(
        kinds(tracker({ clients: [planned], drafts: noTerms }), '2026-11-22', 'rate-change')[0]!,
        tracker({ clients: [planned], drafts: noTerms }),
      );
      if (!composed.ok) throw new Error(composed.diagnostic.message);
      const made = [...noTerms, logged({ kind: 'rate-change', subject: composed.draft.subject })];
      const again = (c: typeof planned) =>
        kinds(tracker({ clients: [c], drafts: made }), '2026-11-23', 'rate-change');
      expect(again(planned), language).toEqual([]);
      expect(again({ ...planned, newRate: 9500 }), language).toHaveLength(1);
    }
  });
  it('recognises a Japanese proposal logged before its subject named the rate', () => {
    const planned = client({ language: 'ja', currency: 'JPY', newRate: 9000, newRateFrom: '2027-01-01' });
    const drafts = [
      ...noTerms,
      logged({ kind: 'rate-change', subject: '料金改定のお知らせ（2027年1月1日より）' }),
    ];
    expect(kinds(tracker({ clients: [planned], drafts }), '2026-11-23', 'rate-change')).toEqual([]);
  });
});

describe('report drafts', () => {
  it('are made on request with the link and goal lines given', () => {
    const line = { goal: 'Sign-ups', progress: msg`${'180'} of ${'500'}` };
    const item = reportDraft(tracker(), 'acme', '2026-10', 'https://docs.google.com/document/d/abc/edit', [
      line,
    ]);
    expect(item.kind).toBe('report');
    expect(item.client.name).toBe('Acme');
    expect(item.report?.link).toBe('https://docs.google.com/document/d/abc/edit');
    expect(item.goals).toEqual([line]);
    expect(() => reportDraft(tracker(), 'Nobody', '2026-10', 'x')).toThrow(/no client called/);
  });
  it('reportDraftItem finds the newest logged report, or says to generate one first', () => {
    const reports = [
      { row: 2, client: 'Acme', month: '2026-10', link: 'https://old', docId: 'a', generated: '' },
      { row: 3, client: 'Acme', month: '2026-10', link: 'https://new', docId: 'b', generated: '' },
    ];
    expect(reportDraftItem(tracker({ reports }), 'Acme', '2026-10').report?.link).toBe('https://new');
    expect(() => reportDraftItem(tracker(), 'Acme', '2026-10')).toThrow(
      /Generate the October 2026 report for Acme first/,
    );
  });
});
