// Reminders prepared every morning: each due stage drafted exactly once, missed mornings caught up
// without a stage skipped, and the log of runs the sidebar reads.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/domain/dates';
import {
  type MorningLog,
  type MorningRun,
  emptyLog,
  markSeen,
  missedMornings,
  morningChasers,
  parseMorningLog,
  ranOn,
  recordRun,
  serializeMorningLog,
  sinceSeen,
} from '../../../src/domain/month-end/mornings';
import { utf8 } from '../../../src/domain/mail/mime';
import type { Tracker } from '../../../src/domain/types';
import { client, invoice, logged, tracker } from '../../support/mail-fixtures';

/** What a morning run records: the stage and day on the invoice's row, and a Drafts log row. */
function record(
  t: Tracker,
  day: string,
): { tracker: Tracker; drafted: { invoice: string; stage: number }[] } {
  const due = morningChasers(t, day);
  const drafted = due.map((c) => ({ invoice: c.item.invoice!.invoice, stage: c.item.stage! }));
  const invoices = t.invoices.map((i) => {
    const hit = drafted.find((d) => d.invoice === i.invoice);
    return hit ? { ...i, reminderStage: hit.stage, lastReminder: day } : i;
  });
  const drafts = [
    ...t.drafts,
    ...drafted.map((d, n) =>
      logged({
        row: t.drafts.length + n + 2,
        date: day,
        kind: 'payment',
        invoice: d.invoice,
        stage: d.stage,
      }),
    ),
  ];
  return { tracker: { ...t, invoices, drafts }, drafted };
}

/** Plays mornings from `from`, running only where `runs` is true (a trigger that misses some days). */
function play(t: Tracker, from: string, runs: boolean[]) {
  const sent: { day: string; invoice: string; stage: number }[] = [];
  let now = t;
  runs.forEach((ran, i) => {
    if (!ran) return;
    const day = addDays(from, i);
    const result = record(now, day);
    now = result.tracker;
    sent.push(...result.drafted.map((d) => ({ day, ...d })));
  });
  return sent;
}

const invoices = [
  invoice({ row: 2, invoice: 'INV-1', due: '2026-11-01' }),
  invoice({ row: 3, invoice: 'INV-2', due: '2026-11-10' }),
  invoice({ row: 4, invoice: 'INV-3', due: '2026-11-20', paidOn: '2026-11-25' }),
  invoice({ row: 5, invoice: 'INV-4', due: '2026-10-01', reminderStage: 3, lastReminder: '2026-10-20' }),
];

describe('thirty mornings', () => {
  it('every morning: each due stage drafted exactly once, on its day, and nothing for paid or finished invoices', () => {
    const t = tracker({ invoices });
    const sent = play(t, '2026-11-01', Array(30).fill(true));
    expect(sent).toEqual([
      { day: '2026-11-02', invoice: 'INV-1', stage: 1 },
      { day: '2026-11-08', invoice: 'INV-1', stage: 2 },
      { day: '2026-11-11', invoice: 'INV-2', stage: 1 },
      { day: '2026-11-15', invoice: 'INV-1', stage: 3 },
      { day: '2026-11-17', invoice: 'INV-2', stage: 2 },
      { day: '2026-11-24', invoice: 'INV-2', stage: 3 },
    ]);
  });

  it('a morning run twice makes nothing the second time', () => {
    const t = tracker({ invoices });
    const first = record(t, '2026-11-08');
    expect(first.drafted).toEqual([{ invoice: 'INV-1', stage: 1 }]);
    expect(record(first.tracker, '2026-11-08').drafted).toEqual([]);
  });

  it('with mornings missed at random: stages 1, 2, 3 in order, none twice, none before its day or gap', () => {
    const days = [1, 7, 14];
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 30, maxLength: 90 }), (runs) => {
        const t = tracker({ invoices: invoices.slice(0, 2) });
        const sent = play(t, '2026-11-01', runs);
        for (const number of ['INV-1', 'INV-2']) {
          const mine = sent.filter((s) => s.invoice === number);
          const due = t.invoices.find((i) => i.invoice === number)!.due;
          expect(mine.map((s) => s.stage)).toEqual([1, 2, 3].slice(0, mine.length));
          mine.forEach((s, i) => {
            expect(daysBetween(due, s.day)).toBeGreaterThanOrEqual(days[i]!);
            if (i > 0)
              expect(daysBetween(mine[i - 1]!.day, s.day)).toBeGreaterThanOrEqual(days[i]! - days[i - 1]!);
          });
        }
        // Every morning after a long enough stretch of runs, everything has been caught up.
        if (runs.slice(-20).every(Boolean)) expect(sent).toHaveLength(6);
      }),
      { numRuns: 300 },
    );
  });

  it('says how long a caught-up chaser waited', () => {
    const t = tracker({ invoices: [invoice({ due: '2026-11-01' })] });
    // Missed from the 2nd (stage 1's day) to the 5th.
    expect(morningChasers(t, '2026-11-05').map((c) => c.dueSince)).toEqual(['2026-11-02']);
    expect(morningChasers(t, '2026-11-02').map((c) => c.dueSince)).toEqual(['2026-11-02']);
    // Stage 2 after a late friendly reminder: due six days after it, not on the schedule's day 7.
    const late = tracker({
      invoices: [invoice({ due: '2026-11-01', reminderStage: 1, lastReminder: '2026-11-05' })],
    });
    expect(morningChasers(late, '2026-11-13').map((c) => [c.item.stage, c.dueSince])).toEqual([
      [2, '2026-11-11'],
    ]);
  });

  it('only payment reminders: the keep-in-touch emails wait for the freelancer', () => {
    const t = tracker({ clients: [client({ cadence: 'weekly' })], invoices: [] });
    expect(morningChasers(t, '2026-11-20')).toEqual([]);
  });
});

