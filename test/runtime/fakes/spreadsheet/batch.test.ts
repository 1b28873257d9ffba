// The Sheets fake's batch writes that setup uses, as the reference describes them, and the call log's
// cell counts that the benchmark reports.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)

import { describe, expect, it } from 'vitest';
import { CallLog, counted } from '../../../../runtime/calls';
import { FakeDataValidationBuilder, FakeSpreadsheet } from '../../../../runtime/fakes/spreadsheet';

function sheet() {
  const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo' });
  return ss.getSheets()[0]!;
}

const rule = (values: string[]) => new FakeDataValidationBuilder().requireValueInList(values).build();

describe('Range.setDataValidations', () => {
  it('sets one rule per cell, row by column; null removes; a later rule replaces', () => {
    const s = sheet();
    const yes = rule(['yes']);
    const no = rule(['no']);
    s.getRange(2, 1, 3, 1).setDataValidation(no);
    s.getRange(2, 1, 3, 2).setDataValidations([
      [null, yes],
      [yes, yes],
      [yes, no],
    ]);
    const at = (r: number, c: number) => s.getRange(r, c).getDataValidation()?.getCriteriaValues()[0];
    expect([at(2, 1), at(3, 1), at(4, 1)]).toEqual([undefined, ['yes'], ['yes']]);
    expect([at(2, 2), at(3, 2), at(4, 2)]).toEqual([['yes'], ['yes'], ['no']]);
    expect(s.getRange(5, 1).getDataValidation()).toBeNull();
    // The same rule down a column is stored as one area, as setDataValidation would.
    const before = s.validations.length;
    s.getRange(2, 3, 900, 1).setDataValidations(new Array(900).fill([yes]));
    expect(s.validations.length).toBe(before + 1);
  });

  it('refuses an array whose dimensions differ from the range', () => {
    const s = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setDataValidations([[null, null]])).toThrow(
      /does not match the range/,
    );
    expect(() => s.getRange(1, 1, 1, 2).setNumberFormats([['0']])).toThrow(/does not match the range/);
  });
});

describe('number formats, widths and whole rows', () => {
  it('setNumberFormats sets each cell; setColumnWidths a run of columns', () => {
    const s = sheet();
    s.getRange(2, 1, 2, 2).setNumberFormats([
      ['yyyy-mm-dd', '0.00'],
      ['yyyy-mm-dd', '0.00'],
    ]);
    expect(s.getRange(3, 2).getNumberFormat()).toBe('0.00');
    expect(s.getRange(2, 1).getNumberFormat()).toBe('yyyy-mm-dd');
    s.setColumnWidths(2, 3, 150);
    expect([1, 2, 3, 4, 5].map((c) => s.getColumnWidth(c))).toEqual([100, 150, 150, 150, 100]);
  });

  it('"1:1" is the whole first row', () => {
    const s = sheet();
    s.getRange(1, 1, 1, 2).setValues([['Date', 'Client']]);
    const row = s.getRange('1:1');
    expect(row.getA1Notation()).toBe(`A1:${'Z'}1`);
    expect(row.getValues()[0]!.slice(0, 3)).toEqual(['Date', 'Client', '']);
  });
});

describe('cells read and written', () => {
  it('the call log adds each Range call’s rows × columns, apart from the calls', () => {
    const log = new CallLog();
    const s = counted(sheet(), log);
    s.getRange(1, 1, 3, 4).getValues();
    s.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    s.getRange(2, 1, 10, 1).setDataValidation(null);
    s.getLastRow();
    const summary = log.summary();
    expect(summary.cellsRead).toBe(12);
    expect(summary.cellsWritten).toBe(14);
    expect(summary.cellsByMethod).toEqual({
      'Range.getValues': 12,
      'Range.setDataValidation': 10,
      'Range.setValues': 4,
    });
  });
});
