// Reading one cell as the type a column needs. Cells come from Range.getValues(): number, boolean,
// Date or string, '' when empty (docs/platform.md#spreadsheetapp). Anything else, or a string that
// only looks right, is refused with a message the freelancer can act on; nothing is guessed.

import { isLocalDate, toLocalDate } from './dates';
import { type Say, say } from './problems';
import type { LocalDate } from './types';

/** A cell read as its type, or the sentences that say what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; says: Say[] };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(...says: Say[]): Parsed<T> => ({ ok: false, says });

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

/**
 * A cell as text for a message: cut to 40 characters and on one line, so a message stays short, and
 * without quotation marks, which each language puts around it itself.
 */
export function cut(cell: unknown): string {
  const text = isDate(cell)
    ? Number.isNaN(cell.getTime())
      ? 'invalid date'
      : cell.toISOString()
    : String(cell);
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  // Cut by code point, not UTF-16 unit, so an emoji is never split into a lone surrogate.
  // 82 units hold at least 41 code points, so a shorter head means the text is short.
  const head = Array.from(oneLine.slice(0, 82));
  return head.length > 40 ? `${head.slice(0, 37).join('')}…` : oneLine;
}

function errorValue<T>(cell: unknown): Parsed<T> | null {
  const error = sheetError(cell);
  return error ? fail(say('cellError', { error })) : null;
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
export function readNumber(cell: unknown, expected: Say = say('typeDigits')): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<number | null>(cell);
  if (error) return error;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return ok(cell);
    return fail(
      Number.isNaN(cell) ? say('cellNaN') : say('cellUnusableNumber', { value: String(cell) }),
      expected,
    );
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    // "1,500" and, written the Norwegian or Icelandic way, "1.500" could each be 1.5 or 1500: as text,
    // which one is meant cannot be told. Other plain digits with an optional point are unambiguous.
    if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+$/.test(text))
      return fail(say('cellPointNumber', { value: cut(cell) }), say('formatAsNumber'));
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return ok(Number(text));
    if (/^[+-]?\d+,\d+$/.test(text))
      return fail(say('cellCommaNumber', { value: cut(cell) }), say('formatAsNumber'));
    return fail(say('cellTextNotNumber', { value: cut(cell) }), expected);
  }
  if (typeof cell === 'boolean') return fail(say('cellTickNotNumber', { value: cut(cell) }));
  if (isDate(cell)) return fail(say('cellDateNotNumber'));
  return fail(say('cellNotNumber', { value: cut(cell) }));
}

export function readDate(cell: unknown, timeZone: string): Parsed<LocalDate | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<LocalDate | null>(cell);
  if (error) return error;
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return fail(say('cellInvalidDate'));
    // Before year 1 or after 9999 the day cannot be written YYYY-MM-DD, and day arithmetic would throw.
    const day = cell.getTime() >= FIRST_DAY ? toLocalDate(cell, timeZone) : '';
    return isLocalDate(day) ? ok(day) : fail(say('cellDateOutOfRange', { value: cut(cell) }));
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (isLocalDate(text)) return ok(text);
    return fail(say('cellTextNotDate', { value: cut(cell) }));
  }
  if (typeof cell === 'number') return fail(say('cellNumberNotDate', { value: cut(cell) }));
  return fail(say('cellNotDate', { value: cut(cell) }));
}

export function readBoolean(cell: unknown): Parsed<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  const error = errorValue<boolean | null>(cell);
  if (error) return error;
  if (typeof cell === 'string' && /^(true|false)$/i.test(cell.trim()))
    return ok(cell.trim().toLowerCase() === 'true');
  return fail(say('cellNotTick', { value: cut(cell) }));
}

/** One of a fixed list, compared without case. */
export function readChoice<T extends string>(cell: unknown, choices: readonly T[]): Parsed<T | null> {
  if (isBlank(cell)) return ok(null);
  const error = errorValue<T | null>(cell);
  if (error) return error;
  const text = String(cell).trim();
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  return found ? ok(found) : fail(say('cellNotOneOf', { value: cut(cell), choices: { list: [...choices] } }));
}
