// The local runtime's formula engine: HyperFormula loaded with a copy of the fake spreadsheet's
// values, asked what a rule's custom formula gives at one cell, as Sheets would compute it there.
// A test tool only: it never runs inside dist/ and never writes to the fake.

import { HyperFormula } from 'hyperformula';
import { wallClock } from '../../src/domain/dates';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { registerSheetsFunctions } from './sheets-functions';
import { translateFormula } from './translate';

type Raw = string | number | boolean | null;

/** Sheets' date serial: days since 1899-12-30 of the wall-clock time in the spreadsheet's zone. */
export function dateSerial(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const utc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell value as HyperFormula raw content: text is forced to stay text (a leading apostrophe). */
function raw(value: unknown, timeZone: string): Raw {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) return dateSerial(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return `'${String(value)}`;
}

export interface Cell {
  sheet: string;
  row: number;
  column: number;
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  private readonly maxRows = new Map<string, number>();
  private readonly today: number;

  /** `today` is YYYY-MM-DD in the spreadsheet's zone, what TODAY() gives. */
  constructor(
    private readonly ss: FakeSpreadsheet,
    today: string,
  ) {
    registerSheetsFunctions();
    const sheets: Record<string, Raw[][]> = {};
    for (const sheet of ss.sheets) {
      sheets[sheet.getName()] = readSheet(sheet, ss.timeZone);
      this.maxRows.set(sheet.getName(), sheet.getMaxRows());
    }
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    this.today = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    this.hf = HyperFormula.buildFromSheets(sheets, {
      // HyperFormula is GPL-3.0 (or commercial); used here as a development-only test tool:
      // docs/decisions.md#rule-formulas-and-hyperformula.
      licenseKey: 'gpl-v3',
      // Sheets lifts comparisons and arithmetic over ranges inside SUMPRODUCT, FILTER and the like.
      useArrayArithmetic: true,
    });
  }

  /** What a value typed by a person into a cell becomes (text, number, date...), for what-if checks. */
  enter(cell: Cell, value: unknown): void {
    const id = this.sheetId(cell.sheet);
    this.hf.setCellContents({ sheet: id, row: cell.row - 1, col: cell.column - 1 }, [
      [raw(value, this.ss.timeZone)],
    ]);
  }

  /** Runs `f` with `value` in a cell, then puts back what the cell held. */
  withEntry<T>(cell: Cell, value: unknown, f: () => T): T {
    const address = { sheet: this.sheetId(cell.sheet), row: cell.row - 1, col: cell.column - 1 };
    const before = this.hf.getCellSerialized(address);
    this.enter(cell, value);
    try {
      return f();
    } finally {
      this.hf.setCellContents(address, [[before as Raw]]);
    }
  }

  /**
   * The value of `formula`, written for `anchor` (the rule range's top-left cell), computed at `at`.
   * Errors come back as their Sheets text, e.g. '#VALUE!'.
   */
  evaluate(formula: string, anchor: Cell, at: Cell): Raw {
    if (anchor.sheet !== at.sheet) throw new Error('A rule and the cell it is evaluated at share a tab');
    const text = translateFormula(formula, {
      rows: at.row - anchor.row,
      columns: at.column - anchor.column,
      sheet: at.sheet,
      maxRows: (name) => {
        const rows = this.maxRows.get(name);
        if (rows === undefined) throw new Error(`No tab named ${name}`);
        return rows;
      },
      today: this.today,
    });
    const value = this.hf.calculateFormula(text, this.sheetId(at.sheet));
    if (Array.isArray(value)) throw new Error(`${formula} gives an array at ${at.sheet} row ${at.row}`);
    if (value !== null && typeof value === 'object') return String((value as { value: string }).value);
    return value as Raw;
  }

  /** Whether a rule formula holds at a cell: TRUE or a non-zero number; errors and text do not hold. */
  holds(formula: string, anchor: Cell, at: Cell): boolean {
    const value = this.evaluate(formula, anchor, at);
    return value === true || (typeof value === 'number' && value !== 0);
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`No tab named ${name}`);
    return id;
  }
}

function readSheet(sheet: FakeSheet, timeZone: string): Raw[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet
    .getDataRange()
    .getValues()
    .map((line) => line.map((v) => raw(v, timeZone)));
}
