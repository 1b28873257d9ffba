// Close the month, planned: what each client gets, what is done, what changed since, what is in the way.

import { describe, expect, it } from 'vitest';
import {
  type CloseInputs,
  monthInvoice,
  planMonthEnd,
  stepsToRun,
} from '../../../src/domain/month-end/close-plan';
import { coverSubjects } from '../../../src/domain/month-end/cover-mail';
import { formatStamp, workStamp } from '../../../src/domain/month-end/work-stamp';
import { say } from '../../../src/domain/problems';
import { diagnostic } from '../../../src/domain/problems/render';
import type { Tracker } from '../../../src/domain/types';
import { client, invoice, logged, task, tracker } from '../../support/mail-fixtures';

const MONTH = '2026-11';
const TODAY = '2026-12-02';
const INPUTS: CloseInputs = {
  coverSubjects: ['Report and invoice for November 2026'],
  reportSubjects: ['Your report for November 2026'],
};

const november = [
  task({ row: 2, date: '2026-11-03', hours: 2, mark: 'A', task: 'Fixed checkout' }),
  task({ row: 3, date: '2026-11-10', hours: 1.5, mark: 'B', task: 'Updated plugins' }),
  task({ row: 4, date: '2026-11-18', hours: 1, mark: 'B', billable: false, task: 'Call' }),
];

const plan = (t: Tracker, today = TODAY, inputs = INPUTS) => planMonthEnd(t, MONTH, today, inputs);
const only = (t: Tracker, today = TODAY) => {
  const clients = plan(t, today).clients;
  expect(clients).toHaveLength(1);
  return clients[0]!;
};

/** The tracker as it reads after a close: report logged with its stamp, tasks marked, cover drafted. */
function closed(t: Tracker, overrides: { stamp?: string | null; cover?: boolean } = {}): Tracker {
  const stamp = overrides.stamp === undefined ? formatStamp(workStamp(t, 'Acme', MONTH)) : overrides.stamp;
  const tasks = t.tasks.map((x) => (x.billable ? { ...x, invoice: 'ACME-2026-11' } : x));
  return {
    ...t,
    tasks,
    reports: [
      {
        row: 2,
        client: 'Acme',
        month: MONTH,
        link: 'https://docs.google.com/document/d/r1/edit',
        docId: 'r1',
        generated: '2026-12-01T08:00:00Z',
        ...(stamp === null ? {} : { stamp }),
      },
    ],
    invoices: [
      invoice({
        invoice: 'ACME-2026-11',
        issued: '2026-12-01',
        due: '2026-12-15',
        amount: 315,
        file: 'https://drive.google.com/file/d/p1/view',
      }),
    ],
    drafts:
      overrides.cover === false
        ? []
        : [
            logged({
              date: '2026-12-01',
              kind: 'report',
              invoice: 'ACME-2026-11',
              subject: 'Report and invoice for November 2026',
              draftId: 'd1',
            }),
          ],
  };
}

describe('who is on the checklist', () => {
  it('every client with work in the month, leads and idle clients left out, ended ones kept', () => {
    const t = tracker({
      clients: [
        client({ row: 2, name: 'Acme' }),
        client({ row: 3, name: 'Idle', email: 'idle@example.com' }),
        client({ row: 4, name: 'Prospect', status: 'lead' }),
        client({ row: 5, name: 'Gone', status: 'ended' }),
      ],
      tasks: [
        ...november,
        task({ row: 5, client: 'Idle', date: '2026-10-30' }),
        task({ row: 6, client: 'Prospect', date: '2026-11-04' }),
        task({ row: 7, client: 'Gone', date: '2026-11-02' }),
      ],
    });
    expect(plan(t).clients.map((c) => c.client)).toEqual(['Acme', 'Gone']);
  });

  it('counts the month’s tasks and hours per client', () => {
    const c = only(tracker({ tasks: november }));
    expect([c.tasks, c.hours]).toEqual([3, 4.5]);
  });
});

