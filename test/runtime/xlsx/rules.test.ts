// The validation formulas the .xlsx writer puts out refer to each range's own top-left cell, as an
// xlsx custom formula must: evaluated by the formula engine at a cell down the range.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FormulaEngine } from '../../../runtime/formula/engine';
import { moveFormula } from '../../../runtime/formula/translate';
import { FakeDataValidationBuilder, FakeSpreadsheet } from '../../../runtime/fakes/spreadsheet';
import { saveWorkbook } from '../../../runtime/xlsx';
import { TODAY, sampleRuntime, tempDir } from '../../support/runtime';

type Model = Record<string, { type: string; formulae?: string[] }>;

async function validations(ss: FakeSpreadsheet, tab: string): Promise<Model> {
  const file = join(tempDir(), 'rules.xlsx');
  await saveWorkbook(ss, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet(tab)!;
  return (ws as unknown as { dataValidations: { model: Model } }).dataValidations.model;
}

/** The rule exceljs read back for a cell, whether it keyed it by the cell or by a range holding it. */
function ruleFor(model: Model, cell: string): { ref: string; formula: string } {
  for (const [ref, dv] of Object.entries(model)) {
    const [from, to = from] = ref.replace(/^range:/, '').split(':') as [string, string?];
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to!)!;
    const [, c, r] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    if (c! >= c1! && c! <= c2! && Number(r) >= Number(r1) && Number(r) <= Number(r2))
      return { ref, formula: String(dv.formulae?.[0]) };
  }
  throw new Error(`No rule on ${cell}`);
}

describe('xlsx validation formulas', () => {
  it('email and URL rules test their own column, not A1', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const clients = await validations(ss, 'Clients');
    const email = ruleFor(clients, 'C5');
    expect(email.formula).toBe('ISNUMBER(SEARCH("@",C2))');
    const invoices = await validations(ss, 'Invoices');
    expect(ruleFor(invoices, 'H7').formula).toBe('ISNUMBER(SEARCH("://",H2))');
    // Evaluated as a spreadsheet program would at C5, with an entry in place.
    const engine = new FormulaEngine(ss, TODAY);
    const anchor = { sheet: 'Clients', row: 2, column: 3 };
    const at = { sheet: 'Clients', row: 5, column: 3 };
    engine.enter(at, 'not an address');
    expect(engine.holds(`=${email.formula}`, anchor, at)).toBe(false);
    engine.enter(at, 'kari@example.com');
    expect(engine.holds(`=${email.formula}`, anchor, at)).toBe(true);
  });

  it('writes a single-cell rule (a Settings value) for that cell', async () => {
    const runtime = await sampleRuntime();
    const settings = runtime.spreadsheet.getSheetByName('Settings')!.getDataRange().getValues();
    const row = settings.findIndex((line) => line[0] === 'Your email') + 1;
    const model = await validations(runtime.spreadsheet, 'Settings');
    expect(ruleFor(model, `B${row}`).formula).toBe(`ISNUMBER(SEARCH("@",B${row}))`);
  });

  it('moves a custom formula written cell by cell where a later rule covers part of its range', async () => {
    const ss = new FakeSpreadsheet({ timeZone: 'Europe/Oslo' });
    const sheet = ss.getSheets()[0]!;
    const rule = (f: string) => new FakeDataValidationBuilder().requireFormulaSatisfied(f).build();
    sheet.getRange('B2:B6').setDataValidation(rule('=AND(B2>0,$A$1<>"",B2<>$C2)'));
    sheet.getRange('B4').setDataValidation(rule('=B4=1'));
    const model = await validations(ss, 'Sheet1');
    expect(ruleFor(model, 'B3').formula).toBe('AND(B3>0,$A$1<>"",B3<>$C3)');
    expect(ruleFor(model, 'B4').formula).toBe('B4=1');
    expect(ruleFor(model, 'B6').formula).toBe('AND(B6>0,$A$1<>"",B6<>$C6)');
  });
});

describe('moveFormula', () => {
  it('moves relative parts, keeps $ parts, text, names and whole columns', () => {
    expect(moveFormula('SUMPRODUCT(--($A:$A=A2))-($A$1=A2)=1', 3, 1)).toBe(
      'SUMPRODUCT(--($A:$A=B5))-($A$1=B5)=1',
    );
    expect(moveFormula(`N("A2")+INDIRECT("'Goals'!B:B")+LOG10(C2)`, 1, 0)).toBe(
      `N("A2")+INDIRECT("'Goals'!B:B")+LOG10(C3)`,
    );
    expect(moveFormula('A2', -2, 0)).toBeNull();
  });
});
