// Fake of https://developers.google.com/apps-script/reference/spreadsheet/range

import { columnLetters } from '../../../src/domain/a1';
import { SERVICE, unwrap } from '../../calls';
import { copy, interpretTyped, linkOf } from './cell';
import { type FakeDataValidation, hasRelativeReference, validationAt } from './data-validation';
import { FakeRichTextValue } from './rich-text-value';
import type { FakeSheet } from './sheet';

export class FakeRange {
  readonly [SERVICE] = 'Range';
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      throw new Error('Exception: The starting row/column of the range is too small.');
    }
    if (!Number.isInteger(numRows) || !Number.isInteger(numColumns) || numRows < 1 || numColumns < 1) {
      throw new Error('Exception: The number of rows/columns in the range must be at least 1.');
    }
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }
  private each<T>(f: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => f(this.row + r, this.column + c)),
    );
  }
  private key(row: number, column: number): string {
    return `${row}:${column}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }
  /**
   * Copies of the values; '' for empty cells. A formula is computed by the spreadsheet's formula
   * engine when one is plugged in (FakeSpreadsheet.formulas); without one it throws (strict).
   */
  getValues(): unknown[][] {
    this.sheet.parent.ctx?.requireAuthorization('Range.getValues');
    const engine = this.sheet.parent.formulas;
    return this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (!cell) return '';
      if (cell.formula && !cell.cached && engine) return engine.valueAt(this.sheet, r, c, cell.formula);
      if (cell.formula && !cell.cached) {
        throw new Error(
          `The local runtime cannot compute formulas: ${this.sheet.getName()}!${columnLetters(c)}${r} holds ${cell.formula} with no result saved beside it`,
        );
      }
      return copy(cell.value);
    });
  }
  getValue(): unknown {
    return this.getValues()[0]![0];
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValues()
   * null for a cell whose value is not text (the reference: "or null if the cell value is not text").
   */
  getRichTextValues(): (FakeRichTextValue | null)[][] {
    const values = this.getValues();
    return this.each((r, c) => {
      const value = values[r - this.row]![c - this.column];
      if (typeof value !== 'string') return null;
      return new FakeRichTextValue(value, linkOf(this.sheet.cell(r, c)));
    });
  }
  getFormulas(): string[][] {
    return this.each((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }
  getDisplayValues(): string[][] {
    return this.getValues().map((line) =>
      line.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))),
    );
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) */
  setValues(values: unknown[][]): this {
    this.sheet.parent.ctx?.requireAuthorization('Range.setValues');
    if (values.length !== this.numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (line.length !== this.numColumns) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    const tz = this.sheet.parent.getSpreadsheetTimeZone();
    // Scripts may write values a rejecting rule would refuse a person: Sheets keeps them and marks the
    // cell invalid (validation guards user edits). UNVERIFIED wording; behaviour listed in docs/first-run.md.
    const typed = values.map((line) => line.map((v) => interpretTyped(v, tz)));
    typed.forEach((line, r) => {
      line.forEach((cell, c) => {
        this.sheet.put(this.row + r, this.column + c, cell);
      });
    });
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value)));
  }
  /** setDataValidation(null) clears; a rule replaces whatever was there (one rule per cell). */
  setDataValidation(given: FakeDataValidation | null): this {
    const rule = unwrap(given);
    const area = {
      row: this.row,
      column: this.column,
      lastRow: this.getLastRow(),
      lastColumn: this.getLastColumn(),
      rule,
    };
    // Areas wholly under the new one can never show again: drop them so the list stays small.
    this.sheet.validations = this.sheet.validations.filter(
      (a) =>
        !(
          a.row >= area.row &&
          a.lastRow <= area.lastRow &&
          a.column >= area.column &&
          a.lastColumn <= area.lastColumn
        ),
    );
    if (rule) this.sheet.validations.push(area);
    else if (
      this.sheet.validations.some(
        (a) =>
          a.row <= area.lastRow &&
          a.lastRow >= area.row &&
          a.column <= area.lastColumn &&
          a.lastColumn >= area.column,
      )
    ) {
      this.sheet.validations.push(area);
    }
    return this;
  }
  /**
   * One rule (or null, which removes validation) per cell, indexed by row then column; the array's
   * dimensions must match the range's.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)
   * Stored as areas: each column's runs of the same rule become one area, as setDataValidation makes.
   * Strict: a custom-formula rule with a relative reference is refused, because no reference says from
   * which cell each copy's references move (the range's top-left, each cell's own, or the run's top);
   * setDataValidation on a range is the documented route (its top-left cell anchors the formula).
   */
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.requireShape(rules, 'data validations');
    for (const line of rules)
      for (const given of line) {
        const rule = unwrap(given ?? null);
        if (rule?.criteria === 'CUSTOM_FORMULA' && hasRelativeReference(String(rule.values[0])))
          throw new Error(
            `Range.setDataValidations (fake is strict): the custom formula ${String(rule.values[0])} has relative references, and how each cell's copy is anchored is not documented; set it on the whole range with setDataValidation(rule).`,
          );
      }
    for (let c = 0; c < this.numColumns; c++) {
      let start = 0;
      for (let r = 1; r <= this.numRows; r++) {
        const same = r < this.numRows && unwrap(rules[r]![c] ?? null) === unwrap(rules[start]![c] ?? null);
        if (same) continue;
        new FakeRange(this.sheet, this.row + start, this.column + c, r - start, 1).setDataValidation(
          rules[start]![c] ?? null,
        );
        start = r;
      }
    }
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object) */
  setNumberFormats(formats: string[][]): this {
    this.requireShape(formats, 'number formats');
    this.each((r, c) => this.sheet.formats.set(this.key(r, c), formats[r - this.row]![c - this.column]!));
    return this;
  }
  /** The reference's error when a 2-D array does not match the range (as for setValues). */
  private requireShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.numRows || grid.some((line) => line.length !== this.numColumns))
      throw new Error(
        `Exception: The number of rows or columns in the ${what} does not match the range. The data has ${grid.length} rows but the range has ${this.numRows}.`,
      );
  }
  getDataValidation(): FakeDataValidation | null {
    return validationAt(this.sheet, this.row, this.column);
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.each((r, c) => validationAt(this.sheet, r, c));
  }
  setNumberFormat(format: string): this {
    this.each((r, c) => this.sheet.formats.set(this.key(r, c), format));
    return this;
  }
  getNumberFormat(): string {
    return this.sheet.formats.get(this.key(this.row, this.column)) ?? 'General';
  }
  setFontWeight(weight: string | null): this {
    this.each((r, c) =>
      weight === 'bold' ? this.sheet.bold.add(this.key(r, c)) : this.sheet.bold.delete(this.key(r, c)),
    );
    return this;
  }
  getFontWeight(): string {
    return this.sheet.bold.has(this.key(this.row, this.column)) ? 'bold' : 'normal';
  }
  activate(): this {
    this.sheet.parent.active = this.sheet;
    this.sheet.parent.activeRange = this;
    return this;
  }
}