describe('a month not closed yet', () => {
  it('makes the report, the invoice and one cover email, ticked', () => {
    const c = only(tracker({ tasks: november }));
    expect([c.report.state, c.invoice.state, c.draft.state]).toEqual(['make', 'make', 'make']);
    expect([c.ticked, c.redo]).toEqual([true, false]);
    expect(stepsToRun(c, false)).toEqual(['report', 'invoice', 'draft']);
  });

  it('before the month is over, nothing can be made and it says until when', () => {
    const p = plan(tracker({ tasks: november }), '2026-11-30');
    expect(p.monthOver).toBe(false);
    const c = p.clients[0]!;
    for (const step of [c.report, c.invoice, c.draft]) {
      expect(step.state).toBe('blocked');
      expect(step.reasons).toEqual([{ code: 'month-not-over', month: MONTH, lastDay: '2026-11-30' }]);
    }
    expect(c.ticked).toBe(false);
    expect(stepsToRun(c, true)).toEqual([]);
  });

  it('without an hourly rate: the report alone, the invoice and the cover email wait for the rate', () => {
    const c = only(tracker({ clients: [client({ hourlyRate: null })], tasks: november }));
    expect(c.report.state).toBe('make');
    expect(c.invoice).toEqual({ state: 'blocked', reasons: [{ code: 'no-hourly-rate', row: 2 }] });
    expect(c.draft).toEqual({ state: 'blocked', reasons: [{ code: 'invoice-first' }] });
    expect(stepsToRun(c, false)).toEqual(['report']);
  });

  it('tasks with neither goal nor mark stop the report and invoice, naming the rows', () => {
    const left = (row: number) =>
      diagnostic({
        sheet: 'Tasks',
        row,
        column: 'Goal',
        says: [say('noGoalNoMark')],
        severity: 'error',
        client: 'Acme',
      });
    const t = tracker({ tasks: november, diagnostics: [left(9), left(8)] });
    const c = only(t);
    const reason = { code: 'unclassified-tasks', n: 2, rows: [8, 9] };
    expect(c.report).toEqual({ state: 'blocked', reasons: [reason] });
    expect(c.invoice).toEqual({ state: 'blocked', reasons: [reason] });
    expect(c.draft.reasons).toEqual([{ code: 'report-first' }]);
    // With the rows' days known, one from October does not stand in November's way.
    const dated = planMonthEnd(t, MONTH, TODAY, {
      ...INPUTS,
      leftOutDates: new Map([
        [8, '2026-10-31'],
        [9, '2026-11-05'],
      ]),
    }).clients[0]!;
    expect(dated.report.reasons).toEqual([{ code: 'unclassified-tasks', n: 1, rows: [9] }]);
  });

  it('rows left out for other errors are a warning, not in the way', () => {
    const bad = diagnostic({
      sheet: 'Tasks',
      row: 12,
      column: 'Hours',
      says: [say('taskNoHours')],
      severity: 'error',
      client: 'Acme',
    });
    const c = only(tracker({ tasks: november, diagnostics: [bad] }));
    expect(c.warnings).toEqual([{ code: 'rows-left-out', n: 1, rows: [12] }]);
    expect(c.report.state).toBe('make');
  });

  it('no billable hours: no invoice, and the cover email carries the report alone', () => {
    const c = only(tracker({ tasks: november.map((x) => ({ ...x, billable: false })) }));
    expect(c.invoice).toEqual({ state: 'none', reasons: [{ code: 'no-billable-hours' }] });
    expect(c.draft.state).toBe('make');
    expect(stepsToRun(c, false)).toEqual(['report', 'draft']);
  });

  it('no email address: the cover email cannot be addressed', () => {
    const c = only(tracker({ clients: [client({ email: ' ' })], tasks: november }));
    expect(c.draft).toEqual({ state: 'blocked', reasons: [{ code: 'no-email', row: 2 }] });
  });

  it('a report emailed on its own before: the cover email is still made, and says so', () => {
    const t = tracker({
      tasks: november,
      drafts: [logged({ kind: 'report', subject: 'Your report for November 2026' })],
    });
    expect(only(t).draft).toEqual({ state: 'make', reasons: [{ code: 'mailed-without-invoice' }] });
  });
});

