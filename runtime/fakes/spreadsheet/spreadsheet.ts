// Fake of https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet

import { SERVICE, unwrap } from '../../calls';
import type { RuntimeContext } from '../context';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';

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
