// A time tracker's CSV export turned into time entries: one per line, with the day, the client's
// name as the file writes it, the text, exact hours, billable and invoiced, and a content key.
//
// Hours: from the most precise source a line has, never from a rounded column. A duration written
// h:mm:ss is exact to the second; start and end times with seconds likewise; Clockify's Compact h:mm
// rounds to the nearest minute; decimal hours (Harvest, Clockify's Decimal format) are what the
// tracker stores or rounds to hundredths. Clockify's "Duration (decimal)" is always two places and
// loses minutes when summed (https://github.com/kimai/kimai/issues/4838), so it is never read.
//
// Time zones: no export writes one. Toggl and Clockify write times in the zone of the profile that
// exported the file (https://clockify.me/help/users/time-zones); Harvest writes no times. The day
// and times are taken as written; where hours come from end minus start, the two wall-clock times
// are placed in the spreadsheet's time zone, so a night when clocks change counts its real hours.
// An entry past midnight keeps the day it started.

import { addDays, fromWallClock } from '../dates';
import type { LocalDate } from '../types';
import { type CsvRecord, readCsv } from './csv';
import { type Field, type Format, type Vendor, detectFormat } from './headers';
import { contentKeys } from './key';
import { type ImportProblem, problem } from './messages';
import {
  type DateOrder,
  type DateText,
  dateInOrder,
  readDateText,
  readDuration,
  readTimeOfDay,
  readYesNo,
  settleDateOrder,
} from './values';

export interface TimeEntry {
  line: number;
  date: LocalDate;
  /** The client as the file names it, or the project where the client is empty; '' when neither. */
  clientName: string;
  project: string;
  /** What was done: the description, else the tracker's task, else the project. */
  text: string;
  hours: number;
  billable: boolean;
  invoiced: boolean;
  /** The vendor's invoice number, where the file has one. */
  invoiceId: string;
  /** The same work exported again, in this file or another, gets the same key. */
  key: string;
}

export interface ReadOptions {
  /** The spreadsheet's time zone: the zone end minus start is counted in. */
  timeZone: string;
  /** The freelancer's answer when the file's dates could be day or month first. */
  dateOrder?: DateOrder;
}

export interface ReadResult {
  vendor: Vendor | null;
  entries: TimeEntry[];
  problems: ImportProblem[];
  /** Set when the dates could be read either way and no order was given: one such date. */
  askDateOrder: string | null;
  /** Whether the file has a billable column at all; without one, every entry is not billable. */
  hasBillable: boolean;
  /** Lines read (the header not counted). */
  lines: number;
}

const MAX_SECONDS = 24 * 3600;

export function readTimeEntries(text: string, options: ReadOptions): ReadResult {
  const csv = readCsv(text);
  const result: ReadResult = {
    vendor: null,
    entries: [],
    problems: [],
    askDateOrder: null,
    hasBillable: false,
    lines: 0,
  };
  const [head, ...rows] = csv.records;
  if (!head) {
    result.problems.push(
      problem(csv.unclosedQuoteLine ?? 1, csv.unclosedQuoteLine ? 'unclosedQuote' : 'notAnExport'),
    );
    return result;
  }
  const detected = detectFormat(head.fields);
  if (!detected.ok) {
    if (detected.missing === 'header') result.problems.push(problem(head.line, 'notAnExport'));
    else {
      const key = detected.missing === 'date' ? 'noDateColumn' : 'noHoursColumn';
      result.problems.push(problem(head.line, key, { vendor: detected.vendor }));
    }
    return result;
  }
  const format = detected.format;
  result.vendor = format.vendor;
  result.hasBillable = format.columns.billable !== undefined;
  result.lines = rows.length;

  const whole: CsvRecord[] = [];
  for (const row of rows) {
    if (row.fields.length === format.columnCount) whole.push(row);
    else
      result.problems.push(
        problem(row.line, 'wrongFieldCount', { fields: row.fields.length, expected: format.columnCount }),
      );
  }

  const order = dateOrderOf(whole, format, options, result);
  if (order) {
    const read: Read[] = [];
    for (const row of whole) {
      const line = readLine(row, format, order, options.timeZone, result.problems);
      if (line) read.push(line);
    }
    const keys = contentKeys(
      format.vendor,
      read.map((r) => r.keyParts),
    );
    result.entries = read.map((r, i) => ({ ...r.entry, key: keys[i]! }));
  }
  if (csv.unclosedQuoteLine !== null) result.problems.push(problem(csv.unclosedQuoteLine, 'unclosedQuote'));
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}

/** The day-and-month order for the whole file, or null when it must be asked or cannot be had. */
function dateOrderOf(rows: CsvRecord[], format: Format, options: ReadOptions, result: ReadResult) {
  const dates: DateText[] = [];
  for (const field of ['date', 'startDate', 'endDate'] as const) {
    const col = format.columns[field];
    if (col === undefined) continue;
    for (const row of rows) {
      const d = readDateText(row.fields[col]!);
      if (d) dates.push(d);
    }
  }
  const settled = settleDateOrder(dates);
  if (settled === 'both') {
    const first = dates.find((d) => d.kind === 'pair' && d.first > 12);
    const second = dates.find((d) => d.kind === 'pair' && d.second > 12);
    result.problems.push(problem(0, 'datesMixOrder', { first: dateText(first!), second: dateText(second!) }));
    return null;
  }
  if (settled) return settled;
  if (options.dateOrder) return options.dateOrder;
  result.askDateOrder = dateText(dates.find((d) => d.kind === 'pair')!);
  return null;
}

