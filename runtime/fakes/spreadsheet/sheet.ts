// Fake of https://developers.google.com/apps-script/reference/spreadsheet/sheet

import { columnNumber } from '../../../src/domain/a1';
import { SERVICE, unwrap } from '../../calls';
import { A1_CELL, type Cell, copy } from './cell';
import type { FakeConditionalFormatRule } from './conditional-format-rule';
import type { ValidationArea } from './data-validation';
import { FakeRangeList } from './range-list';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

export class FakeSheet {
  readonly [SERVICE] = 'Sheet';
  /** Row-major cells; rows and columns beyond these arrays are empty. */
  cells: Cell[][] = [];
  /** Validation by area; a later area wins where areas overlap (one rule per cell, as in Sheets). */
  validations: ValidationArea[] = [];
  rules: FakeConditionalFormatRule[] = [];
  formats = new Map<string, string>();
  bold = new Set<string>();
  widths = new Map<number, number>();
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    private name: string,
    readonly parent: FakeSpreadsheet,
    private readonly id: number,
  ) {}

  private auth(what: string): void {
    this.parent.ctx?.requireAuthorization(`Sheet.${what}`);
  }

  getName(): string {
    this.auth('getName');
    return this.name;
  }
  getSheetName(): string {
    return this.getName();
  }
  getSheetId(): number {
    return this.id;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  cell(row: number, column: number): Cell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }
  hasContent(row: number, column: number): boolean {
    const c = this.cell(row, column);
    return !!c && (c.value !== '' || !!c.formula);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow() */
  getLastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) {
      const line = this.cells[r - 1];
      if (line?.some((c) => c && (c.value !== '' || c.formula))) return r;
    }
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const cell = line[c - 1];
        if (cell && (cell.value !== '' || cell.formula)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange() */
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.auth('getRange');
    if (typeof a === 'string') return this.rangeFromA1(a);
    return new FakeRange(this, a, column!, numRows, numColumns);
  }
  /**
   * A handle on several ranges of this sheet, by A1 notation; nothing is read.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)
   */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.auth('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      throw new Error(
        'Exception: The parameters (number[]) don’t match the method signature for SpreadsheetApp.Sheet.getRangeList.',
      );
    return new FakeRangeList(a1Notations.map((a1) => this.rangeFromA1(a1)));
  }
  private rangeFromA1(a1: string): FakeRange {
    // Whole rows, "1:1" or "2:5": every column of the sheet (A1 notation,
    // https://developers.google.com/sheets/api/guides/concepts#cell: "Sheet1!1:2 refers to all the
    // cells in the first two rows").
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(a1.trim());
    if (rows) {
      const first = Number(rows[1]);
      return new FakeRange(this, first, 1, Number(rows[2]) - first + 1, this.maxColumns);
    }
    const [from, to = from] = a1.replace(/\$/g, '').toUpperCase().split(':') as [string, string?];
    const start = A1_CELL.exec(from);
    const end = A1_CELL.exec(to!);
    if (!start || !end || !start[2]) throw new Error(`Exception: Range not found: ${a1}`);
    const row = Number(start[2]);
    const column = columnNumber(start[1]!);
    const lastRow = end[2] ? Number(end[2]) : this.maxRows;
    const lastColumn = columnNumber(end[1]!);
    return new FakeRange(this, row, column, lastRow - row + 1, lastColumn - column + 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after > this.maxColumns)
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    for (const line of this.cells) line?.splice(after, 0, ...new Array(howMany));
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (after > this.maxRows)
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    this.cells.splice(after, 0, ...new Array(howMany).fill(undefined));
    this.maxRows += howMany;
    return this;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this.widths.set(column, width);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer) */
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.widths.get(column) ?? 100;
  }
  /** Returns copies; setConditionalFormatRules replaces the whole list (docs/platform.md#spreadsheetapp). */
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.rules = rules.map(unwrap);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object) */
  appendRow(values: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    new FakeRange(this, row, 1, 1, values.length).setValues([values]);
    return this;
  }
  activate(): this {
    this.parent.active = this;
    return this;
  }
  /** Values and formulas go; formats and validation stay. https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearContents() */
  clearContents(): this {
    this.auth('clearContents');
    this.cells = [];
    return this;
  }
  /** Test hook: writes values as they would stand in a sheet (no typing rules, no validation). */
  rawWrite(row: number, column: number, values: unknown[][]): void {
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this.put(row + r, column + c, { value: copy(value) });
      });
    });
  }
  put(row: number, column: number, cell: Cell): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    if (!this.cells[row - 1]) this.cells[row - 1] = [];
    this.cells[row - 1]![column - 1] = cell;
  }
}
