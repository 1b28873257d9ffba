// Reading one cell as the type a column needs. Cells come from Range.getValues(): number, boolean,
// Date or string, '' when empty (platform-notes). Anything else, or a string that only looks right,
// is refused with a message the freelancer can act on; nothing is guessed.

import { isLocalDate, toLocalDate } from './dates';
import type { LocalDate } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Sheets error values arrive from getValues as these strings. */
const SHEET_ERRORS = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|LOADING\.\.\.)$/;

export function isBlank(cell: unknown): boolean {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

export function sheetError(cell: unknown): string | null {
  return typeof cell === 'string' && SHEET_ERRORS.test(cell.trim()) ? cell.trim() : null;
}

/** 0001-01-02 UTC: from here on every zone's calendar shows year 1 or later. */
const FIRST_DAY = new Date(0).setUTCFullYear(1, 0, 2);

function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** Short, safe rendering of a cell for messages: long text is cut, so a message stays one line. */
export function shown(cell: unknown): string {
  const text = isDate(cell)
    ? Number.isNaN(cell.getTime())
      ? 'invalid date'
      : cell.toISOString()
    : String(cell);
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  // Cut by code point, not UTF-16 unit, so an emoji is never split into a lone surrogate.
  // 82 units hold at least 41 code points, so a shorter head means the text is short.
  const head = Array.from(oneLine.slice(0, 82));
  return head.length > 40 ? `“${head.slice(0, 37).join('')}…”` : `“${oneLine}”`;
}

function errorValue<T>(cell: unknown): Parsed<T> | null {
  const error = sheetError(cell);
  return error ? fail(`shows the error ${error}; fix the formula or type the value`) : null;
}

export function readText(cell: unknown, timeZone: string): string {
  if (isBlank(cell)) return '';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : toLocalDate(cell, timeZone);
  return String(cell).trim();
}

/**
 * A number cell. Messages say what was found (text quoted as text, a number as a number) and, in
 * `expected`, what to type instead; callers add what happens meanwhile.
 */
export function readNumber(cell: unknown, expected = 'type digits such as 12.5'): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<number | null>(cell);
  if (error) return error;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return ok(cell);
    return fail(
      Number.isNaN(cell)
        ? `holds NaN (not a number); ${expected}`
        : `holds ${cell}, which is not a usable number; ${expected}`,
    );
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    // Plain digits with an optional point are unambiguous; "1,500" could be 1.5 or 1500.
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return ok(Number(text));
    if (/^[+-]?\d+,\d+$/.test(text))
      return fail(`${shown(cell)} is text; type it with a point (e.g. 1.5) or as a number`);
    return fail(`the text ${shown(cell)} is not a number; ${expected}`);
  }
  if (typeof cell === 'boolean') return fail(`${shown(cell)} is a tick box value, not a number`);
  if (isDate(cell)) return fail('is a date, not a number');
  return fail(`${shown(cell)} is not a number`);
}

export function readDate(cell: unknown, timeZone: string): Parsed<LocalDate | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<LocalDate | null>(cell);
  if (error) return error;
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return fail('is not a valid date');
    // Before year 1 or after 9999 the day cannot be written YYYY-MM-DD, and day arithmetic would throw.
    const day = cell.getTime() >= FIRST_DAY ? toLocalDate(cell, timeZone) : '';
    return isLocalDate(day) ? ok(day) : fail(`${shown(cell)} is outside the years 1 to 9999`);
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (isLocalDate(text)) return ok(text);
    return fail(`${shown(cell)} is text, not a date; pick a date or type it as 2026-10-31`);
  }
  if (typeof cell === 'number')
    return fail(`${shown(cell)} is a number, not a date; format the cell as a date`);
  return fail(`${shown(cell)} is not a date`);
}

export function readBoolean(cell: unknown): Parsed<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  const error = errorValue<boolean | null>(cell);
  if (error) return error;
  if (typeof cell === 'string' && /^(true|false)$/i.test(cell.trim()))
    return ok(cell.trim().toLowerCase() === 'true');
  return fail(`${shown(cell)} is not a tick box value (TRUE or FALSE)`);
}

/** One of a fixed list, compared without case. */
export function readChoice<T extends string>(cell: unknown, choices: readonly T[]): Parsed<T | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<T | null>(cell);
  if (error) return error;
  const text = String(cell).trim();
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  return found ? ok(found) : fail(`${shown(cell)} is not one of ${choices.join(', ')}`);
}
