// The new Settings and Clients cells read into values, or a problem code the wording names with the
// cell (no words here). The Settings tab is written in English, the add-on's own language, as
// settings-values.ts explains; checkboxes arrive as booleans. Pure.

import { TAX_TREATMENTS, type TaxTreatment, parseTreatment } from './treatment';

export type CellReading<T> = { ok: true; value: T | null } | { ok: false; problem: CellProblem };

export type CellProblem =
  /** Not yes or no (a checkbox, or the words). */
  | 'not-yes-no'
  /** Not a percentage between 0 and 100. */
  | 'not-percent'
  /** Not a positive number. */
  | 'not-positive'
  /** Not a whole number from 1. */
  | 'not-counter'
  /** Not one of the Tax treatment choices. */
  | 'not-treatment';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const none = <T>(): CellReading<T> => ({ ok: true, value: null });
const fail = <T>(problem: CellProblem): CellReading<T> => ({ ok: false, problem });

/** A checkbox, or yes/no, true/false, y/n, 1/0 as typed. */
export function readYesNo(value: unknown): CellReading<boolean> {
  if (blank(value)) return none();
  if (typeof value === 'boolean') return { ok: true, value };
  const t = String(value).trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', '✓'].includes(t)) return { ok: true, value: true };
  if (['no', 'n', 'false', '0'].includes(t)) return { ok: true, value: false };
  return fail('not-yes-no');
}

/** "25", "25 %", "12,5%", or a cell formatted as a percentage (0.25). */
export function readRate(value: unknown): CellReading<number> {
  if (blank(value)) return none();
  let rate: number;
  if (typeof value === 'number') rate = value > 0 && value < 1 ? Math.round(value * 10000) / 100 : value;
  else {
    const m = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%?$/.exec(String(value).trim());
    rate = m ? Number(m[1]!.replace(',', '.')) : Number.NaN;
  }
  return Number.isFinite(rate) && rate >= 0 && rate <= 100 ? { ok: true, value: rate } : fail('not-percent');
}

/** An exchange rate: a positive number, with a decimal point or comma ("11,7537"). */
export function readExchangeRate(value: unknown): CellReading<number> {
  if (blank(value)) return none();
  const n =
    typeof value === 'number'
      ? value
      : /^\d+(?:[.,]\d+)?$/.test(String(value).trim())
        ? Number(String(value).trim().replace(',', '.'))
        : Number.NaN;
  return Number.isFinite(n) && n > 0 ? { ok: true, value: n } : fail('not-positive');
}

/**
 * Settings › Next invoice number: the counter to start from, typed as 1009 or as the next number itself
 * ("2026-0042", "INV-1009"): its last run of digits is the counter.
 */
export function readNextNumber(value: unknown): CellReading<number> {
  if (blank(value)) return none();
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 ? { ok: true, value } : fail('not-counter');
  const m = /(\d{1,9})\D*$/.exec(String(value).trim());
  const n = m ? Number(m[1]) : 0;
  return n >= 1 ? { ok: true, value: n } : fail('not-counter');
}

/** The Tax treatment column: blank is the add-on's suggestion. */
export function readTreatment(value: unknown): CellReading<TaxTreatment> {
  if (blank(value)) return none();
  const t = parseTreatment(String(value));
  return t ? { ok: true, value: t } : fail('not-treatment');
}

/** The Tax treatment column's choices, for its native validation (data validation list). */
export const TREATMENT_CHOICES: readonly TaxTreatment[] = TAX_TREATMENTS;
