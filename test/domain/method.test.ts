// The rest of the method on a small tracker: deadlines kept, client health, the score over time.

import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../src/domain/dates';
import { deadlineRecord, deadlineWarnings } from '../../src/domain/method/deadlines';
import { businessHealth, clientHealth, health } from '../../src/domain/method/health';
import {
  goalEstimates,
  monthsBack,
  recurringBTasks,
  scoreHistory,
  valueScore,
} from '../../src/domain/method/score-history';
import { readTracker } from '../../src/domain/read-tracker';
import { buildReport } from '../../src/domain/report/build-report';
import { privateView } from '../../src/domain/report/private-view';
import { renderReportHtml } from '../../src/domain/report/report-html';
import type { Tracker } from '../../src/domain/types';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);
const TODAY = '2026-11-20';

const TASK_HEADER = [
  'Date',
  'Client',
  'Task',
  'Goal',
  'Mark',
  'Hours',
  'Result',
  'Client benefit',
  'Billable',
  'Deadline',
  'Delivered',
];

function tracker(extraTasks: unknown[][] = [], extra: Partial<Record<string, unknown[][]>> = {}): Tracker {
  return readTracker(
    {
      Clients: [
        [
          'Client',
          'Email',
          'Language',
          'Currency',
          'Hourly rate',
          'Status',
          'New hourly rate',
          'New rate from',
        ],
        ['Acme', 'a@acme.example', 'en', 'EUR', 100, 'active', 120, day('2027-01-01')],
        ['Quiet', 'q@quiet.example', 'en', 'EUR', 100, 'active', '', ''],
        ['Old', 'o@old.example', 'en', 'EUR', 100, 'ended', '', ''],
        ...(extra.Clients ?? []),
      ],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Target', 'Baseline', 'Current', 'Status'],
        ['Acme', 'More sign-ups', 1, 500, 100, 300, 'open'],
        ['Acme', 'Faster site', 2, 2, 5, 3, 'open'],
      ],
      Tasks: [
        TASK_HEADER,
        // October deadlines for Acme: on time, on the day, two days late, never delivered.
        [
          day('2026-10-02'),
          'Acme',
          'Landing page',
          'More sign-ups',
          '',
          4,
          '',
          '',
          true,
          day('2026-10-05'),
          day('2026-10-04'),
        ],
        [
          day('2026-10-06'),
          'Acme',
          'Newsletter',
          'More sign-ups',
          '',
          2,
          '',
          '',
          true,
          day('2026-10-10'),
          day('2026-10-10'),
        ],
        [
          day('2026-10-12'),
          'Acme',
          'Speed fix',
          'Faster site',
          '',
          3,
          '',
          '',
          true,
          day('2026-10-14'),
          day('2026-10-16'),
        ],
        [day('2026-10-20'), 'Acme', 'Image audit', 'Faster site', '', 1, '', '', true, day('2026-10-25'), ''],
        // Routine work that recurs.
        [day('2026-10-03'), 'Acme', 'Reply to  support mail', '', 'B', 0.5, '', '', true, '', ''],
        [day('2026-11-03'), 'Acme', 'reply to support mail', '', 'B', 0.75, '', '', true, '', ''],
        [day('2026-11-04'), 'Acme', 'Invoice run', '', 'A', 1, '', '', true, '', ''],
        // Upcoming and overdue without delivery.
        [day('2026-11-18'), 'Acme', 'Due soon', 'More sign-ups', '', 1, '', '', true, day('2026-11-25'), ''],
        [day('2026-11-18'), 'Acme', 'Due later', 'More sign-ups', '', 1, '', '', true, day('2026-12-10'), ''],
        [day('2026-11-18'), 'Quiet', 'Overdue', '', 'A', 1, '', '', true, day('2026-11-19'), ''],
        // Quiet worked a lot in the three months before, little this month.
        [day('2026-08-10'), 'Quiet', 'Work', '', 'A', 12, '', '', true, '', ''],
        [day('2026-09-10'), 'Quiet', 'Work', '', 'A', 12, '', '', true, '', ''],
        [day('2026-10-10'), 'Quiet', 'Work', '', 'A', 12, '', '', true, '', ''],
        [day('2026-11-02'), 'Quiet', 'Work', '', 'A', 2, '', '', true, '', ''],
        ...extraTasks,
      ],
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Due', 'Paid on'],
        ['A-1', 'Acme', day('2026-09-01'), 1000, 'EUR', day('2026-09-15'), day('2026-09-25')],
        ['A-2', 'Acme', day('2026-10-01'), 1000, 'EUR', day('2026-10-15'), day('2026-10-15')],
        ['Q-1', 'Quiet', day('2026-09-01'), 3000, 'EUR', day('2026-09-15'), day('2026-10-25')],
        ['Q-2', 'Quiet', day('2026-10-01'), 3000, 'EUR', day('2026-10-15'), ''],
        ...(extra.Invoices ?? []),
      ],
      Settings: [['Setting', 'Value']],
      Drafts: [
        ['Date', 'Kind', 'Client', 'Invoice', 'Stage', 'To', 'Subject', 'Draft id'],
        [day('2026-11-10'), 'update', 'Acme', '', '', 'a@acme.example', 'Update', 'd1'],
        [day('2026-09-01'), 'update', 'Quiet', '', '', 'q@quiet.example', 'Update', 'd2'],
      ],
    },
    TZ,
  );
}

