// The Settings values that reach clients, read from the English the sheet holds into structures.

import { sayText } from '../../src/domain/problems/render';
import { describe, expect, it } from 'vitest';
import {
  parseBillingRhythm,
  parseDeposit,
  parseResponseTime,
  parseWorkingHours,
} from '../../src/domain/settings-values';

describe('working hours', () => {
  it.each([
    ['Mon–Fri 09:00–17:00', [1, 2, 3, 4, 5], 540, 1020, 'Europe/Oslo'],
    ['Monday to Friday, 9 to 17', [1, 2, 3, 4, 5], 540, 1020, 'Europe/Oslo'],
    ['Mon, Wed, Fri 8:30-16 Asia/Tokyo', [1, 3, 5], 510, 960, 'Asia/Tokyo'],
    ['Tue-Sat 10.00–18.00 (America/New_York)', [2, 3, 4, 5, 6], 600, 1080, 'America/New_York'],
    ['weekdays 9-17 UTC', [1, 2, 3, 4, 5], 540, 1020, 'UTC'],
  ])('%s', (text, days, start, end, timeZone) => {
    expect(parseWorkingHours(text, 'Europe/Oslo')).toEqual({
      ok: true,
      value: { days, start, end, timeZone },
    });
  });
  it.each(['Mon–Fri 9–17 CET', 'whenever', '9-17 Mars/Olympus', 'Fri-Mon 9-17', 'Mon-Fri 17-9'])(
    'refuses %s with a message that says the line is left out',
    (text) => {
      const parsed = parseWorkingHours(text, 'Europe/Oslo');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(sayText(parsed.says, 'en')).toMatch(/leaves working hours out/);
    },
  );
  it('reads a week that starts on Sunday, as in Israel', () => {
    expect(parseWorkingHours('Sun–Thu 09:00–17:00 Asia/Jerusalem', 'UTC')).toEqual({
      ok: true,
      value: { days: [1, 2, 3, 4, 7], start: 540, end: 1020, timeZone: 'Asia/Jerusalem' },
    });
  });
  it('blank means no line', () => expect(parseWorkingHours('  ', 'UTC')).toEqual({ ok: true, value: null }));
});

describe('billing rhythm, deposit, response time', () => {
  it('reads the choices, their keys and the old default', () => {
    expect(parseBillingRhythm('monthly, at month end')).toEqual({ ok: true, value: 'month-end' });
    expect(parseBillingRhythm('Every two weeks')).toEqual({ ok: true, value: 'fortnightly' });
    expect(parseBillingRhythm('milestones')).toEqual({ ok: true, value: 'milestones' });
    expect(parseBillingRhythm('monthly in arrears').ok).toBe(false);
  });
  it('reads a deposit as a percentage, typed or from a percent-formatted cell', () => {
    expect(parseDeposit('25%')).toEqual({ ok: true, value: 25 });
    expect(parseDeposit('25 % before work starts')).toEqual({ ok: true, value: 25 });
    expect(parseDeposit(0.3)).toEqual({ ok: true, value: 30 });
    expect(parseDeposit('')).toEqual({ ok: true, value: null });
    expect(parseDeposit('half up front').ok).toBe(false);
    expect(parseDeposit('150%').ok).toBe(false);
  });
  it('reads response time in whole working hours or days', () => {
    expect(parseResponseTime('within one working day')).toEqual({
      ok: true,
      value: { amount: 1, unit: 'days' },
    });
    expect(parseResponseTime('4 working hours')).toEqual({ ok: true, value: { amount: 4, unit: 'hours' } });
    expect(parseResponseTime('2 days')).toEqual({ ok: true, value: { amount: 2, unit: 'days' } });
    expect(parseResponseTime('1.5 days').ok).toBe(false);
    expect(parseResponseTime('same day if possible').ok).toBe(false);
  });
});
