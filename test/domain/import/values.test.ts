import { describe, expect, it } from 'vitest';
import {
  dateInOrder,
  readDateText,
  readDecimal,
  readDuration,
  readTimeOfDay,
  readYesNo,
  settleDateOrder,
} from '../../../src/domain/import/values';

describe('dates', () => {
  it('reads year-first dates as they are', () => {
    expect(readDateText('2026-11-02')).toEqual({ kind: 'iso', date: '2026-11-02' });
    expect(readDateText('2026/11/02')).toEqual({ kind: 'iso', date: '2026-11-02' });
    expect(readDateText('2026-02-30')).toBeNull();
  });

  it('reads day-and-month dates in the order the file settles', () => {
    const d = readDateText('01/09/2026')!;
    expect(dateInOrder(d, 'dmy')).toBe('2026-09-01');
    expect(dateInOrder(d, 'mdy')).toBe('2026-01-09');
    expect(dateInOrder(readDateText('31.12.2026')!, 'dmy')).toBe('2026-12-31');
    expect(dateInOrder(readDateText('31.12.2026')!, 'mdy')).toBeNull();
    expect(dateInOrder(readDateText('7/27/22')!, 'mdy')).toBe('2022-07-27');
  });

  it('refuses what is no calendar day in either order', () => {
    for (const t of ['31/31/2026', '00/01/2026', 'Nov 2, 2026', '2026-11-02T09:00:00', '', '12/13']) {
      expect(readDateText(t), t).toBeNull();
    }
  });

  it('settles the order from a day above 12 anywhere in the column', () => {
    const dates = (...t: string[]) => t.map((x) => readDateText(x)!);
    expect(settleDateOrder(dates('01/09/2026', '13/09/2026'))).toBe('dmy');
    expect(settleDateOrder(dates('01/09/2026', '09/13/2026'))).toBe('mdy');
    expect(settleDateOrder(dates('13/01/2026', '01/13/2026'))).toBe('both');
    expect(settleDateOrder(dates('01/09/2026', '02/09/2026'))).toBeNull();
    expect(settleDateOrder(dates('01.09.2026'))).toBe('dmy');
    expect(settleDateOrder(dates('2026-01-09'))).toBe('dmy');
    expect(settleDateOrder([])).toBe('dmy');
  });
});

describe('times of day', () => {
  it('reads 24-hour and 12-hour times, with or without seconds', () => {
    expect(readTimeOfDay('13:05')).toEqual({ seconds: 13 * 3600 + 300, withSeconds: false });
    expect(readTimeOfDay('13:05:09')).toEqual({ seconds: 13 * 3600 + 309, withSeconds: true });
    expect(readTimeOfDay('12:00:00 AM')!.seconds).toBe(0);
    expect(readTimeOfDay('12:30 PM')!.seconds).toBe(12 * 3600 + 1800);
    expect(readTimeOfDay('1:05 pm')!.seconds).toBe(13 * 3600 + 300);
    expect(readTimeOfDay('11:23:01 AM')!.seconds).toBe(11 * 3600 + 23 * 60 + 1);
  });

  it('refuses impossible times', () => {
    for (const t of ['24:00', '13:00 PM', '0:30 AM', '10:60', '10:00:60', '10', 'noon']) {
      expect(readTimeOfDay(t), t).toBeNull();
    }
  });
});

describe('durations', () => {
  it('reads h:mm:ss exactly, even past 24 hours', () => {
    expect(readDuration('01:30:15')).toEqual({ seconds: 5415, precision: 1, hours: null });
    expect(readDuration('25:30:00')!.seconds).toBe(25.5 * 3600);
    expect(readDuration('00:00:00')!.seconds).toBe(0);
  });

  it("reads Clockify's Compact h:mm as minutes, less precise than seconds", () => {
    expect(readDuration('0:13')).toEqual({ seconds: 780, precision: 60, hours: null });
  });

  it('keeps decimal hours as written, with a point or a comma', () => {
    expect(readDuration('1.50')).toEqual({ seconds: 5400, precision: 36, hours: 1.5 });
    expect(readDuration('7,5')!.hours).toBe(7.5);
    expect(readDuration('0,01')!.hours).toBe(0.01);
    expect(readDuration('0.1')!.hours).toBe(0.1);
  });

  it('refuses what is no duration', () => {
    for (const t of ['-1', '1:75', 'abc', '1h 30m', '']) expect(readDuration(t), t).toBeNull();
  });
});

describe('decimals', () => {
  it('reads the last mark as the decimal one', () => {
    expect(readDecimal('2.000,5')).toBe(2000.5);
    expect(readDecimal('2,000.5')).toBe(2000.5);
    expect(readDecimal('20,0')).toBe(20);
    expect(readDecimal('1 234,5')).toBe(1234.5);
    expect(readDecimal('84.0')).toBe(84);
  });

  it('refuses numbers whose marks contradict each other', () => {
    for (const t of ['1.2.3', '1,2,3', '1.2,3.4', '12,34.5', 'x1', '']) expect(readDecimal(t), t).toBeNull();
  });
});

describe('yes and no', () => {
  it('reads the words of each vendor and language', () => {
    for (const t of ['Yes', 'yes', 'Ja', 'Oui', 'TRUE']) expect(readYesNo(t), t).toBe(true);
    for (const t of ['No', 'Nein', 'Non', 'false']) expect(readYesNo(t), t).toBe(false);
    for (const t of ['', 'maybe', '100.00']) expect(readYesNo(t), t).toBeNull();
  });
});
