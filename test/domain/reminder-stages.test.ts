// Payment stages over many dates (fast-check): a chaser never skips a stage, the first is always the
// friendly one however late, and the days between chasers are at least the schedule's.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates';
import { dueReminders, nextStage } from '../../src/domain/mail/reminders';
import { client, invoice, logged, tracker } from '../support/mail-fixtures';

/** Runs the reminders on each day the freelancer opens the sidebar, recording what was drafted. */
function simulate(due: string, days: number[], runs: boolean[]): { day: string; stage: number }[] {
  const sent: { day: string; stage: number }[] = [];
  let state = { due, reminderStage: 0, lastReminder: null as string | null };
  runs.forEach((runs, offset) => {
    if (!runs) return;
    const today = addDays(due, offset - 3);
    const stage = nextStage(state, today, days);
    if (stage > 0) {
      sent.push({ day: today, stage });
      state = { due, reminderStage: stage, lastReminder: today };
    }
  });
  return sent;
}

const schedule = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 40 }))
  .map(([a, b, c]) => [a, a + b, a + b + c]);
const dueDay = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

describe('payment stages never skip', () => {
  it('over many schedules, due dates and run days: 1, 2, 3 in order, each on or after its day, gaps kept', () => {
    fc.assert(
      fc.property(
        schedule,
        dueDay,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 160 }),
        (days, due, runs) => {
          const sent = simulate(due, days, runs);
          sent.forEach((chaser, i) => {
            expect(chaser.stage).toBe(i + 1);
            expect(daysBetween(due, chaser.day)).toBeGreaterThanOrEqual(days[i]!);
            expect(daysBetween(due, chaser.day)).toBeGreaterThan(0);
            if (i > 0) {
              expect(daysBetween(sent[i - 1]!.day, chaser.day)).toBeGreaterThanOrEqual(
                days[i]! - days[i - 1]!,
              );
            }
          });
          expect(sent.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('run every day, the chasers fall exactly on the schedule’s days', () => {
    fc.assert(
      fc.property(schedule, dueDay, (days, due) => {
        const sent = simulate(due, days, Array(days[2]! + 10).fill(true));
        expect(sent.map((s) => daysBetween(due, s.day))).toEqual(days);
      }),
    );
  });

  it('the first chaser is stage 1 however late the invoice, on any day', () => {
    fc.assert(
      fc.property(dueDay, fc.integer({ min: 1, max: 2000 }), (due, late) => {
        const t = tracker({ invoices: [invoice({ due })], drafts: [] });
        const payments = dueReminders(t, addDays(due, late)).filter((i) => i.kind === 'payment');
        expect(payments.map((i) => i.stage)).toEqual([1]);
      }),
    );
  });

  it('with 1, 7, 14: six days from friendly to firm, seven from firm to final', () => {
    const due = '2026-10-01';
    const days = [1, 7, 14];
    // Friendly sent 40 days late: firm only six days later, final seven after that.
    const friendly = { due, reminderStage: 1, lastReminder: '2026-11-10' };
    expect(nextStage(friendly, '2026-11-15', days)).toBe(0);
    expect(nextStage(friendly, '2026-11-16', days)).toBe(2);
    const firm = { due, reminderStage: 2, lastReminder: '2026-11-16' };
    expect(nextStage(firm, '2026-11-22', days)).toBe(0);
    expect(nextStage(firm, '2026-11-23', days)).toBe(3);
    expect(nextStage({ due, reminderStage: 3, lastReminder: '2026-11-23' }, '2027-06-01', days)).toBe(0);
  });

  it('takes the last chaser’s day from the Drafts log when the Last reminder cell is blank', () => {
    const t = tracker({
      invoices: [invoice({ due: '2026-10-01', reminderStage: 1, lastReminder: null })],
      drafts: [logged({ date: '2026-11-10', kind: 'payment', invoice: 'INV-1001', stage: 1 })],
    });
    const stages = (today: string) =>
      dueReminders(t, today)
        .filter((i) => i.kind === 'payment')
        .map((i) => i.stage);
    expect(stages('2026-11-15')).toEqual([]);
    expect(stages('2026-11-16')).toEqual([2]);
  });
});

describe('terms for new clients only', () => {
  const terms = (t: ReturnType<typeof tracker>) =>
    dueReminders(t, '2026-11-22').filter((i) => i.kind === 'terms');
  it('offers terms to an active client with Terms confirmed blank and no invoice yet', () => {
    expect(terms(tracker({ clients: [client()], invoices: [], drafts: [] }))).toHaveLength(1);
  });
  it('not once the client has an invoice, however old, nor once terms are confirmed, nor twice', () => {
    expect(
      terms(tracker({ clients: [client()], invoices: [invoice({ paidOn: '2024-01-10' })], drafts: [] })),
    ).toEqual([]);
    expect(
      terms(tracker({ clients: [client({ termsConfirmed: '2026-11-01' })], invoices: [], drafts: [] })),
    ).toEqual([]);
    expect(terms(tracker({ clients: [client({ status: 'paused' })], invoices: [], drafts: [] }))).toEqual([]);
    const drafted = tracker({
      clients: [client()],
      invoices: [],
      drafts: [logged({ kind: 'terms' })],
    });
    expect(terms(drafted)).toEqual([]);
  });
});
