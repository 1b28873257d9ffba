// The sample data: consistent with itself, clean for the sheet reader, dated relative to any today,
// with invoices at every reminder stage, and written in each client's own language and script.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isLocalDate,
  monthOf,
  monthRange,
  previousMonth,
  startOfLocalDate,
} from '../../src/domain/dates';
import { dueReminders, stageFor } from '../../src/domain/mail/reminders';
import { type RawTabs, readTracker } from '../../src/domain/read-tracker';
import { type SampleCell, type SampleData, type SampleRow, sampleData } from '../../src/domain/sample-data';
import { SETTING_ROWS, type TabName, tabSpec } from '../../src/domain/tabs';
import { LANGUAGES } from '../../src/domain/types';

const TODAY = '2026-11-22';
const HEBREW = /[\u05D0-\u05EA]/;
const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;

const dayOf = (cell: SampleCell | undefined): string | null =>
  typeof cell === 'object' && cell !== null ? cell.date : null;

const DATE_KEYS: Record<'Clients' | 'Goals' | 'Tasks' | 'Invoices', string[]> = {
  Clients: ['newRateFrom'],
  Goals: ['due'],
  Tasks: ['date', 'deadline', 'delivered'],
  Invoices: ['issued', 'due', 'paidOn'],
};

/** The sample as the sheet holds it: headers from tabs.ts, dates as midnight in the sheet's zone. */
function asSheet(sample: SampleData, timeZone: string): RawTabs {
  const raw: RawTabs = {};
  for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const) {
    const columns = tabSpec(tab).columns;
    raw[tab] = [
      columns.map((c) => c.header),
      ...sample[tab].map((row) =>
        columns.map((c) => {
          const value = row[c.key];
          const day = dayOf(value);
          return day ? startOfLocalDate(day, timeZone) : (value ?? '');
        }),
      ),
    ];
  }
  raw.Settings = [
    ['Setting', 'Value'],
    ...SETTING_ROWS.map((s) => [s.name, sample.settings[s.key] ?? s.defaultValue]),
  ];
  return raw;
}

function invoiceLateness(sample: SampleData, today: string): Map<string, number> {
  const terms = new Map(sample.Clients.map((c) => [c.client, Number(c.paymentTerms)]));
  const late = new Map<string, number>();
  for (const inv of sample.Invoices) {
    if (inv.paidOn !== '') continue;
    const due = dayOf(inv.due) ?? addDays(dayOf(inv.issued)!, terms.get(String(inv.client))!);
    late.set(String(inv.invoice), daysBetween(due, today));
  }
  return late;
}

