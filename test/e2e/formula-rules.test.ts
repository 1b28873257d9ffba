// The rules setup writes, evaluated by the runtime's formula engine as Sheets would: which rows each
// flag colours and which entries each validation rule refuses, on the sample and on a hostile sheet.

import { describe, expect, it } from 'vitest';
import { FormulaEngine } from '../../runtime/formula/engine';
import { checkEntry, flaggedRows } from '../../runtime/formula/rules';
import { loadRuntime } from '../../runtime/runtime';
import type { FakeSpreadsheet } from '../../runtime/fakes/spreadsheet';
import { TODAY, ensureBuilt, sampleRuntime } from '../support/runtime';
import { HOSTILE_FLAGS, writeHostileSheet } from '../../scripts/hostile-rules-sheet';

const FLAGS = {
  noGoalOrMark: ['Tasks', 'fvt:task-no-goal-or-mark'],
  goalAndMark: ['Tasks', 'fvt:task-goal-and-mark'],
  goalOfOtherClient: ['Tasks', 'fvt:task-goal-other-client'],
  duplicateClient: ['Clients', 'fvt:client-duplicate'],
  overdue: ['Invoices', 'fvt:invoice-overdue'],
} as const;

function flags(ss: FakeSpreadsheet): Record<keyof typeof FLAGS, number[]> {
  return Object.fromEntries(
    Object.entries(FLAGS).map(([key, [tab, marker]]) => [key, flaggedRows(ss, tab, marker, TODAY)]),
  ) as Record<keyof typeof FLAGS, number[]>;
}

function settingRow(ss: FakeSpreadsheet, name: string): number {
  const values = ss.getSheetByName('Settings')!.getDataRange().getValues();
  const index = values.findIndex((line) => line[0] === name);
  if (index < 0) throw new Error(`No setting ${name}`);
  return index + 1;
}

describe('Settings rules refer to their own cell', () => {
  it('Default currency accepts EUR and refuses "euro" where it stands', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const at = { sheet: 'Settings', row: settingRow(ss, 'Default currency'), column: 2 };
    expect(at.row).toBeGreaterThan(2);
    expect(checkEntry(ss, at, 'EUR', TODAY)).toEqual({ valid: true, refused: false });
    expect(checkEntry(ss, at, 'NOK', TODAY)).toEqual({ valid: true, refused: false });
    for (const bad of ['euro', 'eur', 'EU', 'EURO', 12, 'E1R', 'ØRE', 'E R', true])
      expect(checkEntry(ss, at, bad, TODAY), String(bad)).toEqual({ valid: false, refused: true });
  });

  it('Your email refuses a name and takes an address', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const at = { sheet: 'Settings', row: settingRow(ss, 'Your email'), column: 2 };
    expect(checkEntry(ss, at, 'kari@example.com', TODAY).valid).toBe(true);
    expect(checkEntry(ss, at, 'Kari Nordmann', TODAY).refused).toBe(true);
  });
});

describe('validation rules on the data tabs', () => {
  it('refuses what each custom rule should, in any row', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const clients = ss.getSheetByName('Clients')!.getDataRange().getValues();
    const last = clients.length;
    const cell = (sheet: string, row: number, column: number) => ({ sheet, row, column });
    // Client names are unique: an existing name is refused in a new row, a new one taken.
    expect(checkEntry(ss, cell('Clients', last + 1, 1), String(clients[1]![0]), TODAY).refused).toBe(true);
    expect(checkEntry(ss, cell('Clients', last + 1, 1), 'A new client', TODAY).valid).toBe(true);
    // Its own name in its own row is fine (the rule counts the cell itself once).
    expect(checkEntry(ss, cell('Clients', 3, 1), String(clients[2]![0]), TODAY).valid).toBe(true);
    // Currency (E), payment terms (G) in a row far from the top.
    expect(checkEntry(ss, cell('Clients', 40, 5), 'ISK', TODAY).valid).toBe(true);
    expect(checkEntry(ss, cell('Clients', 40, 5), 'kr', TODAY).refused).toBe(true);
    expect(checkEntry(ss, cell('Clients', 40, 7), 30, TODAY).valid).toBe(true);
    expect(checkEntry(ss, cell('Clients', 40, 7), 2.5, TODAY).refused).toBe(true);
    expect(checkEntry(ss, cell('Clients', 40, 7), -1, TODAY).refused).toBe(true);
    // Time zone only warns.
    expect(checkEntry(ss, cell('Clients', 40, 9), 'Oslo time', TODAY)).toEqual({
      valid: false,
      refused: false,
    });
    expect(checkEntry(ss, cell('Clients', 40, 9), 'America/Argentina/Buenos_Aires', TODAY).valid).toBe(true);
    // Goal priority is a whole number from 1.
    expect(checkEntry(ss, cell('Goals', 30, 3), 1, TODAY).valid).toBe(true);
    expect(checkEntry(ss, cell('Goals', 30, 3), 0, TODAY).refused).toBe(true);
    // Invoice numbers are unique, case-insensitively as Sheets compares text.
    expect(checkEntry(ss, cell('Invoices', 30, 1), 'inv-1001', TODAY).refused).toBe(true);
    expect(checkEntry(ss, cell('Invoices', 30, 1), 'INV-2001', TODAY).valid).toBe(true);
    // Amount is zero or more, except on a credit note's row (Credit note for filled), in any row.
    const invoices = ss.getSheetByName('Invoices')!;
    const header = invoices.getRange(1, 1, 1, invoices.getLastColumn()).getValues()[0]!;
    const amount = header.indexOf('Amount') + 1;
    const creditOf = header.indexOf('Credit note for') + 1;
    for (const row of [2, 30]) {
      expect(checkEntry(ss, cell('Invoices', row, amount), 0, TODAY).valid).toBe(true);
      expect(checkEntry(ss, cell('Invoices', row, amount), 1250.5, TODAY).valid).toBe(true);
      expect(checkEntry(ss, cell('Invoices', row, amount), 'lots', TODAY).refused).toBe(true);
      const negative = () => checkEntry(ss, cell('Invoices', row, amount), -1250.5, TODAY);
      invoices.getRange(row, creditOf).setValue('');
      expect(negative().refused, `row ${row}`).toBe(true);
      invoices.getRange(row, creditOf).setValue('INV-1001');
      expect(negative(), `row ${row}`).toEqual({ valid: true, refused: false });
    }
  });
});