describe('a second run', () => {
  it('finds everything done and makes nothing', () => {
    const c = only(closed(tracker({ tasks: november })));
    expect([c.report.state, c.invoice.state, c.draft.state]).toEqual(['done', 'done', 'done']);
    expect(c.report.link).toBe('https://docs.google.com/document/d/r1/edit');
    expect([c.invoice.invoice, c.invoice.link]).toEqual([
      'ACME-2026-11',
      'https://drive.google.com/file/d/p1/view',
    ]);
    expect(c.draft.draftId).toBe('d1');
    expect([c.ticked, c.redo]).toEqual([false, false]);
    expect(stepsToRun(c, true)).toEqual([]);
  });

  it('the cover email is found by its invoice number as well as by its subject', () => {
    const t = closed(tracker({ tasks: november }));
    t.drafts[0] = { ...t.drafts[0]!, subject: 'Something the freelancer retyped' };
    expect(only(t).draft.state).toBe('done');
  });

  it('a task added afterwards: report, invoice and cover email offered for a redo, not ticked', () => {
    const t = closed(tracker({ tasks: november }));
    t.tasks.push(task({ row: 9, date: '2026-11-28', hours: 2, mark: 'A', task: 'Late fix' }));
    const c = only(t);
    expect(c.report).toMatchObject({ state: 'redo', reasons: [{ code: 'tasks-added', n: 1 }] });
    expect(c.invoice).toMatchObject({ state: 'redo', reasons: [{ code: 'hours-unbilled', hours: 2 }] });
    expect(c.draft).toMatchObject({
      state: 'redo',
      reasons: [{ code: 'attachments-changed' }],
      draftId: 'd1',
    });
    expect([c.ticked, c.redo]).toEqual([false, true]);
    expect(stepsToRun(c, false)).toEqual([]);
    expect(stepsToRun(c, true)).toEqual(['report', 'invoice', 'draft']);
  });

  it('a task that is not billed: the report is redone, the invoice stays', () => {
    const t = closed(tracker({ tasks: november }));
    t.tasks.push(task({ row: 9, date: '2026-11-28', billable: false }));
    const c = only(t);
    expect(c.report.state).toBe('redo');
    expect(c.invoice.state).toBe('done');
    expect(c.draft.state).toBe('redo');
  });

  it('billed hours edited: the invoice is offered again', () => {
    const t = closed(tracker({ tasks: november }));
    t.tasks[0] = { ...t.tasks[0]!, hours: 3 };
    const c = only(t);
    expect(c.report.reasons).toEqual([{ code: 'tasks-edited' }]);
    expect(c.invoice).toMatchObject({ state: 'redo', reasons: [{ code: 'tasks-edited' }] });
  });

  it('a goal moved on: the report is offered again, the invoice is not', () => {
    const t = closed(tracker({ tasks: november }));
    t.goals.push({
      row: 2,
      client: 'Acme',
      goal: 'Sell more',
      priority: 1,
      target: 100,
      unit: 'orders',
      baseline: 10,
      current: 40,
      due: null,
      status: 'open',
      estimate: null,
    });
    const c = only(t);
    expect(c.report).toMatchObject({ state: 'redo', reasons: [{ code: 'goals-edited' }] });
    expect(c.invoice.state).toBe('done');
  });

  it('a report made before stamps were kept is done: nothing to compare, nothing offered', () => {
    const t = closed(tracker({ tasks: november }), { stamp: null });
    t.tasks.push(task({ row: 9, date: '2026-11-28', billable: false }));
    expect(only(t).report).toMatchObject({ state: 'done', reasons: [] });
  });

  it('an invoice already chased stays as it is; the new hours go on next month’s invoice', () => {
    const t = closed(tracker({ tasks: november }));
    t.invoices[0] = { ...t.invoices[0]!, reminderStage: 1, lastReminder: '2026-12-16' };
    t.tasks.push(task({ row: 9, date: '2026-11-28', hours: 2 }));
    const c = only(t);
    expect(c.invoice).toMatchObject({
      state: 'done',
      reasons: [
        { code: 'invoice-chased', invoice: 'ACME-2026-11', row: 2, stage: 1 },
        { code: 'hours-next-invoice', hours: 2 },
      ],
    });
    expect(c.report.state).toBe('redo');
  });

  it('an invoice paid or sent is not sent again under a first cover email', () => {
    const paid = closed(tracker({ tasks: november }), { cover: false });
    paid.invoices[0] = { ...paid.invoices[0]!, paidOn: '2026-12-05' };
    expect(only(paid).draft).toEqual({
      state: 'blocked',
      reasons: [{ code: 'invoice-paid', invoice: 'ACME-2026-11', row: 2, paidOn: '2026-12-05' }],
    });
    // Sent on (kept by the Invoices tab where it has the column) is another lock.
    const sent = closed(tracker({ tasks: november }), { cover: false });
    sent.invoices[0] = Object.assign({ ...sent.invoices[0]! }, { sentOn: '2026-12-01' });
    sent.tasks.push(task({ row: 9, date: '2026-11-28', hours: 1 }));
    const c = only(sent);
    expect(c.invoice.reasons[0]).toEqual({
      code: 'invoice-sent',
      invoice: 'ACME-2026-11',
      row: 2,
      sentOn: '2026-12-01',
    });
    expect(c.draft.state).toBe('blocked');
  });

  it('a cover email made without an invoice is offered again once there are hours to bill', () => {
    const t = tracker({
      tasks: [task({ row: 2, date: '2026-11-03', billable: false })],
      drafts: [logged({ kind: 'report', subject: 'Report and invoice for November 2026', draftId: 'd0' })],
    });
    expect(only(t).draft.state).toBe('done');
    t.tasks.push(task({ row: 3, date: '2026-11-04', hours: 1 }));
    expect(only(t).draft.state).toBe('redo');
  });
});

