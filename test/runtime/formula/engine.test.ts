// The runtime's formula engine on its own: Sheets' relative references, INDIRECT, open-ended ranges,
// REGEXMATCH and TO_TEXT, computed by HyperFormula against a fake spreadsheet's values.

import { describe, expect, it } from 'vitest';
import { FormulaEngine } from '../../../runtime/formula/engine';
import { translateFormula } from '../../../runtime/formula/translate';
import { FakeSpreadsheet } from '../../../runtime/fakes/spreadsheet';

const shift = { rows: 0, columns: 0, sheet: 'Tasks', maxRows: () => 1000, today: 46348 };

function book() {
  const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo', empty: true });
  ss.insertSheet('Tasks');
  ss.insertSheet("Bob's goals");
  ss.rawWrite('Tasks', 1, 1, [
    ['Name', 'Code', 'Amount'],
    ['a*', 'EUR', 5],
    ['A*', 'euro', 'x'],
    ['b', 'eur', 7],
  ]);
  ss.rawWrite("Bob's goals", 1, 1, [['Goal'], ['a*'], ['=1+1']]);
  return ss;
}

const at = (row: number, column: number) => ({ sheet: 'Tasks', row, column });

describe('translateFormula', () => {
  it('moves relative parts from the top-left cell and keeps $ parts', () => {
    expect(translateFormula('=AND($B2<>"",B$2="",$C$2>0)', { ...shift, rows: 3, columns: 1 })).toBe(
      `=AND('Tasks'!$B$5<>"",'Tasks'!$C$2="",'Tasks'!$C$2>0)`,
    );
  });

  it('leaves text, function names and booleans alone', () => {
    expect(translateFormula('=N("fvt:A2")=0', { ...shift, rows: 5 })).toBe('=N("fvt:A2")=0');
    expect(translateFormula('=TO_TEXT(A2)=LOG10(10)', { ...shift, rows: 1 })).toBe(
      `=TO_TEXT('Tasks'!$A$3)=LOG10(10)`,
    );
    expect(translateFormula('=IF(TRUE,A1,FALSE)', shift)).toBe(`=IF(TRUE,'Tasks'!$A$1,FALSE)`);
  });

  it('ends an open-ended range at the last row of its tab', () => {
    expect(translateFormula('=SUMPRODUCT(--($A$2:$A=A2))', { ...shift, rows: 1 })).toBe(
      `=SUMPRODUCT(--('Tasks'!$A$2:$A$1000='Tasks'!$A$3))`,
    );
  });

  it('reads INDIRECT of literal text as a fixed reference, never moved', () => {
    expect(translateFormula(`=INDIRECT("'Goals'!B2:B")=B2`, { ...shift, rows: 4, columns: 1 })).toBe(
      `='Goals'!$B$2:$B$1000='Tasks'!$C$6`,
    );
    expect(translateFormula(`=INDIRECT("'It''s'!B:B")`, shift)).toBe(`='It''s'!$B:$B`);
    expect(() => translateFormula('=INDIRECT(A1)', shift)).toThrow(/literal text/);
  });

  it('refuses a direct reference to another tab, as Sheets refuses such a rule', () => {
    expect(() => translateFormula(`='Goals'!B2=A2`, shift)).toThrow(/only through INDIRECT/);
    expect(translateFormula(`='Tasks'!B2=A2`, shift)).toBe(`='Tasks'!$B$2='Tasks'!$A$2`);
  });

  it('puts today in place of TODAY() and gives #REF! above row 1', () => {
    expect(translateFormula('=A1<TODAY()', { ...shift, rows: -1 })).toBe('=#REF!<46348');
  });
});

describe('FormulaEngine', () => {
  it('compares text as Sheets does: case-insensitive, * and ? only characters', () => {
    const engine = new FormulaEngine(book(), '2026-11-22');
    const count = '=SUMPRODUCT(--($A$2:$A=A2))';
    expect(engine.evaluate(count, at(2, 1), at(2, 1))).toBe(2);
    expect(engine.evaluate(count, at(2, 1), at(4, 1))).toBe(1);
  });

  it('implements REGEXMATCH (case-sensitive, text only) and TO_TEXT', () => {
    const engine = new FormulaEngine(book(), '2026-11-22');
    const currency = '=REGEXMATCH(TO_TEXT(B2), "^[A-Z]{3}$")';
    expect(engine.holds(currency, at(2, 2), at(2, 2))).toBe(true);
    expect(engine.holds(currency, at(2, 2), at(3, 2))).toBe(false);
    expect(engine.holds(currency, at(2, 2), at(4, 2))).toBe(false);
    expect(engine.evaluate('=TO_TEXT(C2)', at(2, 3), at(2, 3))).toBe('5');
    expect(engine.evaluate('=REGEXMATCH(C2, "5")', at(2, 3), at(2, 3))).toBe('#VALUE!');
  });

  it('reads other tabs through INDIRECT, text that looks like a formula stays text', () => {
    const engine = new FormulaEngine(book(), '2026-11-22');
    const f = `=SUMPRODUCT(--(INDIRECT("'Bob''s goals'!A2:A")=A2))`;
    expect(engine.evaluate(f, at(2, 1), at(2, 1))).toBe(1);
    expect(engine.evaluate(`=INDIRECT("'Bob''s goals'!A3")`, at(2, 1), at(2, 1))).toBe('=1+1');
  });

  it('evaluates a typed entry without touching the fake', () => {
    const ss = book();
    const engine = new FormulaEngine(ss, '2026-11-22');
    engine.enter(at(3, 2), 'NOK');
    expect(engine.holds('=REGEXMATCH(TO_TEXT(B2), "^[A-Z]{3}$")', at(2, 2), at(3, 2))).toBe(true);
    expect(ss.getSheetByName('Tasks')!.getRange(3, 2).getValue()).toBe('euro');
  });

  it('puts back what a cell held after a what-if entry', () => {
    const engine = new FormulaEngine(book(), '2026-11-22');
    const held = engine.withEntry(at(3, 2), 'NOK', () => engine.evaluate('=B3', at(3, 2), at(3, 2)));
    expect(held).toBe('NOK');
    expect(engine.evaluate('=B3', at(3, 2), at(3, 2))).toBe('euro');
    engine.withEntry(at(9, 9), 3, () => null);
    expect(engine.evaluate('=I9', at(9, 9), at(9, 9))).toBe(null);
  });

  it('computes TODAY() as the given day and dates as serials in the sheet’s zone', () => {
    const ss = book();
    ss.rawWrite('Tasks', 5, 1, [[new Date('2026-11-20T23:00:00Z')]]);
    const engine = new FormulaEngine(ss, '2026-11-22');
    expect(engine.evaluate('=TODAY()-A5', at(5, 1), at(5, 1))).toBe(1);
  });
});
