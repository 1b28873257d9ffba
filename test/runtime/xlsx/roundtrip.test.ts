// .xlsx in and out of the local runtime: what a set-up tracking sheet holds survives a save and a load,
// and a workbook written elsewhere (as Sheets downloads one) loads with the right types.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../../../runtime/fakes/spreadsheet';
import { loadWorkbook, saveWorkbook } from '../../../runtime/xlsx';
import { sampleRuntime, snapshot, tempDir } from '../../support/runtime';

describe('xlsx', () => {
  it('round-trips a set-up sample sheet: values and types, validations, flags, frozen rows', async () => {
    const runtime = await sampleRuntime();
    const file = join(tempDir(), 'sheet.xlsx');
    await saveWorkbook(runtime.spreadsheet, file);
    const loaded = await loadWorkbook(file, { timeZone: runtime.timeZone });
    expect(JSON.stringify(snapshot(loaded))).toBe(JSON.stringify(snapshot(runtime.spreadsheet)));
    const tasks = loaded.getSheetByName('Tasks')!;
    expect(tasks.getRange(2, 1).getValue()).toBeInstanceOf(Date);
    expect(typeof tasks.getRange(2, 6).getValue()).toBe('number');
    expect(typeof tasks.getRange(2, 9).getValue()).toBe('boolean');
    expect(String(tasks.getRange(500, 9).getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    const client = tasks.getRange(2, 2).getDataValidation()!;
    expect(String(client.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(client.getHelpText()).toBe('Pick a client from the Clients tab.');
  });

  it('keeps a date-only cell on the same calendar day in zones either side of UTC', async () => {
    for (const timeZone of ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Oslo']) {
      const ss = new FakeSpreadsheet({ timeZone });
      ss.getSheets()[0]!
        .getRange(1, 1, 1, 4)
        .setValues([['2026-10-31', 'שלום 日本 😀', 1.25, true]]);
      const file = join(tempDir(), 'zone.xlsx');
      await saveWorkbook(ss, file);
      const back = await loadWorkbook(file, { timeZone });
      const [date, text, number, flag] = back.getSheets()[0]!.getRange(1, 1, 1, 4).getValues()[0]!;
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(date as Date)).toBe('2026-10-31');
      expect([text, number, flag]).toEqual(['שלום 日本 😀', 1.25, true]);
    }
  });

  it('loads a workbook written by another program with dates, numbers, a list rule and a frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Tasks', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(['Date', 'Client', 'Hours', 'Mark']);
    ws.addRow([new Date(Date.UTC(2026, 9, 5)), 'Acme', 2.5, 'A']);
    (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } }).dataValidations.add(
      'D2:D100',
      {
        type: 'list',
        allowBlank: true,
        formulae: ['"A,B"'],
        showErrorMessage: true,
        errorStyle: 'stop',
      },
    );
    const file = join(tempDir(), 'other.xlsx');
    await workbook.xlsx.writeFile(file);
    const ss = await loadWorkbook(file, { timeZone: 'Europe/Oslo' });
    const sheet = ss.getSheetByName('Tasks')!;
    expect(sheet.getFrozenRows()).toBe(1);
    const [date, client, hours] = sheet.getRange(2, 1, 1, 3).getValues()[0]!;
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(date as Date)).toBe(
      '2026-10-05',
    );
    expect([client, hours]).toEqual(['Acme', 2.5]);
    const rule = sheet.getRange(50, 4).getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()[0]).toEqual(['A', 'B']);
    expect(rule.getAllowInvalid()).toBe(false);
  });

  it('refuses a file that is not a workbook with one clear message', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(tempDir(), 'junk.xlsx');
    writeFileSync(file, 'not a zip');
    await expect(loadWorkbook(file, { timeZone: 'Europe/Oslo' })).rejects.toThrow(
      /^Cannot read .*junk\.xlsx as \.xlsx/,
    );
  });
});
