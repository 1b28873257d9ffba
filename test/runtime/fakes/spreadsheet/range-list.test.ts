// The Sheets fake's RangeList: one value to many cells in one call, typed as Range.setValue types it.
// https://developers.google.com/apps-script/reference/spreadsheet/range-list ,
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)

import { describe, expect, it } from 'vitest';
import { CallLog, counted } from '../../../../runtime/calls';
import { FakeSpreadsheet } from '../../../../runtime/fakes/spreadsheet';

function countedSheet() {
  const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo' });
  const log = new CallLog();
  return { raw: ss.getSheets()[0]!, sheet: counted(ss, log).getSheets()[0]!, log };
}

describe('Sheet.getRangeList and RangeList.setValue', () => {
  it('sets every listed cell and no other, in one counted call whatever the number of cells', () => {
    for (const n of [1, 10, 500]) {
      const { raw, sheet, log } = countedSheet();
      raw.rawWrite(2, 2, [['keep']]);
      const cells = Array.from({ length: n }, (_, i) => `A${i + 1}`);
      sheet.getRangeList([...cells, 'C3:D4']).setValue(3);
      expect(raw.getRange(1, 1, n, 1).getValues().flat()).toEqual(new Array(n).fill(3));
      expect(raw.getRange(3, 3, 2, 2).getValues()).toEqual([
        [3, 3],
        [3, 3],
      ]);
      expect(raw.getRange(2, 2).getValue()).toBe('keep');
      const by = log.summary().byMethod;
      expect(by['RangeList.setValue']).toBe(1);
      expect(by['Sheet.getRangeList']).toBe(1);
      expect(by['Range.setValue'] ?? 0).toBe(0);
      // getRangeList only hands back ranges; the write is the call the budgets count.
      expect(log.summary().total).toBe(2);
    }
  });

  it('types the value as setValue would: a Date stays a date, text that looks like a formula becomes one', () => {
    const { raw, sheet } = countedSheet();
    const day = new Date('2026-11-22T11:00:00Z');
    sheet.getRangeList(['A1', 'A3']).setValue(day);
    expect((raw.getRange(1, 1).getValue() as Date).getTime()).toBe(day.getTime());
    expect(raw.getRange(2, 1).getValue()).toBe('');
    sheet.getRangeList(['B1']).setValue('=1+1');
    expect(raw.getRange(1, 2).getFormulas()).toEqual([['=1+1']]);
    sheet.getRangeList(['B2']).setValue("'=1+1");
    expect(raw.getRange(2, 2).getValue()).toBe('=1+1');
  });

  it('lists its ranges, and refuses an empty list or a range outside the grid', () => {
    const { sheet } = countedSheet();
    expect(
      sheet
        .getRangeList(['A1', 'B2:C3'])
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1', 'B2:C3']);
    expect(() => sheet.getRangeList([])).toThrow(/getRangeList/);
    expect(() => sheet.getRangeList(['A1001'])).toThrow(/outside the dimensions/);
    expect(() => sheet.getRangeList(['not a range'])).toThrow(/Range not found/);
  });
});
