// Calendar days and months in a given IANA time zone, computed with Intl only.
// Why not Utilities.formatDate: it is a service call, and we never make one inside a loop over rows.
// Why not new Date('...'): it parses some forms as UTC and others as local time
// (docs/platform.md#spreadsheetapp).

import type { LocalDate, Month } from './types';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Whether this platform's Intl carries time-zone data (Apps Script's ICU build is unconfirmed:
 * docs/first-run.md). Without it Intl either throws for every zone but UTC or quietly formats in UTC,
 * and every date would shift; so the first use checks a zone with a fixed offset (Tokyo, UTC+9
 * since 1951).
 */
let timeZoneDataChecked = false;

function requireTimeZoneData(): void {
  if (timeZoneDataChecked) return;
  let problem = '';
  try {
    const tokyo = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Tokyo',
      hourCycle: 'h23',
      hour: '2-digit',
    });
    const hour = tokyo.formatToParts(new Date(Date.UTC(2020, 0, 1, 0))).find((p) => p.type === 'hour');
    if (tokyo.resolvedOptions().timeZone !== 'Asia/Tokyo' || Number(hour?.value) !== 9)
      problem = 'it ignores time zones';
  } catch (error) {
    problem = `it refuses time zones (${String((error as Error)?.message ?? error)})`;
  }
  if (problem)
    throw new Error(
      `Dates cannot be read in the spreadsheet’s time zone: this platform’s Intl has no time-zone data (${problem}), so every date would shift. Please report this.`,
    );
  timeZoneDataChecked = true;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    requireTimeZoneData();
    // Throws RangeError for an unknown zone: callers turn that into a diagnostic.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  // A platform without zone data is not the user's mistake: that error goes up as it is.
  requireTimeZoneData();
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time an instant shows in a zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const dayCache = new Map<string, Map<number, LocalDate>>();

/** The calendar day an instant falls on in a zone. Remembered: a sheet repeats the same days often. */
export function toLocalDate(instant: Date, timeZone: string): LocalDate {
  let days = dayCache.get(timeZone);
  if (!days) {
    days = new Map();
    dayCache.set(timeZone, days);
  }
  const time = instant.getTime();
  const known = days.get(time);
  if (known !== undefined) return known;
  const w = wallClock(instant, timeZone);
  const day = formatLocalDate(w.year, w.month, w.day);
  if (days.size > 100_000) days.clear();
  days.set(time, day);
  return day;
}

/**
 * The instant a wall-clock time in a zone stands for. When clocks go back, the earlier of the two;
 * when a time is skipped (clocks go forward), the time as many minutes after the gap, so that a
 * skipped midnight (America/Santiago, America/Havana) still falls on the same calendar day.
 */
export function fromWallClock(w: WallClock, timeZone: string): Date {
  const asUtc = utcTime(w.year, w.month, w.day, w.hour, w.minute, w.second);
  // Offsets a day either side: a DST change near the wall-clock time lies between them.
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const shows = (t: number) => offsetAt(t, timeZone) === asUtc - t;
  const candidates = [asUtc - before, asUtc - after].filter(shows).sort((a, b) => a - b);
  return new Date(candidates[0] ?? asUtc - before);
}

/** Milliseconds a zone's wall clock is ahead of UTC at an instant. */
function offsetAt(t: number, timeZone: string): number {
  const s = wallClock(new Date(t), timeZone);
  return utcTime(s.year, s.month, s.day, s.hour, s.minute, s.second) - (t - (((t % 1000) + 1000) % 1000));
}

/** Date.UTC without its quirk of reading years 0 to 99 as 1900 to 1999. */
function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** Midnight of a calendar day in a zone, as Sheets stores a date-only cell. */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDateParts(date);
  return fromWallClock({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts only a real calendar day written YYYY-MM-DD. */
export function isLocalDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function parseLocalDateParts(date: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new Error(`Not a calendar day (YYYY-MM-DD): ${date}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month + 1, 0)).getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDateParts(date);
  const t = new Date(utcTime(year, month, day + days));
  return formatLocalDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDateParts(from);
  const b = parseLocalDateParts(to);
  return Math.round((utcTime(b.year, b.month, b.day) - utcTime(a.year, a.month, a.day)) / 86_400_000);
}

const MONTH = /^(\d{4})-(\d{2})$/;

export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

/** First and last day of a month, both inclusive. */
export function monthRange(month: Month): { first: LocalDate; last: LocalDate } {
  if (!isMonth(month)) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const year = Number(month.slice(0, 4));
  const mo = Number(month.slice(5, 7));
  return { first: `${month}-01`, last: formatLocalDate(year, mo, daysInMonth(year, mo)) };
}

export function previousMonth(date: LocalDate): Month {
  const year = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  return mo === 1 ? `${year - 1}-12` : `${year}-${String(mo - 1).padStart(2, '0')}`;
}
