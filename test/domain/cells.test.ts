// Reading one getValues() cell as the type a column needs: every branch, and hostile content.

import type { Say } from '../../src/domain/problems';
import { sayText } from '../../src/domain/problems/render';
import { describe, expect, it } from 'vitest';
import {
  isBlank,
  readBoolean,
  readChoice,
  readDate,
  readNumber,
  readText,
  sheetError,
  cut,
} from '../../src/domain/cells';

const OSLO = 'Europe/Oslo';
/** A refusal whose English text matches: what the Problems list shows an English reader. */
const failure = (message: RegExp | string) => ({
  ok: false,
  says: {
    asymmetricMatch: (says: Say[]) => new RegExp(message).test(sayText(says, 'en')),
    toString: () => `says matching ${message}`,
  },
});

describe('isBlank', () => {
  it('treats empty and whitespace-only cells as blank, nothing else', () => {
    for (const cell of ['', '   ', '\t\n', null, undefined])
      expect(isBlank(cell), JSON.stringify(cell)).toBe(true);
    for (const cell of [0, false, 'x', ' 0 ', new Date(NaN), '\u200f', '#N/A'])
      expect(isBlank(cell), String(cell)).toBe(false);
  });
});

describe('sheetError', () => {
  it('recognises the error values Sheets returns as text', () => {
    for (const e of [
      '#N/A',
      '#REF!',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#ERROR!',
      '#SPILL!',
      '#CALC!',
      '#LOADING...',
    ]) {
      expect(sheetError(e)).toBe(e);
    }
    expect(sheetError(' #REF! ')).toBe('#REF!');
  });

  it('leaves other text, numbers and hashtags alone', () => {
    for (const cell of ['#hashtag', '#N/A and more', 'N/A', '#ref', 42, true, '', new Date(2026, 0, 1)]) {
      expect(sheetError(cell), String(cell)).toBeNull();
    }
  });
});

describe('cut', () => {
  it('keeps short text and cuts long text to one line', () => {
    expect(cut('abc')).toBe('abc');
    expect(cut('a\nb\tc')).toBe('a b c');
    const long = cut('x'.repeat(50_000));
    expect(long).toBe(`${'x'.repeat(37)}…`);
  });

  it('never splits an emoji into a lone surrogate when cutting', () => {
    const text = cut('🙂'.repeat(100));
    expect(text).toBe(`${'🙂'.repeat(37)}…`);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut('🙂'.repeat(30))).toBe(`${'🙂'.repeat(30)}`);
  });

  it('shows dates as ISO instants and does not throw on an invalid date', () => {
    expect(cut(new Date(Date.UTC(2026, 9, 31)))).toBe('2026-10-31T00:00:00.000Z');
    expect(cut(new Date(NaN))).toBe('invalid date');
  });
});

describe('readText', () => {
  it('trims text and turns other values into text', () => {
    expect(readText('  Acme AS  ', OSLO)).toBe('Acme AS');
    expect(readText('', OSLO)).toBe('');
    expect(readText('   ', OSLO)).toBe('');
    expect(readText(12.5, OSLO)).toBe('12.5');
    expect(readText(true, OSLO)).toBe('true');
    expect(readText(undefined, OSLO)).toBe('');
  });

  it('writes a date as the calendar day in the sheet’s zone, and an invalid date as empty', () => {
    const lateOct31Utc = new Date(Date.UTC(2026, 9, 31, 23, 30));
    expect(readText(lateOct31Utc, OSLO)).toBe('2026-11-01');
    expect(readText(lateOct31Utc, 'America/New_York')).toBe('2026-10-31');
    expect(readText(new Date(NaN), OSLO)).toBe('');
  });

  it('keeps emoji, RTL marks and very long text intact', () => {
    expect(readText('🚀 Launch 👩‍💻', OSLO)).toBe('🚀 Launch 👩‍💻');
    expect(readText('\u200fשלום\u200f', OSLO)).toBe('\u200fשלום\u200f');
    const long = 'ø'.repeat(50_000);
    expect(readText(long, OSLO)).toBe(long);
  });
});