describe('deadlines kept', () => {
  it('counts a month’s deadlines delivered on or before the day, and lists the missed ones with days late', () => {
    const record = deadlineRecord(tracker().tasks, 'Acme', '2026-10', TODAY);
    expect(record.due).toBe(4);
    expect(record.onTime).toBe(2);
    expect(record.missed.map((m) => [m.task, m.daysLate, m.delivered])).toEqual([
      ['Speed fix', 2, '2026-10-16'],
      ['Image audit', 26, null],
    ]);
  });

  it('does not judge a deadline that is still ahead', () => {
    const record = deadlineRecord(tracker().tasks, 'Acme', '2026-12', TODAY);
    expect(record).toEqual({ due: 0, onTime: 0, missed: [] });
  });

  it('warns of deadlines in the next seven days and of past ones with no delivery date', () => {
    const { upcoming, overdue } = deadlineWarnings(tracker().tasks, TODAY);
    expect(upcoming.map((w) => [w.task, w.daysLeft])).toEqual([['Due soon', 5]]);
    expect(overdue.map((w) => [w.client, w.task, w.daysLeft])).toEqual([
      ['Acme', 'Image audit', -26],
      ['Quiet', 'Overdue', -1],
    ]);
  });
});

describe('client health', () => {
  it('gives each active client its signs and flags a client at risk with the reasons', () => {
    const t = tracker();
    const quiet = clientHealth(t, t.clients.find((c) => c.name === 'Quiet')!, TODAY);
    expect(quiet.daysSinceContact).toBe(80);
    expect(quiet.avgDaysLate).toBe(40);
    expect(quiet.overdue).toEqual({ invoices: 1, amount: 3000, currency: 'EUR', oldestDays: 36 });
    expect(quiet.hoursThisMonth).toBe(3);
    expect(quiet.hoursAverage3).toBe(12);
    expect(quiet.atRisk).toBe(true);
    expect(quiet.reasons.map((r) => r.code)).toEqual(['silent', 'pays-late', 'overdue', 'hours-falling']);
  });

  it('shows a healthy client with a pending rate change and its missed deadlines', () => {
    const t = tracker();
    const acme = clientHealth(t, t.clients.find((c) => c.name === 'Acme')!, TODAY);
    expect(acme.daysSinceContact).toBe(10);
    expect(acme.avgDaysLate).toBe(5);
    expect(acme.overdue.invoices).toBe(0);
    expect(acme.missedDeadlines90).toBe(2);
    expect(acme.pendingRateChange).toEqual({ rate: 120, from: '2027-01-01' });
    expect(acme.reasons).toEqual([{ code: 'missed-deadlines', count: 2 }]);
  });

  it('lists active clients only, and measures how much income rests on the largest client', () => {
    const h = health(tracker(), TODAY);
    expect(h.clients.map((c) => c.client)).toEqual(['Acme', 'Quiet']);
    expect(h.business.largestClient).toBe('Quiet');
    // Issued in the last three months: A-1 1000, A-2 1000, Q-1 3000, Q-2 3000.
    expect(h.business.largestClientShare).toBe(0.75);
    expect(h.business.concentrated).toBe(true);
    expect(businessHealth(tracker(), TODAY, { concentrationThreshold: 0.8 }).concentrated).toBe(false);
  });

  it('measures the share in the freelancer’s own currency and counts invoices in others apart', () => {
    const t = tracker([], {
      Invoices: [['Y-1', 'Acme', day('2026-11-01'), 900000, 'JPY', day('2026-11-30'), '']],
    });
    const h = businessHealth(t, TODAY);
    expect(h.currency).toBe('EUR');
    expect(h.largestClient).toBe('Quiet');
    expect(h.largestClientShare).toBe(0.75);
    expect(h.otherCurrencies).toBe(1);
  });

  it('counts leads for the pipeline and never treats a lead as an active client', () => {
    const t = tracker([], { Clients: [['Maybe', 'm@maybe.example', 'en', 'EUR', 100, 'lead', '', '']] });
    const h = health(t, TODAY);
    expect(h.business.leads).toBe(1);
    expect(h.clients.map((c) => c.client)).not.toContain('Maybe');
  });
});

