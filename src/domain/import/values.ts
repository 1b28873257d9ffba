// The values inside a time tracker's export: dates, times of day, durations, yes/no and decimal hours.
// Each reader returns null for text it cannot read; the caller says which line and column.
// Formats and their sources: docs/time-import.md.

import { daysInMonth, formatLocalDate } from '../dates';
import type { LocalDate } from '../types';

/** A date as written, before its day and month order is known (01/09/2026 may be either). */
export type DateText =
  | { kind: 'iso'; date: LocalDate }
  | { kind: 'pair'; first: number; second: number; year: number; separator: string };

/** Day and month order of the dates written with the day and month first, for the whole file. */
export type DateOrder = 'dmy' | 'mdy';

// Toggl and Harvest: 2026-09-01. Clockify's profile formats: MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY,
// DD-MM-YYYY, MM-DD-YYYY, YYYY/MM/DD (Clockify help, profile settings:
// https://clockify.me/help/users/profile-settings). A two-digit year (7/27/22) is read as 20xx.
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;

export function readDateText(text: string): DateText | null {
  const t = text.trim();
  let m = YEAR_FIRST.exec(t);
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { kind: 'iso', date } : null;
  }
  m = YEAR_LAST.exec(t);
  if (!m) return null;
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const first = Number(m[1]);
  const second = Number(m[3]);
  // Neither order makes a calendar day of it: not a date at all.
  if (!makeDate(year, second, first) && !makeDate(year, first, second)) return null;
  return { kind: 'pair', first, second, year, separator: m[2]! };
}

/** The calendar day of a date text in a known order; null when that order makes no day of it. */
export function dateInOrder(d: DateText, order: DateOrder): LocalDate | null {
  if (d.kind === 'iso') return d.date;
  return order === 'dmy' ? makeDate(d.year, d.second, d.first) : makeDate(d.year, d.first, d.second);
}

function makeDate(year: number, month: number, day: number): LocalDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return formatLocalDate(year, month, day);
}

/**
 * What a file's day-and-month dates settle: the order, when a number above 12 stands first (the day:
 * D/M) or second (M/D) anywhere in the columns; 'both' when they contradict each other; null when
 * every date could be either (all days 1 to 12) and someone must say. Dates with dots (31.12.2026)
 * are written day first wherever that style is used, so dots alone settle D.M.
 */
export function settleDateOrder(dates: readonly DateText[]): DateOrder | 'both' | null {
  let dayFirst = false;
  let monthFirst = false;
  let dots = false;
  let pairs = false;
  for (const d of dates) {
    if (d.kind !== 'pair') continue;
    pairs = true;
    if (d.separator === '.') dots = true;
    if (d.first > 12) dayFirst = true;
    if (d.second > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'both';
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  if (dots) return 'dmy';
  return pairs ? null : 'dmy';
}

/** A time of day in seconds after midnight, and whether the text showed seconds. */
export interface TimeOfDay {
  seconds: number;
  withSeconds: boolean;
}

// 24-hour 13:05 or 13:05:09 (Toggl, Clockify); 12-hour 1:05 PM or 1:05:09 pm (Clockify's 12-hour
// time format). Toggl's "Improved" display formats do not reach its CSV (every sample is 24-hour).
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/;

export function readTimeOfDay(text: string): TimeOfDay | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (minute > 59 || second > 59) return null;
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  return { seconds: hour * 3600 + minute * 60 + second, withSeconds: m[3] !== undefined };
}

/**
 * A duration and how precise its text is, in seconds: 1 for h:mm:ss, 60 for h:mm (Clockify's Compact
 * format rounds to the nearest minute: https://clockify.me/help/troubleshooting/time-mismatch), and
 * 36 for hours with two decimals. Hours may pass 24 (25:30:00); the caller decides what that means.
 */
export interface Duration {
  seconds: number;
  /** Seconds the written value may be off by; a smaller number is the better source. */
  precision: number;
  /** Decimal hours exactly as written (1.25), so 0.1 h stays 0.1 and not 0.09999…; null for h:mm. */
  hours: number | null;
}

const CLOCK_DURATION = /^(\d{1,6}):(\d{2})(?::(\d{2}))?$/;

export function readDuration(text: string): Duration | null {
  const t = text.trim();
  const m = CLOCK_DURATION.exec(t);
  if (m) {
    const minutes = Number(m[2]);
    const seconds = m[3] === undefined ? 0 : Number(m[3]);
    if (minutes > 59 || seconds > 59) return null;
    return {
      seconds: Number(m[1]) * 3600 + minutes * 60 + seconds,
      precision: m[3] === undefined ? 60 : 1,
      hours: null,
    };
  }
  const hours = readDecimal(t);
  if (hours === null || hours < 0) return null;
  const places = decimalPlaces(t);
  return { seconds: hours * 3600, precision: 3600 / 10 ** places, hours };
}

/**
 * A decimal number as a person's locale writes it: 7.5 or 7,5; with thousands, 2.000,5 or 2,000.5
 * (the last mark is the decimal one). A lone comma is decimal: Harvest writes "0,01" and "20,0" in
 * accounts with a decimal comma (solidtime's Harvest fixture), never a thousands comma without decimals.
 */
export function readDecimal(text: string): number | null {
  const t = text.trim().replace(/[\s\u00A0\u202F']/g, '');
  if (!/^[-+]?(\d[\d.,]*)$/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastPoint = t.lastIndexOf('.');
  const decimalMark = lastComma > lastPoint ? ',' : '.';
  const thousandsMark = decimalMark === ',' ? '.' : ',';
  const [whole, fraction, extra] = t.split(decimalMark);
  if (extra !== undefined) return null;
  if (fraction?.includes(thousandsMark)) return null;
  const digits = whole!.split(thousandsMark);
  if (digits.length > 1 && digits.slice(1).some((g) => g.length !== 3)) return null;
  const value = Number(digits.join('') + (fraction === undefined ? '' : '.' + fraction));
  return Number.isFinite(value) ? value : null;
}

function decimalPlaces(text: string): number {
  const m = /[.,](\d+)$/.exec(text.trim());
  return m ? Math.min(m[1]!.length, 6) : 0;
}

// Yes/No as each vendor and language writes it: Toggl and Harvest Yes/No (solidtime's importers);
// Clockify follows the app language: German Ja, French Oui (German and French Clockify parsers, see
// docs/time-import.md), and the negatives are the languages' plain words.
const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'oui', 'sí', 'si', 'sim', 'tak', 'да', 'はい']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'não', 'nie', 'нет', 'いいえ', 'nei']);

/** true, false, or null for a value that is neither (including an empty cell). */
export function readYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}
