// In-memory SpreadsheetApp: exactly the classes and methods the add-on calls, behaving as the
// reference says (https://developers.google.com/apps-script/reference/spreadsheet), strict where it
// is unsure: it throws rather than guess. Cells hold number, boolean, Date or string; '' is empty.

import { isLocalDate, startOfLocalDate } from '../../src/domain/dates';
import { SERVICE, unwrap } from '../calls';
import type { RuntimeContext } from './context';
import { FakeUi } from './ui';

/**
 * `cached`: the value came with the formula (from an .xlsx), so it can be read. `kept`: the cell is as
 * an .xlsx held it at "row:column" (rich text, links, errors and all); any write replaces the Cell.
 */
export type Cell = { value: unknown; formula?: string; cached?: boolean; kept?: string; link?: string };

/**
 * The link a cell carries besides its value: a link on the cell's text or a smart chip (an .xlsx
 * hyperlink), or a HYPERLINK("url", "label") formula. getValues shows only the label; the link comes
 * from getRichTextValues (RichTextValue.getLinkUrl reference below;
 * docs/platform.md#first-audit-of-the-bundles-calls).
 */
export function linkOf(cell: Cell | undefined): string | null {
  if (!cell) return null;
  if (cell.link) return cell.link;
  const m = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(cell.formula ?? '');
  return m ? m[1]!.replace(/""/g, '"') : null;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value */
export class FakeRichTextValue {
  readonly [SERVICE] = 'RichTextValue';
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  /** "The link URL for this value, or null if there is no link" (getLinkUrl()). */
  getLinkUrl(): string | null {
    return this.link;
  }
}
type Criteria = string;

const A1_CELL = /^([A-Z]+)(\d+)?$/;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnName(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function copy(value: unknown): unknown {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class FakeDataValidation {
  readonly [SERVICE] = 'DataValidation';
  constructor(
    readonly criteria: Criteria,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): Criteria {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * New rules allow invalid input (a warning only) unless setAllowInvalid(false)
 * (docs/platform.md#spreadsheetapp).
 */
export class FakeDataValidationBuilder {
  readonly [SERVICE] = 'DataValidationBuilder';
  criteria: Criteria | null = null;
  values: unknown[] = [];
  allowInvalid = true;
  helpText = '';
  private set(criteria: Criteria, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [unwrap(range), showDropdown]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(): this {
    return this.set('CHECKBOX', []);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria)
      throw new Error('Exception: You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
export class FakeBooleanCondition {
  readonly [SERVICE] = 'BooleanCondition';
  constructor(
    readonly formula: string,
    readonly background: string | null,
  ) {}
  getCriteriaType(): string {
    return 'CUSTOM_FORMULA';
  }
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getBackground(): string | null {
    return this.background;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class FakeConditionalFormatRule {
  readonly [SERVICE] = 'ConditionalFormatRule';
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly ranges: FakeRange[],
  ) {}
  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.formula, this.background);
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class FakeConditionalFormatRuleBuilder {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.map(unwrap);
    return this;
  }
  build(): FakeConditionalFormatRule {
    // The reference gives no default condition; the real builder fails without one.
    if (!this.formula) throw new Error('Exception: The conditional format rule has no condition.');
    if (this.ranges.length === 0) throw new Error('Exception: The conditional format rule has no ranges.');
    return new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
  }
}

/**
 * How Sheets reads a string written with setValues: as if typed (Range.setValues reference; the
 * leading apostrophe keeps text). Formulas are stored and flagged; strings the fake cannot be sure
 * about (+x, -x, @x) are treated as formulas, the strict choice.
 */
export function interpretTyped(value: unknown, timeZone: string): Cell {
  if (typeof value !== 'string') return { value: copy(value) };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith('=')) return { value: '', formula: value };
  const trimmed = value.trim();
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  if (isLocalDate(trimmed)) return { value: startOfLocalDate(trimmed, timeZone) };
  if (/^[+\-@]/.test(value)) return { value: '', formula: value.startsWith('@') ? value : `=${value}` };
  return { value };
}

export interface ValidationArea {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
  rule: FakeDataValidation | null;
}

export function validationAt(sheet: FakeSheet, row: number, column: number): FakeDataValidation | null {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const a = sheet.validations[i]!;
    if (row >= a.row && row <= a.lastRow && column >= a.column && column <= a.lastColumn) return a.rule;
  }
  return null;
}

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
    const column = columnIndex(start[1]!);
    const lastRow = end[2] ? Number(end[2]) : this.maxRows;
    const lastColumn = columnIndex(end[1]!);
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

/**
 * Several ranges written in one call: setValue puts the same value in every cell of every range.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)
 */
export class FakeRangeList {
  readonly [SERVICE] = 'RangeList';
  constructor(private readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setValue(value: unknown): this {
    for (const range of this.ranges) unwrap(range).setValue(value);
    return this;
  }
}

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
    const start = `${columnName(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnName(this.getLastColumn())}${this.getLastRow()}`;
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
          `The local runtime cannot compute formulas: ${this.sheet.getName()}!${columnName(c)}${r} holds ${cell.formula} with no result saved beside it`,
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
   */
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.requireShape(rules, 'data validations');
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

/** The validation criteria the fake can evaluate; custom formulas are not evaluated (documented). */
export function passes(rule: FakeDataValidation, value: unknown): boolean {
  if (value === '' || value === null) return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as string[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE': {
      const range = rule.values[0] as FakeRange;
      return range.getValues().flat().map(String).includes(String(value));
    }
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'NUMBER_BETWEEN':
      return (
        typeof value === 'number' &&
        value >= (rule.values[0] as number) &&
        value <= (rule.values[1] as number)
      );
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= (rule.values[0] as number);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    default:
      return true;
  }
}

/** Computes a cell formula where it stands, as Sheets would (issue 9: a formula engine plugs in here). */
export interface CellFormulas {
  valueAt(sheet: FakeSheet, row: number, column: number, formula: string): unknown;
}

export class FakeSpreadsheet {
  readonly [SERVICE] = 'Spreadsheet';
  /** The formula engine for cell formulas written by scripts; none by default (getValues throws). */
  formulas: CellFormulas | null = null;
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string; seconds: number | undefined }[] = [];
  readonly name: string;
  readonly timeZone: string;
  readonly id: string;
  ctx: RuntimeContext | null = null;
  active: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  private nextSheetId = 0;

  constructor(options: { name?: string; timeZone: string; id?: string; empty?: boolean }) {
    this.name = options.name ?? 'Untitled spreadsheet';
    this.timeZone = options.timeZone;
    this.id = options.id ?? 'local-spreadsheet';
    // A new spreadsheet has one empty "Sheet1".
    if (!options.empty) this.sheets.push(new FakeSheet('Sheet1', this, this.nextSheetId++));
  }

  getSheetByName(name: string): FakeSheet | null {
    this.ctx?.requireAuthorization('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.ctx?.requireAuthorization('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String) */
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(name, this, this.nextSheetId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveSheet() */
  getActiveSheet(): FakeSheet {
    this.ctx?.requireAuthorization('Spreadsheet.getActiveSheet');
    return this.active && this.sheets.includes(this.active) ? this.active : this.sheets[0]!;
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet) ;
   * Sheets refuses to delete the last tab of a spreadsheet.
   */
  deleteSheet(given: FakeSheet): void {
    this.ctx?.requireAuthorization('Spreadsheet.deleteSheet');
    const sheet = unwrap(given);
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Exception: The sheet was not found (already deleted?).');
    if (this.sheets.length === 1)
      throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, at - 1)]!;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    return 'en_GB';
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  toast(message: string, title = '', seconds?: number): void {
    this.toasts.push({ message, title, seconds });
  }
  getRange(a1: string): FakeRange {
    const [sheetName, ref] = a1.includes('!')
      ? [a1.slice(0, a1.lastIndexOf('!')).replace(/^'|'$/g, ''), a1.slice(a1.lastIndexOf('!') + 1)]
      : [this.active?.getName() ?? '', a1];
    const sheet = this.getSheetByName(sheetName);
    if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return sheet.getRange(ref);
  }
  /** Test hook: writes raw values into a tab without typing rules. */
  rawWrite(sheet: string, row: number, column: number, values: unknown[][]): void {
    const tab = this.sheets.find((s) => s.getName() === sheet);
    if (!tab) throw new Error(`no tab ${sheet}`);
    tab.rawWrite(row, column, values);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class FakeSpreadsheetApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ui = new FakeUi();
  readonly DataValidationCriteria = Object.fromEntries(
    [
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'DATE_IS_VALID_DATE',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'CHECKBOX',
      'TEXT_IS_VALID_EMAIL',
      'TEXT_IS_VALID_URL',
      'CUSTOM_FORMULA',
    ].map((k) => [k, k]),
  );

  constructor(
    private readonly ctx: RuntimeContext,
    readonly spreadsheet: FakeSpreadsheet,
  ) {
    spreadsheet.ctx = ctx;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.ctx.requireAuthorization('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  /** Allowed in AuthMode.NONE: onOpen builds its menu with it. */
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  /** Flushes made in this runtime; the call log notes which writes each one covers (runtime/calls.ts). */
  flushes = 0;
  /**
   * Applies all pending spreadsheet changes. The fake writes at once, so what a flush changes here is
   * bookkeeping: the lock complains when it is released over writes no flush has covered.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  flush(): void {
    this.ctx.requireAuthorization('SpreadsheetApp.flush');
    this.flushes += 1;
  }
}