describe('readNumber', () => {
  it('passes numbers and reads blanks as null', () => {
    expect(readNumber(12.5)).toEqual({ ok: true, value: 12.5 });
    expect(readNumber(0)).toEqual({ ok: true, value: 0 });
    expect(readNumber(-3)).toEqual({ ok: true, value: -3 });
    expect(readNumber('')).toEqual({ ok: true, value: null });
    expect(readNumber('  ')).toEqual({ ok: true, value: null });
  });

  it('reads plain digits typed as text', () => {
    expect(readNumber(' 12.5 ')).toEqual({ ok: true, value: 12.5 });
    expect(readNumber('7')).toEqual({ ok: true, value: 7 });
    expect(readNumber('+2')).toEqual({ ok: true, value: 2 });
    expect(readNumber('-0.25')).toEqual({ ok: true, value: -0.25 });
  });

  it('refuses a comma decimal rather than guess between 1.5 and 15', () => {
    expect(readNumber('1,5')).toEqual(
      failure(/“1,5” is text\. Type it as the number you mean, with a point/),
    );
    expect(readNumber('1,500')).toEqual(failure(/is text\. Type it as the number you mean, with a point/));
  });

  it('refuses text with a point between groups of three, which may be thousands (1.500 in nb, is)', () => {
    for (const text of ['1.500', '12.500', '-2.000.000'])
      expect(readNumber(text), text).toEqual(failure(/point could mark decimals or thousands/));
    // A point that cannot be a thousands separator is a decimal point.
    for (const [text, value] of [
      ['1.5', 1.5],
      ['0.250', 0.25],
      ['1234.500', 1234.5],
      ['12.50', 12.5],
    ] as const)
      expect(readNumber(text), text).toEqual({ ok: true, value });
  });

  it('refuses anything else with a message', () => {
    expect(readNumber('12 hours')).toEqual(
      failure(/^The text “12 hours” is not a number\. Type digits such as 12\.5\.$/),
    );
    expect(readNumber('1e3')).toEqual(failure(/is not a number/));
    expect(readNumber('.5')).toEqual(failure(/is not a number/));
    expect(readNumber('\u200f12')).toEqual(failure(/is not a number/));
    expect(readNumber('🙂')).toEqual(failure(/is not a number/));
    expect(readNumber(Number.NaN)).toEqual(failure(/^The cell holds NaN \(not a number\)/));
    expect(readNumber(Number.POSITIVE_INFINITY)).toEqual(
      failure(/^The cell holds Infinity, which is not a usable number/),
    );
  });

  it('says a tick box or a date is not a number', () => {
    expect(readNumber(true)).toEqual(failure(/“true” is a tick box value, not a number/));
    expect(readNumber(false)).toEqual(failure(/tick box/));
    expect(readNumber(new Date(2026, 9, 31))).toEqual(failure(/holds a date, not a number/));
    expect(readNumber(new Date(NaN))).toEqual(failure(/holds a date, not a number/));
  });

  it('reports Sheets errors as errors', () => {
    expect(readNumber('#REF!')).toEqual(
      failure(/shows the error #REF!\. Fix the formula or type the value\./),
    );
    expect(readNumber('#N/A')).toEqual(failure(/#N\/A/));
    expect(readNumber('#DIV/0!')).toEqual(failure(/#DIV\/0!/));
  });

  it('keeps a message short for a 50,000-character cell', () => {
    const r = readNumber('9'.repeat(25_000) + 'x'.repeat(25_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(sayText(r.says, 'en').length).toBeLessThan(120);
  });
});

describe('readDate', () => {
  it('reads Date cells as the day in the sheet’s zone', () => {
    expect(readDate(new Date(Date.UTC(2026, 9, 31, 23, 30)), OSLO)).toEqual({
      ok: true,
      value: '2026-11-01',
    });
    expect(readDate(new Date(Date.UTC(2026, 9, 31, 23, 30)), 'America/New_York')).toEqual({
      ok: true,
      value: '2026-10-31',
    });
    // Sheets stores a date-only cell as midnight in the spreadsheet's zone.
    expect(readDate(new Date(Date.UTC(2026, 2, 28, 23)), OSLO)).toEqual({ ok: true, value: '2026-03-29' });
  });

  it('reads blanks as null and YYYY-MM-DD text as the day', () => {
    expect(readDate('', OSLO)).toEqual({ ok: true, value: null });
    expect(readDate(' 2026-10-31 ', OSLO)).toEqual({ ok: true, value: '2026-10-31' });
    expect(readDate('2028-02-29', OSLO)).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('refuses other date text instead of guessing the order of day and month', () => {
    for (const text of [
      '31/10/2026',
      '10/31/2026',
      'Oct 31, 2026',
      '2026-13-01',
      '2026-02-30',
      '2026-10-31T12:00',
    ]) {
      expect(readDate(text, OSLO), text).toEqual(
        failure(/is text, not a date\. Pick a date or type it as 2026-10-31\./),
      );
    }
  });

  it('refuses invalid dates, numbers, booleans and errors', () => {
    expect(readDate(new Date(NaN), OSLO)).toEqual(failure(/^The cell holds an invalid date\.$/));
    expect(readDate(46326, OSLO)).toEqual(failure(/“46326” is a number, not a date/));
    expect(readDate(true, OSLO)).toEqual(failure(/“true” is not a date/));
    expect(readDate('#VALUE!', OSLO)).toEqual(failure(/shows the error #VALUE!/));
  });

  it('refuses dates whose year cannot be written with four digits', () => {
    expect(readDate(new Date(8.64e15), OSLO)).toEqual(failure(/outside the years 1 to 9999/));
    expect(readDate(new Date(-8.64e15), OSLO)).toEqual(failure(/outside the years 1 to 9999/));
    const yearOne = new Date(0);
    yearOne.setUTCFullYear(1, 5, 1);
    expect(readDate(yearOne, OSLO)).toEqual({ ok: true, value: '0001-06-01' });
  });
});

describe('readBoolean', () => {
  it('reads tick boxes and TRUE/FALSE typed as text', () => {
    expect(readBoolean(true)).toEqual({ ok: true, value: true });
    expect(readBoolean(false)).toEqual({ ok: true, value: false });
    expect(readBoolean('TRUE')).toEqual({ ok: true, value: true });
    expect(readBoolean(' false ')).toEqual({ ok: true, value: false });
    expect(readBoolean('')).toEqual({ ok: true, value: null });
  });

  it('refuses numbers, other text, dates and errors', () => {
    expect(readBoolean(1)).toEqual(failure(/“1” is not a tick box value \(TRUE or FALSE\)/));
    expect(readBoolean('yes')).toEqual(failure(/not a tick box value/));
    expect(readBoolean(new Date(NaN))).toEqual(failure(/“invalid date” is not a tick box value/));
    expect(readBoolean('#N/A')).toEqual(failure(/shows the error #N\/A/));
  });
});

describe('readChoice', () => {
  const marks = ['A', 'B'] as const;

  it('matches without case and returns the canonical spelling', () => {
    expect(readChoice('a', marks)).toEqual({ ok: true, value: 'A' });
    expect(readChoice(' B ', marks)).toEqual({ ok: true, value: 'B' });
    expect(readChoice('ACTIVE', ['active', 'paused', 'ended'])).toEqual({ ok: true, value: 'active' });
    expect(readChoice('', marks)).toEqual({ ok: true, value: null });
  });

  it('refuses other values, listing the choices', () => {
    expect(readChoice('C', marks)).toEqual(failure(/^“C” is not one of A, B\.$/));
    expect(readChoice(true, marks)).toEqual(failure(/is not one of A, B/));
    expect(readChoice(1, marks)).toEqual(failure(/is not one of A, B/));
    expect(readChoice('#REF!', marks)).toEqual(failure(/shows the error #REF!/));
    expect(readChoice('A\u200f', marks)).toEqual(failure(/is not one of/));
  });

  it('does not throw on an invalid date', () => {
    expect(readChoice(new Date(NaN), marks)).toEqual(failure(/“invalid date” is not one of A, B/));
  });
});