function dateText(d: DateText): string {
  if (d.kind === 'iso') return d.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.first)}${d.separator}${pad(d.second)}${d.separator}${d.year}`;
}

interface Read {
  entry: Omit<TimeEntry, 'key'>;
  keyParts: string[];
}

function readLine(
  row: CsvRecord,
  format: Format,
  order: DateOrder,
  timeZone: string,
  problems: ImportProblem[],
): Read | null {
  const { columns, header } = format;
  const get = (field: Field) => {
    const col = columns[field];
    return col === undefined ? '' : row.fields[col]!.trim();
  };
  const fail = (key: Parameters<typeof problem>[1], field?: Field) => {
    const col = field === undefined ? undefined : columns[field];
    problems.push(
      col === undefined
        ? problem(row.line, key)
        : problem(row.line, key, { column: header[col]!.trim(), value: row.fields[col]!.trim() }),
    );
    return null;
  };

  if (/^(break|pause)$/i.test(get('entryType'))) return fail('isBreak');
  const dateField: Field = columns.startDate !== undefined ? 'startDate' : 'date';
  const dateText = readDateText(get(dateField));
  const date = dateText && dateInOrder(dateText, order);
  if (!date) return fail('badDate', dateField);

  const seconds = hoursOf(get, date, order, timeZone, fail);
  if (seconds === null) return null;
  if (seconds.value > MAX_SECONDS) {
    problems.push(
      problem(row.line, 'longerThanDay', { hours: Math.round((seconds.value / 3600) * 100) / 100 }),
    );
    return null;
  }

  let billable = false;
  if (columns.billable !== undefined && get('billable') !== '') {
    const yes = readYesNo(get('billable'));
    if (yes === null) return fail('badYesNo', 'billable');
    billable = yes;
  }
  const invoicedText = get('invoiced');
  const invoiced = invoicedText !== '' && readYesNo(invoicedText) === true;
  const project = get('project');
  const entry = {
    line: row.line,
    date,
    clientName: get('client') || project,
    project,
    text: get('description') || get('task') || project,
    hours: seconds.hours ?? seconds.value / 3600,
    billable,
    invoiced,
    invoiceId: invoiced ? get('invoiceId') : '',
  };
  // What identifies the work whatever the export's settings: see key.ts. The start to the minute
  // (Clockify drops seconds in its Compact format); the length only where the file has no times.
  const start = readTimeOfDay(get('startTime'));
  const who = get('email') || get('user') || `${get('firstName')} ${get('lastName')}`;
  const when = start ? `at ${Math.floor(start.seconds / 60)}` : `for ${Math.round(seconds.value)}`;
  const keyParts = [who, date, when, get('client'), project, get('task'), get('description')];
  return { entry, keyParts };
}

/** The seconds a line lasted, from its most precise source; hours as written when that is decimal. */
function hoursOf(
  get: (field: Field) => string,
  date: LocalDate,
  order: DateOrder,
  timeZone: string,
  fail: (key: 'badDuration' | 'badTime' | 'badDate' | 'noHours' | 'endBeforeStart', field?: Field) => null,
): { value: number; hours: number | null } | null {
  const candidates: { value: number; precision: number; hours: number | null }[] = [];
  if (get('duration') !== '') {
    const d = readDuration(get('duration'));
    if (!d) return fail('badDuration', 'duration');
    candidates.push({ value: d.seconds, precision: d.precision, hours: d.hours });
  }
  // Times are read only when they could beat the duration: h:mm:ss is as exact as they get.
  const exact = candidates.length > 0 && candidates[0]!.precision === 1;
  if (!exact && get('startTime') !== '' && get('endTime') !== '') {
    const start = readTimeOfDay(get('startTime'));
    if (!start) return fail('badTime', 'startTime');
    const end = readTimeOfDay(get('endTime'));
    if (!end) return fail('badTime', 'endTime');
    let endDate: LocalDate = date;
    if (get('endDate') !== '') {
      const t = readDateText(get('endDate'));
      const d = t && dateInOrder(t, order);
      if (!d) return fail('badDate', 'endDate');
      endDate = d;
    } else if (end.seconds < start.seconds) {
      endDate = addDays(date, 1);
    }
    const value = (instant(endDate, end.seconds, timeZone) - instant(date, start.seconds, timeZone)) / 1000;
    if (value < 0) return fail('endBeforeStart');
    const precision = start.withSeconds && end.withSeconds ? 1 : 60;
    candidates.push({ value, precision: precision + 0.5, hours: null });
  }
  if (candidates.length === 0) return fail('noHours');
  // The duration wins a tie (precision + 0.5 above): it is the tracker's own count.
  candidates.sort((a, b) => a.precision - b.precision);
  return candidates[0]!;
}

/**
 * Milliseconds since 1970 of a wall-clock time in a zone. The zone's offset is looked up once per
 * day and hour (fromWallClock formats dates with Intl, far too slow for 100,000 lines each time).
 */
function instant(date: LocalDate, seconds: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hour = Math.floor(seconds / 3600);
  const cacheKey = `${timeZone} ${date} ${hour}`;
  let offset = offsets.get(cacheKey);
  if (offset === undefined) {
    const wall = utc(year, month, day, hour * 3600);
    offset = wall - fromWallClock({ year, month, day, hour, minute: 0, second: 0 }, timeZone).getTime();
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(cacheKey, offset);
  }
  return utc(year, month, day, seconds) - offset;
}

const offsets = new Map<string, number>();

function utc(year: number, month: number, day: number, seconds: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() + seconds * 1000;
}