describe('the score over time', () => {
  it('scores each of the last six months, oldest first, with no score for a month without hours', () => {
    const history = scoreHistory(tracker(), 'Acme', '2026-11');
    expect(history.map((h) => h.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(history[0]).toEqual({ month: '2026-06', hours: 0, score: null });
    // October: 10 goal hours and 0.5 B hours → 10 / 10.5.
    expect(history[4]).toEqual({ month: '2026-10', hours: 10.5, score: 95 });
    // November: 2 goal, 1 A, 0.75 B → 3 / 3.75.
    expect(history[5]).toEqual({ month: '2026-11', hours: 3.75, score: 80 });
  });

  it('counts back across a year end', () => {
    expect(monthsBack('2026-02', 3)).toBe('2025-11');
    expect(monthsBack('2026-12', 0)).toBe('2026-12');
  });

  it('scores with the Settings weights', () => {
    const tasks = tracker().tasks.filter((t) => t.client === 'Acme' && t.date.startsWith('2026-11'));
    expect(valueScore(tasks, { goal: 1, a: 0, b: 0 })).toBe(53);
    expect(valueScore([], { goal: 1, a: 1, b: 0 })).toBeNull();
  });

  it('lists routine B tasks that recur, folding case and spaces', () => {
    expect(recurringBTasks(tracker(), 'Acme', '2026-11')).toEqual([
      { task: 'Reply to  support mail', times: 2, hours: 1.25 },
    ]);
  });

  it('sets each goal’s estimate against the hours spent so far', () => {
    const estimates = new Map([['More sign-ups', 10]]);
    expect(goalEstimates(tracker(), 'Acme', estimates, '2026-11-30')).toEqual([
      { goal: 'More sign-ups', estimate: 10, actual: 8, share: 0.8 },
    ]);
  });
});

describe('the private view over time', () => {
  it('carries six months of scores, recurring B work, estimates from Goals and the missed deadlines', () => {
    const tr = tracker();
    tr.goals.find((g) => g.goal === 'Faster site')!.estimate = 5;
    const view = privateView(tr, 'Acme', '2026-11', TODAY);
    expect(view.history.map((h) => h.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(view.history[5]!.score).toBe(view.score);
    expect(view.history[0]!.score).toBeNull();
    expect(view.recurringB.map((r) => [r.task, r.times])).toEqual([['Reply to  support mail', 2]]);
    // Only goals with an estimate; hours up to the month's end.
    expect(view.estimates).toEqual([{ goal: 'Faster site', estimate: 5, actual: 4, share: 0.8 }]);
    expect(view.deadlines).toEqual({ due: 0, onTime: 0, missed: [] });
    const october = privateView(tr, 'Acme', '2026-10', TODAY);
    expect([october.deadlines.due, october.deadlines.onTime]).toEqual([4, 2]);
    expect(october.deadlines.missed.map((m) => [m.task, m.daysLate])).toEqual([
      ['Speed fix', 2],
      ['Image audit', 26],
    ]);
  });
});

describe('one client, however its name is typed', () => {
  it('a name with a zero-width or no-break space is the same client in the report, score history and private view', () => {
    const tr = tracker();
    const typed = 'Ac\u200bme';
    tr.goals.find((g) => g.goal === 'Faster site')!.estimate = 5;
    const plain = privateView(tr, 'Acme', '2026-11', TODAY);
    // Rows whose Client cell holds invisible or no-break spaces, as pasted from a mail or a web page.
    for (const t of tr.tasks) if (t.client === 'Acme') t.client = typed;
    for (const g of tr.goals) if (g.client === 'Acme') g.client = 'Acme\u00a0\u00a0';
    expect(buildReport(tr, typed, '2026-11', TODAY).client.name).toBe('Acme');
    expect(scoreHistory(tr, typed, '2026-11')).toEqual(scoreHistory(tracker(), 'Acme', '2026-11'));
    const view = privateView(tr, typed, '2026-11', TODAY);
    expect(view.history).toEqual(plain.history);
    expect(view.estimates).toEqual([{ goal: 'Faster site', estimate: 5, actual: 4, share: 0.8 }]);
  });
});

describe('deadlines and bars in the client’s report', () => {
  it('says how many deadlines were kept, names no missed one, and draws goal and time bars from cells', () => {
    const html = renderReportHtml(buildReport(tracker(), 'Acme', '2026-10', TODAY));
    expect(html).toContain('<p style="text-align:left;">This month I met 2 of 4 deadlines.</p>');
    expect(html).not.toMatch(/late|overdue/i);
    // More sign-ups: from 100 towards 500, now 300: half way, a bar of two cells 50 % and 50 %.
    const bars =
      html.match(/<table style="border-collapse:collapse;width:60%;margin:2px 0 8px;">.*?<\/table>/g) ?? [];
    expect(bars[0]).toMatch(
      /width:50%;[^"]*background-color:#1a73e8.*width:50%;[^"]*background-color:#e0e0e0/,
    );
    // The time split: one cell per kind of work, widths adding up to the whole row.
    const split = html.match(
      /<table style="border-collapse:collapse;width:100%;"><tr>(<td style="width:\d+%;height:12px.*?<\/td>)+<\/tr><\/table>/,
    )?.[0];
    expect(split).toBeDefined();
    const widths = [...split!.matchAll(/width:(\d+)%;height:12px/g)].map((w) => Number(w[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    expect(html).toMatch(/&#9632;<\/span>&nbsp;Your goals&nbsp;\d+%/);
  });

  it('leaves the deadline line out of a month without deadlines, and counts by PluralRules', () => {
    expect(renderReportHtml(buildReport(tracker(), 'Acme', '2026-11', TODAY))).not.toContain('deadline');
    const one = tracker([
      [day('2026-09-02'), 'Acme', 'Only one', '', 'A', 1, '', '', true, day('2026-09-05'), day('2026-09-05')],
    ]);
    expect(renderReportHtml(buildReport(one, 'Acme', '2026-09', TODAY))).toContain(
      'This month there was one deadline, and I met it.',
    );
  });
});

describe('the printable tracking sheet', () => {
  it('lists open goals in priority order, numbered, with target and current, and ruled rows in the Tasks order', async () => {
    const { renderPrintSheetHtml } = await import('../../src/domain/method/print-sheet');
    const t = tracker();
    const html = renderPrintSheetHtml({ client: 'Acme', month: '2026-12', goals: t.goals, language: 'en' });
    expect(html).toContain('Tracking sheet: Acme, December 2026');
    const first = html.indexOf('More sign-ups');
    const second = html.indexOf('Faster site');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain('now / target: <bdi>300 / 500</bdi>');
    const header = ['Date', 'Task', 'Goal no.', 'Mark', 'Hours', 'Result'].map((h) =>
      html.indexOf(`>${h}</th>`),
    );
    expect(header.every((at, i) => at > 0 && (i === 0 || at > header[i - 1]!))).toBe(true);
    expect(html.match(/<tr>/g)?.length).toBe(23);
    expect(html).toContain('A: serves no goal');
  });

  it('escapes goal text and isolates it, and writes Hebrew right to left', async () => {
    const { renderPrintSheetHtml } = await import('../../src/domain/method/print-sheet');
    const goals = tracker().goals.map((g) => ({ ...g, goal: `<script>x</script> ${g.goal}` }));
    const html = renderPrintSheetHtml({ client: 'Acme <b>', month: '2026-12', goals, language: 'he' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<bdi>&lt;script&gt;');
    expect(html).toContain('<html lang="he" dir="rtl">');
  });

  it('draws a progress bar from two cells whose widths are the share', async () => {
    const { progressBarHtml } = await import('../../src/domain/method/print-sheet');
    expect(progressBarHtml(0.64)).toMatch(/width:64%.*width:36%/);
    expect(progressBarHtml(1.5).match(/<td/g)?.length).toBe(1);
    expect(progressBarHtml(0).match(/<td/g)?.length).toBe(1);
  });
});
