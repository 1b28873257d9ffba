// The Sheets fake's gotchas that the add-on's correctness rests on, each as the reference describes:
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)

import { describe, expect, it } from 'vitest';
import { RuntimeContext } from '../../../../runtime/fakes/context';
import { FakeDataValidationBuilder, FakeSpreadsheet } from '../../../../runtime/fakes/spreadsheet';

function sheet() {
  const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo' });
  return { ss, sheet: ss.getSheets()[0]! };
}

describe('Range.setValues reads strings as if typed', () => {
  it('keeps apostrophe text, makes formulas, numbers, booleans and dates of the rest', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 6).setValues([["'=1+1", '=SUM(B1)', '12.5', 'TRUE', '2026-10-31', 'plain']]);
    expect(s.getRange(1, 1).getValue()).toBe('=1+1');
    expect(s.getRange(1, 2).getFormulas()).toEqual([['=SUM(B1)']]);
    expect(() => s.getRange(1, 2).getValue()).toThrow(/cannot compute formulas/);
    expect(s.getRange(1, 3).getValue()).toBe(12.5);
    expect(s.getRange(1, 4).getValue()).toBe(true);
    const date = s.getRange(1, 5).getValue() as Date;
    expect(date.toISOString()).toBe('2026-10-30T23:00:00.000Z');
    expect(s.getRange(1, 6).getValue()).toBe('plain');
  });

  it('treats +x, -x and @x as formula input (strict)', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([['+A2', '-x', '@me']]);
    expect(
      s
        .getRange(1, 1, 1, 3)
        .getFormulas()[0]!
        .every((f) => f !== ''),
    ).toBe(true);
  });

  it('throws the reference messages for wrong dimensions and ranges outside the grid', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 1).setValues([[1]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1]])).toThrow(
      /number of columns in the data does not match/,
    );
    expect(() => s.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(1, 27)).toThrow(/outside the dimensions/);
    s.insertRowsAfter(1000, 5);
    expect(s.getRange(1005, 1).getValue()).toBe('');
  });

  it('gives copies, empty cells as "", and a data range that ends at the last content', () => {
    const { sheet: s } = sheet();
    const when = new Date('2026-10-05T10:00:00Z');
    s.getRange(2, 2, 1, 2).setValues([[when, 'x']]);
    const values = s.getDataRange().getValues();
    expect(values).toEqual([
      ['', '', ''],
      ['', when, 'x'],
    ]);
    (values[1]![1] as Date).setFullYear(1999);
    values[1]![2] = 'changed';
    expect(s.getRange(2, 2, 1, 2).getValues()).toEqual([[when, 'x']]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C2');
  });

  it('refuses a second tab of the same name and keeps one validation rule per cell', () => {
    const { ss, sheet: s } = sheet();
    expect(() => ss.insertSheet('sheet1')).toThrow(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    const a = new FakeDataValidationBuilder().requireValueInList(['A', 'B']).setAllowInvalid(false).build();
    const b = new FakeDataValidationBuilder().requireNumberBetween(0, 24).build();
    s.getRange('A2:A100').setDataValidation(a);
    s.getRange('A2:A100').setDataValidation(b);
    expect(String(s.getRange(50, 1).getDataValidation()?.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(s.validations).toHaveLength(1);
    s.getRange('A2:A100').setDataValidation(null);
    expect(s.getRange(50, 1).getDataValidation()).toBeNull();
  });

  it('refuses spreadsheet calls in AuthMode.NONE', () => {
    const { ss } = sheet();
    ss.ctx = new RuntimeContext();
    ss.ctx.authMode = 'NONE';
    expect(() => ss.getSheetByName('Sheet1')).toThrow(/permission/);
  });
});