describe('sampleData', () => {
  const sample = sampleData(TODAY);
  const goalsOf = (client: unknown) => sample.Goals.filter((g) => g.client === client).map((g) => g.goal);

  it('keys every row by the column keys of tabs.ts', () => {
    for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const) {
      const keys = new Set(tabSpec(tab as TabName).columns.map((c) => c.key));
      for (const row of sample[tab]) for (const key of Object.keys(row)) expect(keys).toContain(key);
    }
    const settingKeys = new Set<string>(SETTING_ROWS.map((s) => s.key));
    for (const key of Object.keys(sample.settings)) expect(settingKeys).toContain(key);
  });

  it('reads clean: the sheet reader finds no problem in any row', () => {
    const tracker = readTracker(asSheet(sample, 'Europe/Oslo'), 'Europe/Oslo');
    expect(tracker.diagnostics).toEqual([]);
    expect(tracker.tasks).toHaveLength(sample.Tasks.length);
    expect(tracker.invoices).toHaveLength(sample.Invoices.length);
    expect(tracker.settings.yourName).toBe('Ingrid Solberg');
  });

  it('links every task to exactly one of a goal of its own client or a mark', () => {
    for (const task of sample.Tasks) {
      const hasGoal = task.goal !== '' && task.goal !== undefined;
      const hasMark = task.mark !== '' && task.mark !== undefined;
      expect(hasGoal !== hasMark, String(task.task)).toBe(true);
      if (hasGoal) expect(goalsOf(task.client)).toContain(task.goal);
      else expect(['A', 'B']).toContain(task.mark);
    }
    // Both kinds of marked work, and goal work, occur.
    expect(new Set(sample.Tasks.map((t) => t.mark))).toEqual(new Set(['', 'A', 'B']));
  });

  it('ranks each client’s goals 1..n, unique, with numbers that agree with the progress made', () => {
    for (const client of sample.Clients) {
      const goals = sample.Goals.filter((g) => g.client === client.client);
      expect(goals.length, String(client.client)).toBeGreaterThanOrEqual(1);
      expect(goals.map((g) => g.priority)).toEqual(goals.map((_, i) => i + 1));
      expect(new Set(goals.map((g) => g.goal)).size).toBe(goals.length);
      for (const g of goals) {
        const [target, baseline, current] = [g.target, g.baseline, g.current].map(Number) as [
          number,
          number,
          number,
        ];
        const share = (current - baseline) / (target - baseline);
        if (g.status === 'achieved') expect(share).toBe(1);
        else {
          expect(share, String(g.goal)).toBeGreaterThan(0);
          expect(share, String(g.goal)).toBeLessThan(1);
        }
      }
      if (client.status === 'active') expect(goals.length).toBeGreaterThanOrEqual(2);
    }
    expect(sample.Goals.filter((g) => g.status === 'achieved')).toHaveLength(1);
  });

  it('puts at least 50 tasks in the previous month and a few, none in the future, in this month', () => {
    const { first, last } = monthRange(previousMonth(TODAY));
    const days = sample.Tasks.map((t) => dayOf(t.date)!);
    expect(days.filter((d) => d >= first && d <= last).length).toBeGreaterThanOrEqual(50);
    const thisMonth = days.filter((d) => monthOf(d) === monthOf(TODAY));
    expect(thisMonth.length).toBeGreaterThanOrEqual(3);
    expect(days.every((d) => d >= first && d <= TODAY)).toBe(true);
    expect(days).toEqual([...days].sort());
  });

  it('logs sensible hours, mostly billable, with a few deadlines', () => {
    for (const t of sample.Tasks) {
      expect(t.hours).toBeGreaterThanOrEqual(0.25);
      expect(t.hours).toBeLessThanOrEqual(6);
      expect(Number(t.hours) * 4).toBe(Math.round(Number(t.hours) * 4));
      expect(String(t.result).length, String(t.task)).toBeGreaterThan(0);
    }
    const billable = sample.Tasks.filter((t) => t.billable === true).length;
    expect(billable / sample.Tasks.length).toBeGreaterThan(0.8);
    expect(billable).toBeLessThan(sample.Tasks.length);
    expect(sample.Tasks.filter((t) => t.deadline !== '').length).toBeGreaterThanOrEqual(3);
    expect(sample.Tasks.every((t) => (t.deadline === '') === (t.delivered === ''))).toBe(true);
  });

  it('has one client per language with its own currency and zone, one ended with every invoice paid', () => {
    for (const language of LANGUAGES)
      expect(
        sample.Clients.some((c) => c.language === language && c.status === 'active'),
        language,
      ).toBe(true);
    expect(sample.Clients.filter((c) => c.status === 'active')).toHaveLength(5);
    const ended = sample.Clients.filter((c) => c.status === 'ended');
    expect(ended).toHaveLength(1);
    const endedInvoices = sample.Invoices.filter((i) => i.client === ended[0]!.client);
    expect(endedInvoices.length).toBeGreaterThan(0);
    expect(endedInvoices.every((i) => dayOf(i.paidOn) !== null)).toBe(true);
    const byLanguage = Object.fromEntries(
      sample.Clients.filter((c) => c.status === 'active').map((c) => [c.language, [c.currency, c.timeZone]]),
    );
    expect(byLanguage).toEqual({
      en: ['GBP', 'Europe/London'],
      nb: ['NOK', 'Europe/Oslo'],
      is: ['ISK', 'Atlantic/Reykjavik'],
      he: ['ILS', 'Asia/Jerusalem'],
      ja: ['JPY', 'Asia/Tokyo'],
    });
    for (const c of sample.Clients)
      expect(c.email).toMatch(/^[a-z.]+@[a-z-]+\.example\.(com|no|is|co\.il|jp)$/);
  });

  it('writes each client’s goals, tasks and benefits in the client’s language and script', () => {
    const language = new Map(sample.Clients.map((c) => [c.client, c.language]));
    const texts = (lang: string) => [
      ...sample.Goals.filter((g) => language.get(g.client) === lang).map((g) => String(g.goal)),
      ...sample.Tasks.filter((t) => language.get(t.client) === lang).flatMap((t) =>
        [t.task, t.result, t.benefit].map(String).filter(Boolean),
      ),
    ];
    // Each text carries its script (ASCII product names such as "SMS" or "Instagram" sit inside).
    for (const text of texts('he')) expect(text, text).toMatch(HEBREW);
    for (const text of texts('ja')) expect(text, text).toMatch(JAPANESE);
    expect(texts('nb').join(' ')).toMatch(/[æøå]/);
    expect(texts('is').join(' ')).toMatch(/[ðþ]/);
    for (const lang of ['en', 'nb', 'is']) for (const text of texts(lang)) expect(text).not.toMatch(HEBREW);
    expect(sample.Clients.find((c) => c.language === 'he')!.contact).toMatch(HEBREW);
    expect(sample.Clients.find((c) => c.language === 'ja')!.contact).toMatch(JAPANESE);
  });

  it('gives one active client a new rate starting on the first of a month, weeks after today', () => {
    const planned = sample.Clients.filter((c) => c.newRate !== '' && c.newRate !== undefined);
    expect(planned).toHaveLength(1);
    expect(planned[0]!.status).toBe('active');
    expect(Number(planned[0]!.newRate)).toBeGreaterThan(Number(planned[0]!.hourlyRate));
    const from = dayOf(planned[0]!.newRateFrom)!;
    expect(from.endsWith('-01')).toBe(true);
    expect(daysBetween(TODAY, from)).toBeGreaterThanOrEqual(21);
    expect(daysBetween(TODAY, from)).toBeLessThanOrEqual(52);
  });

  it('bills in the client’s currency, whole hours at the client’s rate, with Drive links by number', () => {
    const clients = new Map(sample.Clients.map((c) => [c.client, c]));
    expect(new Set(sample.Invoices.map((i) => i.invoice)).size).toBe(sample.Invoices.length);
    for (const inv of sample.Invoices) {
      const client = clients.get(String(inv.client))!;
      expect(inv.currency).toBe(client.currency);
      expect(Number(inv.amount) % Number(client.hourlyRate)).toBe(0);
      expect(inv.file).toBe(`https://drive.google.com/file/d/sample-invoice-${inv.invoice}/view`);
      const paid = dayOf(inv.paidOn);
      if (paid) expect(paid > dayOf(inv.issued)! && paid <= TODAY).toBe(true);
    }
    // ISK and JPY have no minor units.
    for (const inv of sample.Invoices.filter((i) => ['ISK', 'JPY'].includes(String(i.currency))))
      expect(Number.isInteger(inv.amount)).toBe(true);
    expect(sample.Invoices.some((i) => i.due === '' && i.paidOn === '')).toBe(true);
  });
});

