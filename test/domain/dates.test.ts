// Calendar-day math in IANA zones: month bounds, zone edges, DST days and invalid input.

import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  fromWallClock,
  isLocalDate,
  isMonth,
  isValidTimeZone,
  monthOf,
  monthRange,
  previousMonth,
  startOfLocalDate,
  toLocalDate,
  wallClock,
} from '../../src/domain/dates';

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe('monthRange', () => {
  it('gives the first and last day of ordinary months', () => {
    expect(monthRange('2026-01')).toEqual({ first: '2026-01-01', last: '2026-01-31' });
    expect(monthRange('2026-04')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(monthRange('2026-10')).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(monthRange('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('knows February in leap and common years', () => {
    expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthRange('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthRange('2100-02').last).toBe('2100-02-28');
    expect(monthRange('2000-02').last).toBe('2000-02-29');
  });

  it('refuses text that is not a month', () => {
    expect(() => monthRange('2026-13')).toThrow(/Not a month/);
    expect(() => monthRange('2026-00')).toThrow(/Not a month/);
    expect(() => monthRange('2026-1')).toThrow(/Not a month/);
    expect(() => monthRange('October 2026')).toThrow(/Not a month/);
  });
});

describe('previousMonth and monthOf', () => {
  it('steps back over the year end', () => {
    expect(previousMonth('2027-01-15')).toBe('2026-12');
    expect(previousMonth('2026-01-01')).toBe('2025-12');
    expect(previousMonth('2026-11-01')).toBe('2026-10');
    expect(previousMonth('2026-10-31')).toBe('2026-09');
  });

  it('takes the month of a day', () => {
    expect(monthOf('2026-12-31')).toBe('2026-12');
  });

  it('isMonth accepts only YYYY-MM with a real month', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-10-01')).toBe(false);
    expect(isMonth('')).toBe(false);
  });
});

describe('addDays, daysBetween, daysInMonth', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-10-17', 14)).toBe('2026-10-31');
    expect(addDays('2026-10-31', 0)).toBe('2026-10-31');
  });

  it('counts whole days, also across the DST changes (the dates are calendar days, not instants)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-11-01', '2026-10-31')).toBe(-1);
    expect(daysBetween('2026-10-31', '2026-10-31')).toBe(0);
  });

  it('is consistent: daysBetween(d, addDays(d, n)) is n', () => {
    for (const n of [-400, -31, -1, 0, 1, 29, 365, 3000]) {
      expect(daysBetween('2026-03-29', addDays('2026-03-29', n))).toBe(n);
    }
  });

  it('works for years before 100 (Date.UTC would read them as 19xx)', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(daysInMonth(4, 2)).toBe(29);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it('refuses text that is not a calendar day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not a calendar day/);
    expect(() => daysBetween('31/10/2026', '2026-10-31')).toThrow(/Not a calendar day/);
  });
});

describe('isLocalDate', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isLocalDate('2026-10-31')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-00-10')).toBe(false);
    expect(isLocalDate('2026-10-00')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(isLocalDate(' 2026-10-31')).toBe(false);
    expect(isLocalDate('2026-10-31T00:00')).toBe(false);
    expect(isLocalDate('31/10/2026')).toBe(false);
    expect(isLocalDate('Oct 31, 2026')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });

  it('formatLocalDate pads', () => {
    expect(formatLocalDate(2026, 1, 5)).toBe('2026-01-05');
    expect(formatLocalDate(99, 12, 31)).toBe('0099-12-31');
  });
});

