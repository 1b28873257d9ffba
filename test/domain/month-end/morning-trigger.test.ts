// The morning trigger's rules: opt-in, at most one per spreadsheet and user, never more than hourly.

import { describe, expect, it } from 'vitest';
import {
  MORNING_HANDLER,
  type TriggerFact,
  checkClockSpec,
  morningSpec,
  morningTriggerOn,
  planMorningTrigger,
} from '../../../src/domain/month-end/morning-trigger';

const ours = (id: string): TriggerFact => ({ id, handler: MORNING_HANDLER, event: 'CLOCK' });

describe('the morning trigger', () => {
  it('turned on with none: one is created; with one: it is kept and nothing is created', () => {
    expect(planMorningTrigger([], true)).toEqual({ create: true, remove: [], keep: null });
    expect(planMorningTrigger([ours('t1')], true)).toEqual({ create: false, remove: [], keep: 't1' });
  });

  it('a second of ours and an older version’s clock trigger are removed; other kinds are left alone', () => {
    const existing: TriggerFact[] = [
      { id: 'old', handler: 'remindersEveryMorning', event: 'CLOCK' },
      ours('t1'),
      ours('t2'),
      { id: 'open', handler: 'onOpenInstalled', event: 'ON_OPEN' },
    ];
    expect(planMorningTrigger(existing, true)).toEqual({ create: false, remove: ['old', 't2'], keep: 't1' });
    // Only one clock trigger per user and spreadsheet: an older one is removed before ours is made.
    expect(planMorningTrigger([existing[0]!], true)).toEqual({ create: true, remove: ['old'], keep: null });
  });

  it('turned off: ours removed, nothing else; off twice does nothing the second time', () => {
    const existing = [ours('t1'), { id: 'open', handler: 'x', event: 'ON_OPEN' } as TriggerFact];
    expect(planMorningTrigger(existing, false)).toEqual({ create: false, remove: ['t1'], keep: null });
    expect(planMorningTrigger([existing[1]!], false)).toEqual({ create: false, remove: [], keep: null });
    expect(morningTriggerOn(existing)).toBe(true);
    expect(morningTriggerOn([existing[1]!])).toBe(false);
  });

  it('runs once a day at seven in the spreadsheet’s time zone, and refuses anything more often', () => {
    const spec = morningSpec('Europe/Oslo');
    expect(spec).toEqual({ handler: MORNING_HANDLER, everyDays: 1, atHour: 7, timeZone: 'Europe/Oslo' });
    expect(() => checkClockSpec(spec)).not.toThrow();
    expect(() => checkClockSpec({ ...spec, everyDays: 0.5 })).toThrow(/whole number of days/);
    expect(() => checkClockSpec({ ...spec, everyDays: 0 })).toThrow(/whole number of days/);
    expect(() => checkClockSpec({ ...spec, atHour: 24 })).toThrow(/0 to 23/);
    expect(() => checkClockSpec({ ...spec, timeZone: '' })).toThrow(/time zone/);
  });
});