describe('sample invoice lateness', () => {
  for (const today of ['2026-11-22', '2027-01-03', '2028-03-01']) {
    it(`reaches friendly, firm and final on ${today}, and the reader computes blank Due the same way`, () => {
      const sample = sampleData(today);
      const late = invoiceLateness(sample, today);
      expect([...late.values()].filter((d) => d > 0).sort((a, b) => a - b)).toEqual([2, 9, 14, 20]);
      expect(late.get('INV-1005')).toBe(2);
      expect(late.get('INV-1006')).toBe(9);
      expect(late.get('INV-1007')).toBe(20);
      // Not yet due: at least a week to go, so stages a few days on stay predictable.
      for (const d of late.values()) if (d <= 0) expect(d).toBeLessThanOrEqual(-7);

      const tracker = readTracker(asSheet(sample, 'Asia/Tokyo'), 'Asia/Tokyo');
      expect(tracker.diagnostics).toEqual([]);
      const stages = dueReminders(tracker, today)
        .filter((item) => item.kind === 'payment')
        .map((item) => [item.invoice!.invoice, item.stage]);
      expect(stages).toEqual([
        ['INV-1005', 1],
        ['INV-1006', 2],
        ['INV-1007', 3],
        ['INV-1008', 3],
      ]);
      expect(tracker.invoices.find((i) => i.invoice === 'INV-1005')!.dueWasComputed).toBe(true);
      const kinds = new Set(dueReminders(tracker, today).map((item) => item.kind));
      for (const kind of ['payment', 'update', 'check-in', 'rate-change']) expect(kinds).toContain(kind);
      // Every sample client has been invoiced: terms are for new clients only.
      expect(kinds).not.toContain('terms');
      expect(stageFor(addDays(today, -2), today, [1, 7, 14])).toBe(1);
    });
  }
});

describe('sampleData for any today', () => {
  it('is deterministic: the same today gives the same sample', () => {
    expect(sampleData(TODAY)).toEqual(sampleData(TODAY));
    expect(sampleData('2027-01-03')).not.toEqual(sampleData(TODAY));
  });

  it('wraps the year: on 2027-01-03 the reported month is December 2026', () => {
    const sample = sampleData('2027-01-03');
    const days = sample.Tasks.map((t) => dayOf(t.date)!);
    expect(days.filter((d) => monthOf(d) === '2026-12').length).toBeGreaterThanOrEqual(50);
    expect(days.filter((d) => monthOf(d) === '2027-01').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps every date a real calendar day, previous-month work on working days, for any today', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (today) => {
        const sample = sampleData(today);
        for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const)
          for (const row of sample[tab] as SampleRow[])
            for (const key of DATE_KEYS[tab]) {
              const value = row[key];
              if (value !== '' && value !== undefined)
                expect(isLocalDate(dayOf(value) ?? 'not a date')).toBe(true);
            }
        const { first, last } = monthRange(previousMonth(today));
        const previous = sample.Tasks.map((t) => dayOf(t.date)!).filter((d) => d >= first && d <= last);
        expect(previous.length).toBeGreaterThanOrEqual(50);
        // 2024-01-01 was a Monday: no work logged on a Saturday or Sunday.
        for (const d of previous) expect(((daysBetween('2024-01-01', d) % 7) + 7) % 7).toBeLessThan(5);
        expect(sample.Tasks.every((t) => dayOf(t.date)! <= today)).toBe(true);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