describe('every custom rule on the sample', () => {
  it('accepts every value the sample holds, in every cell of its range', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const engine = new FormulaEngine(ss, TODAY);
    let checked = 0;
    for (const sheet of ss.sheets) {
      const values = sheet.getDataRange().getValues();
      for (const area of sheet.validations) {
        if (area.rule?.criteria !== 'CUSTOM_FORMULA') continue;
        for (let row = area.row; row <= Math.min(area.lastRow, values.length); row++) {
          for (let column = area.column; column <= area.lastColumn; column++) {
            const value = values[row - 1]?.[column - 1];
            if (value === '' || value === undefined || value instanceof Date) continue;
            const at = { sheet: sheet.getName(), row, column };
            expect(
              checkEntry(ss, at, value as string | number | boolean, TODAY, engine),
              JSON.stringify(at),
            ).toEqual({
              valid: true,
              refused: false,
            });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('takes * ? ~ and quotes in names literally', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const row = ss.getSheetByName('Clients')!.getLastRow() + 1;
    for (const name of ['*', '?', '~*', 'Say "hi"', "O'Neil & Co"])
      expect(checkEntry(ss, { sheet: 'Clients', row, column: 1 }, name, TODAY).valid, name).toBe(true);
    // Number columns without bounds (Target) take numbers only.
    expect(checkEntry(ss, { sheet: 'Goals', row: 20, column: 4 }, 500, TODAY).valid).toBe(true);
    expect(checkEntry(ss, { sheet: 'Goals', row: 20, column: 4 }, 'lots', TODAY).refused).toBe(true);
  });
});

describe('flags on the sample', () => {
  it('colour exactly the rows they should: only the four overdue invoices', async () => {
    const runtime = await sampleRuntime();
    const check = runtime.run<{ problems: unknown[] }>('checkSheet');
    expect(check.problems).toEqual([]);
    // Today 2026-11-22. Row 6 INV-1005 issued 11-06 + 14 days; row 7 INV-1006 due 11-13; row 8
    // INV-1007 issued 10-03 + 30 days; row 9 INV-1008 due 11-08. INV-1009 (issued 11-17) is not yet due.
    expect(flags(runtime.spreadsheet)).toEqual({
      noGoalOrMark: [],
      goalAndMark: [],
      goalOfOtherClient: [],
      duplicateClient: [],
      overdue: [6, 7, 8, 9],
    });
  });

  it('leave a withdrawn invoice, a credited one and its credit note uncoloured', async () => {
    const runtime = await sampleRuntime();
    const invoices = runtime.spreadsheet.getSheetByName('Invoices')!;
    const header = invoices.getRange(1, 1, 1, invoices.getLastColumn()).getValues()[0]!;
    const at = (name: string) => header.indexOf(name) + 1;
    invoices.getRange(6, at('Withdrawn on')).setValue(invoices.getRange(6, at('Issued')).getValue());
    // A credit note for INV-1006 (row 7), long since due itself and never paid, in the next free row.
    const row = invoices.getLastRow() + 1;
    const line = header.map((h) =>
      h === 'Invoice'
        ? 'CN-2026-0001'
        : h === 'Credit note for'
          ? 'inv-1006'
          : h === 'Amount'
            ? -100
            : ['Client', 'Issued', 'Currency'].includes(String(h))
              ? invoices.getRange(7, at(String(h))).getValue()
              : '',
    );
    invoices.getRange(row, 1, 1, line.length).setValues([line]);
    expect(flags(runtime.spreadsheet).overdue).toEqual([8, 9]);
  });
});

describe('flags on a hostile sheet', () => {
  async function hostile() {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    writeHostileSheet(runtime);
    return runtime;
  }

  it('colour exactly the wrong rows, with * ? ~ " and formula-like text taken literally', async () => {
    const runtime = await hostile();
    // The rows, with why, are in scripts/hostile-rules-sheet.ts beside the data.
    expect(flags(runtime.spreadsheet)).toEqual(
      Object.fromEntries(Object.entries(FLAGS).map(([key, [, marker]]) => [key, HOSTILE_FLAGS[marker]])),
    );
    expect(HOSTILE_FLAGS['fvt:task-goal-other-client']).toEqual([4, 6, 9, 14]);
  });

  it('agree with the check on which task rows are wrong', async () => {
    const runtime = await hostile();
    const check = runtime.run<{ problems: { sheet: string; row: number; column: string }[] }>('checkSheet');
    const rows = (column: string) =>
      [
        ...new Set(
          check.problems.filter((p) => p.sheet === 'Tasks' && p.column === column).map((p) => p.row),
        ),
      ].sort((a, b) => a - b);
    const f = flags(runtime.spreadsheet);
    expect(rows('Goal')).toEqual([...f.noGoalOrMark, ...f.goalOfOtherClient].sort((a, b) => a - b));
    expect(rows('Mark')).toEqual(f.goalAndMark);
  });
});