const run = (overrides: Partial<MorningRun> = {}): MorningRun => ({
  day: '2026-11-02',
  at: '2026-11-02T06:30:00.000Z',
  drafts: [
    {
      client: 'Acme',
      invoice: 'INV-1',
      stage: 1,
      subject: 'Invoice INV-1',
      draftId: 'd1',
      link: 'https://mail.google.com/mail/#drafts?compose=m1',
    },
  ],
  more: 0,
  ...overrides,
});

describe('the log of morning runs', () => {
  it('reads back what it wrote, and starts afresh from anything unreadable', () => {
    const log = recordRun(emptyLog(), run());
    expect(parseMorningLog(serializeMorningLog(log))).toEqual(log);
    for (const bad of [null, '', '{', '[]', '{"runs": 5}', '{"runs":[{"day":1}]}'])
      expect(parseMorningLog(bad)).toEqual({ runs: [], seenAt: null });
  });

  it('fits the property store: oldest runs dropped first, then a long list cut with a count of the rest', () => {
    let log: MorningLog = emptyLog();
    const subject = '請求書のお支払いについてのご確認（再送）'.repeat(3);
    for (let i = 0; i < 60; i++)
      log = recordRun(
        log,
        run({
          day: addDays('2026-01-01', i),
          at: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T06:00:00.000Z`,
          drafts: Array.from({ length: 5 }, (_, n) => ({
            ...run().drafts[0]!,
            subject,
            draftId: `d${i}-${n}`,
          })),
        }),
      );
    expect(log.runs).toHaveLength(40);
    const text = serializeMorningLog(log);
    expect(utf8(text).length).toBeLessThanOrEqual(8000);
    const back = parseMorningLog(text);
    expect(back.runs[back.runs.length - 1]!.day).toBe(addDays('2026-01-01', 59));
    const huge = recordRun(emptyLog(), run({ drafts: Array(200).fill({ ...run().drafts[0]!, subject }) }));
    const cut = parseMorningLog(serializeMorningLog(huge));
    expect(cut.runs[0]!.drafts.length + cut.runs[0]!.more).toBe(200);
    expect(cut.runs[0]!.more).toBeGreaterThan(0);
  });

  it('knows whether a morning already ran, and how many mornings were missed', () => {
    const log = recordRun(
      recordRun(emptyLog(), run({ day: '2026-11-02' })),
      run({ day: '2026-11-03', failed: 'quota' }),
    );
    expect(ranOn(log, '2026-11-02')).toBe(true);
    expect(ranOn(log, '2026-11-03')).toBe(false);
    expect(missedMornings(log, '2026-11-03')).toBe(0);
    expect(missedMornings(log, '2026-11-06')).toBe(3);
    expect(missedMornings(emptyLog(), '2026-11-06')).toBe(0);
  });

  it('says what was prepared since the sidebar last showed it, and a failure last', () => {
    let log = recordRun(emptyLog(), run());
    log = recordRun(log, run({ day: '2026-11-03', at: '2026-11-03T06:30:00.000Z', drafts: [], more: 2 }));
    const first = sinceSeen(log);
    expect([first.drafts.length, first.more, first.runs, first.failed]).toEqual([1, 2, 2, null]);
    log = markSeen(log, '2026-11-03T09:00:00.000Z');
    expect(sinceSeen(log)).toEqual({ drafts: [], more: 0, failed: null, runs: 0 });
    log = recordRun(
      log,
      run({ day: '2026-11-04', at: '2026-11-04T06:30:00.000Z', drafts: [], failed: 'Gmail quota' }),
    );
    expect(sinceSeen(log).failed?.failed).toBe('Gmail quota');
  });
});