describe('toLocalDate', () => {
  const lateOct31Utc = new Date(Date.UTC(2026, 9, 31, 23, 30));

  it('puts the same instant on the day each zone shows', () => {
    expect(toLocalDate(lateOct31Utc, 'Europe/Oslo')).toBe('2026-11-01');
    expect(toLocalDate(lateOct31Utc, 'America/New_York')).toBe('2026-10-31');
    expect(toLocalDate(lateOct31Utc, 'UTC')).toBe('2026-10-31');
    expect(toLocalDate(lateOct31Utc, 'Asia/Tokyo')).toBe('2026-11-01');
    expect(toLocalDate(lateOct31Utc, 'Pacific/Honolulu')).toBe('2026-10-31');
  });

  it('handles the year end', () => {
    const newYearUtc = new Date(Date.UTC(2026, 11, 31, 23, 30));
    expect(toLocalDate(newYearUtc, 'Europe/Oslo')).toBe('2027-01-01');
    expect(toLocalDate(newYearUtc, 'America/New_York')).toBe('2026-12-31');
  });

  it('gives the wall clock with a 0-23 hour', () => {
    expect(wallClock(new Date(Date.UTC(2026, 9, 31, 23, 0, 5)), 'Europe/Oslo')).toEqual(
      at(2026, 11, 1, 0, 0, 5),
    );
    expect(wallClock(new Date(Date.UTC(2026, 6, 1, 22, 0)), 'Europe/Oslo')).toEqual(at(2026, 7, 2, 0, 0, 0));
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => toLocalDate(lateOct31Utc, 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => toLocalDate(lateOct31Utc, '')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it('tells real zones from made-up ones', () => {
    expect(isValidTimeZone('Europe/Oslo')).toBe(true);
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('Asia/Jerusalem')).toBe(true);
    expect(isValidTimeZone('Atlantic/Reykjavik')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('Oslo')).toBe(false);
    expect(isValidTimeZone('GMT+25')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('fromWallClock and startOfLocalDate', () => {
  it('finds midnight on the DST days in Oslo, and the day survives the round trip', () => {
    // 2026-03-29: clocks go 02:00 → 03:00; midnight is still CET (+1).
    expect(startOfLocalDate('2026-03-29', 'Europe/Oslo').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDate('2026-03-30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 2026-10-25: clocks go 03:00 → 02:00; midnight is still CEST (+2).
    expect(startOfLocalDate('2026-10-25', 'Europe/Oslo').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDate('2026-10-26', 'Europe/Oslo').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      expect(toLocalDate(startOfLocalDate(day, 'Europe/Oslo'), 'Europe/Oslo')).toBe(day);
      expect(wallClock(startOfLocalDate(day, 'Europe/Oslo'), 'Europe/Oslo')).toEqual({
        ...at(0, 0, 0),
        ...partsOf(day),
      });
    }
  });

  it('takes the earlier instant for a time that happens twice (clocks go back)', () => {
    // 02:30 on 2026-10-25 in Oslo is first 00:30Z (CEST), then 01:30Z (CET).
    expect(fromWallClock(at(2026, 10, 25, 2, 30), 'Europe/Oslo').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(fromWallClock(at(2026, 11, 1, 1, 30), 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('moves a skipped time forward by the gap (clocks go forward)', () => {
    // 02:30 on 2026-03-29 does not exist in Oslo; 03:30 CEST is 01:30Z.
    expect(fromWallClock(at(2026, 3, 29, 2, 30), 'Europe/Oslo').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('keeps the day where midnight itself is skipped', () => {
    // Chile and Cuba move clocks at midnight: 00:00 does not exist; the day starts at 01:00.
    expect(startOfLocalDate('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(toLocalDate(startOfLocalDate('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe(
      '2026-09-06',
    );
    expect(toLocalDate(startOfLocalDate('2026-03-08', 'America/Havana'), 'America/Havana')).toBe(
      '2026-03-08',
    );
  });

  it('round-trips every day of 2026 in zones with and without DST', () => {
    const zones = [
      'Europe/Oslo',
      'America/New_York',
      'America/Santiago',
      'America/Havana',
      'Asia/Jerusalem',
      'Asia/Tokyo',
      'Atlantic/Reykjavik',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    for (const zone of zones) {
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        const start = startOfLocalDate(day, zone);
        expect(toLocalDate(start, zone), `${zone} ${day}`).toBe(day);
        // Nothing of the same day lies before the start.
        expect(toLocalDate(new Date(start.getTime() - 1000), zone), `${zone} ${day}`).toBe(addDays(day, -1));
      }
    }
  });

  it('gives UTC wall clocks back unchanged', () => {
    expect(fromWallClock(at(2026, 10, 31, 23, 59, 59), 'UTC').toISOString()).toBe('2026-10-31T23:59:59.000Z');
  });

  it('throws for an unknown zone or a day that is not one', () => {
    expect(() => startOfLocalDate('2026-10-31', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => startOfLocalDate('2026-02-30', 'Europe/Oslo')).toThrow(/Not a calendar day/);
  });
});

function partsOf(day: string) {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}