describe('a Hebrew cover email, by its subject', () => {
  // An Israeli seller's cover now says חשבון עסקה; one drafted before said חשבונית. Both are found.
  it.each([
    ['under the invoice’s words', 'דוח וחשבונית לחודש נובמבר 2026'],
    ['under the demand’s words', 'דוח וחשבון עסקה לחודש \u2068נובמבר 2026\u2069'],
  ])('is found %s', (_, subject) => {
    const t = tracker({
      tasks: [task({ row: 2, date: '2026-11-03', billable: false })],
      drafts: [logged({ kind: 'report', subject, draftId: 'd0' })],
    });
    const inputs = { ...INPUTS, coverSubjects: coverSubjects(MONTH) };
    expect(plan(t, TODAY, inputs).clients[0]!.draft.state).toBe('done');
    expect(plan(t, TODAY, { ...INPUTS, coverSubjects: [] }).clients[0]!.draft.state).not.toBe('done');
  });
});

describe('the month’s invoice', () => {
  it('is the one the month’s tasks are marked with, the earliest when late hours went on a later one', () => {
    const t = tracker({
      tasks: [
        task({ row: 2, date: '2026-10-05', invoice: 'ACME-2026-10' }),
        task({ row: 3, date: '2026-10-30', invoice: 'ACME-2026-11' }),
      ],
      invoices: [
        invoice({ row: 3, invoice: 'ACME-2026-11', issued: '2026-12-01' }),
        invoice({ row: 2, invoice: 'ACME-2026-10', issued: '2026-11-01' }),
        invoice({ row: 4, invoice: 'OTHER-1', client: 'Other', issued: '2026-10-01' }),
      ],
    });
    expect(monthInvoice(t, 'acme', '2026-10')?.invoice).toBe('ACME-2026-10');
    expect(monthInvoice(t, 'Acme', '2026-09')).toBeUndefined();
  });

  it('a mark naming an invoice with no row counts as unbilled: the invoice is made', () => {
    const t = tracker({ tasks: november.map((x) => ({ ...x, invoice: 'GONE-1' })) });
    expect(only(t).invoice.state).toBe('make');
  });
});
