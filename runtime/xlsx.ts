// Loads and saves the fake spreadsheet as .xlsx, the format Google Sheets downloads, with exceljs.
// Modelled: tabs in order, values with their types, formulas with cached results, data validation,
// conditional formatting (formula rules), frozen rows, column widths, number formats, bold. Everything
// else the file holds is kept by saving over the loaded workbook; what exceljs would drop is refused.
// An .xlsx date is a wall-clock serial with no zone: it is read and written in the sheet's zone.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fromWallClock, wallClock } from '../src/domain/dates';
import {
  type Cell,
  FakeConditionalFormatRule,
  FakeDataValidation,
  type FakeRange,
  type FakeSheet,
  FakeSpreadsheet,
  columnIndex,
  columnName,
  validationAt,
} from './fakes/spreadsheet';
import { moveFormula } from './formula/translate';

/** Marks in the xlsx prompt title, so criteria xlsx cannot name load back exactly. */
const KIND = 'fvt:';

function toWallClockUtc(instant: Date, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

function fromWallClockUtc(serialDate: Date, timeZone: string): Date {
  return fromWallClock(
    {
      year: serialDate.getUTCFullYear(),
      month: serialDate.getUTCMonth() + 1,
      day: serialDate.getUTCDate(),
      hour: serialDate.getUTCHours(),
      minute: serialDate.getUTCMinutes(),
      second: serialDate.getUTCSeconds(),
    },
    timeZone,
  );
}

function rangeRef(range: FakeRange): string {
  return `${columnName(range.column)}${range.row}:${columnName(range.getLastColumn())}${range.getLastRow()}`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Writes the spreadsheet as .xlsx. A workbook that was loaded is saved by patching what exceljs read,
 * so everything the fake does not model (styles, rich text, links, merges, hidden tabs, rows and
 * columns, protection, the 1904 date system, cached formula results) stays as the file had it; only
 * what the add-on changed is written.
 */
export async function saveWorkbook(ss: FakeSpreadsheet, path: string): Promise<void> {
  const source = sources.get(ss);
  const workbook = source?.workbook ?? new ExcelJS.Workbook();
  const kept = new Set<ExcelJS.Worksheet>();
  for (const sheet of ss.sheets) {
    let ws = source?.sheets.get(sheet);
    if (!ws) {
      ws = workbook.addWorksheet(sheet.getName());
      // A tab the add-on made is saved into the same worksheet the next time.
      source?.sheets.set(sheet, ws);
    }
    kept.add(ws);
    writeSheet(sheet, ws, ss, source);
  }
  // A tab the add-on removed is removed; the fake has no deleteSheet today, so this is a safeguard.
  for (const ws of [...workbook.worksheets]) if (!kept.has(ws)) workbook.removeWorksheet(ws.id);
  // exceljs drops control characters on write: cells kept as loaded are escaped for the write only,
  // so a second save starts again from the loaded text.
  // The cell's inner value object is put back as it was: exceljs's value getter returns a copy that
  // leaves out falsy parts (a cached result of 0), so it cannot be used to restore.
  type Inner = { _value: unknown };
  const restore: [Inner, unknown][] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge || !keptCells.has(cell)) return;
        const value = cell.value;
        const escaped = escapedValue(value);
        if (escaped === value) return;
        restore.push([cell as unknown as Inner, (cell as unknown as Inner)._value]);
        cell.value = escaped;
      });
    });
  }
  try {
    await workbook.xlsx.writeFile(path);
  } finally {
    for (const [cell, inner] of restore) cell._value = inner;
    keptCells.clear();
  }
}

/** Cells left as loaded in the save under way (filled by writeSheet). */
const keptCells = new Set<ExcelJS.Cell>();

function escapedValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  const runs = (text: unknown): unknown => {
    if (typeof text === 'string') return encodeXmlText(text);
    if (text && typeof text === 'object' && 'richText' in text) {
      const rich = (text as ExcelJS.RichText & { richText: ExcelJS.RichText[] }).richText;
      return { ...text, richText: rich.map((r) => ({ ...r, text: encodeXmlText(r.text) })) };
    }
    return text;
  };
  if (typeof v === 'string') {
    const e = encodeXmlText(v);
    return e === v ? v : e;
  }
  if (!v || typeof v !== 'object' || v instanceof Date) return v;
  const escaped =
    'richText' in v
      ? runs(v)
      : 'hyperlink' in v
        ? { ...v, text: runs((v as ExcelJS.CellHyperlinkValue).text) }
        : 'result' in v && typeof (v as ExcelJS.CellFormulaValue).result === 'string'
          ? { ...v, result: encodeXmlText((v as ExcelJS.CellFormulaValue).result as string) }
          : v;
  return JSON.stringify(escaped) === JSON.stringify(v) ? v : (escaped as ExcelJS.CellValue);
}

function key(r: number, c: number): string {
  return `${r}:${c}`;
}

/** Text as SpreadsheetML stores it: control characters as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export function encodeXmlText(text: string): string {
  return (
    text
      .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
      // The characters XML 1.0 cannot hold, and CR, which an XML parser turns into LF.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the ones to escape.
      .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (ch) => {
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
      })
  );
}

function cellValueFor(cell: Cell, timeZone: string): ExcelJS.CellValue {
  const plain = (v: unknown): unknown =>
    v instanceof Date ? toWallClockUtc(v, timeZone) : typeof v === 'string' ? encodeXmlText(v) : v;
  if (cell.formula)
    return {
      formula: cell.formula.replace(/^=/, ''),
      result: cell.cached ? plain(cell.value) : undefined,
    } as ExcelJS.CellFormulaValue;
  if (cell.value === '' || cell.value === undefined || cell.value === null) return null;
  return plain(cell.value) as ExcelJS.CellValue;
}

function writeSheet(sheet: FakeSheet, ws: ExcelJS.Worksheet, ss: FakeSpreadsheet, source?: Source): void {
  // Cells: those still as loaded are left alone; the rest are written from the fake.
  const present = new Set<string>();
  sheet.cells.forEach((line, r) => {
    line?.forEach((cell, c) => {
      if (!cell) return;
      const at = key(r + 1, c + 1);
      present.add(at);
      const target = ws.getCell(r + 1, c + 1);
      if (cell.kept === at) keptCells.add(target);
      else {
        detachSharedFormula(ws, target);
        target.value = cellValueFor(cell, ss.timeZone);
      }
    });
  });
  // A value the fake no longer has at that place (a row or column was inserted before it) is cleared;
  // merged cells other than the top-left hold no value of their own.
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (target, c) => {
      if (target.type === ExcelJS.ValueType.Merge || present.has(key(r, c))) return;
      if (target.value !== null && target.value !== undefined) target.value = null;
    });
  });
  const restyle = (target: ExcelJS.Cell, change: Partial<ExcelJS.Style>) => {
    // exceljs may share one style object between cells: give this cell its own.
    target.style = { ...target.style, ...change };
  };
  for (const [at, format] of sheet.formats) {
    const [r, c] = at.split(':').map(Number) as [number, number];
    const target = ws.getCell(r, c);
    if ((target.numFmt ?? 'General') !== format) restyle(target, { numFmt: format });
  }
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (target, c) => {
      if (target.font?.bold && !sheet.bold.has(key(r, c)))
        restyle(target, { font: { ...target.font, bold: false } });
    });
  });
  for (const at of sheet.bold) {
    const [r, c] = at.split(':').map(Number) as [number, number];
    const target = ws.getCell(r, c);
    if (!target.font?.bold) restyle(target, { font: { ...target.font, bold: true } });
  }
  const loadedWidths = source?.widths.get(sheet);
  for (const [column, width] of sheet.widths)
    if (loadedWidths?.get(column) !== width) ws.getColumn(column).width = Math.round((width / 7) * 100) / 100;
  if (source?.frozen.get(sheet) !== sheet.frozenRows) {
    const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
    ws.views = [
      sheet.frozenRows > 0
        ? ({ ...view, state: 'frozen', ySplit: sheet.frozenRows } as ExcelJS.WorksheetView)
        : ({ ...view, state: 'normal', ySplit: undefined } as unknown as ExcelJS.WorksheetView),
    ];
  }
  writeValidations(sheet, ws, ss, source);
  writeConditionalFormats(sheet, ws, source);
}

/**
 * Before a shared formula's first cell is overwritten, the cells that share it get their own copy of
 * the formula (and keep their cached result): exceljs cannot save a shared formula without its master.
 */
function detachSharedFormula(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const value = master.value as { shareType?: string; ref?: string } | null;
  if (master.type !== ExcelJS.ValueType.Formula || value?.shareType !== 'shared' || !value.ref) return;
  const [from, to = from] = value.ref.split(':') as [string, string?];
  const a = ws.getCell(from);
  const b = ws.getCell(to!);
  for (let r = Number(a.row); r <= Number(b.row); r++) {
    for (let c = Number(a.col); c <= Number(b.col); c++) {
      const clone = ws.getCell(r, c);
      const inner = (clone as unknown as { _value: { model: { sharedFormula?: string; result?: unknown } } })
        ._value;
      if (clone === master || inner.model?.sharedFormula !== master.address) continue;
      const result = inner.model.result;
      clone.value = { formula: clone.formula } as ExcelJS.CellFormulaValue;
      (clone as unknown as { _value: { model: { result?: unknown } } })._value.model.result = result;
    }
  }
}

function writeValidations(
  sheet: FakeSheet,
  ws: ExcelJS.Worksheet,
  ss: FakeSpreadsheet,
  source?: Source,
): void {
  // Validation areas: later areas win, so an area partly covered by a later one is written cell by cell.
  const dvs = (
    ws as unknown as {
      dataValidations: { model: Record<string, unknown>; add(ref: string, v: unknown): void };
    }
  ).dataValidations;
  dvs.model = {};
  sheet.validations.forEach((area, i) => {
    if (!area.rule) return;
    const later = sheet.validations.slice(i + 1);
    const overlapped = later.some(
      (b) =>
        b.row <= area.lastRow &&
        b.lastRow >= area.row &&
        b.column <= area.lastColumn &&
        b.lastColumn >= area.column,
    );
    // A loaded rule saves back exactly; an xlsx custom formula, like a Sheets one, is written for the
    // top-left cell of its range, so a rule written cell by cell has its formula moved to each cell.
    const loaded = source?.validations.get(area.rule);
    if (!overlapped) {
      dvs.add(
        `${columnName(area.column)}${area.row}:${columnName(area.lastColumn)}${area.lastRow}`,
        loaded ?? toExcelValidation(area.rule, ss, { row: area.row, column: area.column }, area),
      );
      return;
    }
    for (let r = area.row; r <= area.lastRow; r++) {
      for (let c = area.column; c <= area.lastColumn; c++) {
        if (validationAt(sheet, r, c) === area.rule)
          dvs.add(`${columnName(c)}${r}`, toExcelValidation(area.rule, ss, { row: r, column: c }, area));
      }
    }
  });
}

function writeConditionalFormats(sheet: FakeSheet, ws: ExcelJS.Worksheet, source?: Source): void {
  const formats = ws as unknown as { conditionalFormattings: ExcelConditionalFormat[] };
  // Rules the fake does not model (colour scales, cell-value rules...) stay as loaded, first.
  formats.conditionalFormattings = [...(source?.foreignRules.get(sheet) ?? [])];
  let priority = formats.conditionalFormattings.reduce(
    (max, cf) => Math.max(max, ...cf.rules.map((r) => Number(r.priority) || 0)),
    0,
  );
  for (const rule of sheet.rules) {
    const original = source?.rules.get(rule);
    const ref = rule.ranges.map(rangeRef).join(' ');
    priority += 1;
    ws.addConditionalFormatting({
      ref,
      rules: [
        original
          ? ({ ...original, priority } as ExcelJS.ConditionalFormattingRule)
          : {
              type: 'expression',
              priority,
              formulae: [rule.formula.replace(/^=/, '')],
              style: {
                fill: {
                  type: 'pattern',
                  pattern: 'solid',
                  bgColor: { argb: `FF${(rule.background ?? '#ffffff').replace('#', '').toUpperCase()}` },
                },
              },
            },
      ],
    });
  }
}

/** `at` is the top-left cell of the xlsx range the rule is written for; `area` the Sheets rule's range. */
function toExcelValidation(
  rule: FakeDataValidation,
  ss: FakeSpreadsheet,
  at: { row: number; column: number },
  area: { row: number; column: number },
): Record<string, unknown> {
  const cell = `${columnName(at.column)}${at.row}`;
  const base = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    showInputMessage: rule.helpText !== '',
    promptTitle: `${KIND}${rule.criteria}`,
    prompt: rule.helpText,
  };
  const v = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${(v[0] as string[]).join(',')}"`] };
    case 'VALUE_IN_RANGE': {
      const range = v[0] as FakeRange;
      const sheetName = ss.sheets.find((s) => s === range.sheet)!.getName();
      return {
        ...base,
        type: 'list',
        formulae: [
          `${quoteSheet(sheetName)}!$${columnName(range.column)}$${range.row}:$${columnName(range.getLastColumn())}$${range.getLastRow()}`,
        ],
      };
    }
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'NUMBER_BETWEEN':
      return { ...base, type: 'decimal', operator: 'between', formulae: [v[0], v[1]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v[0]] };
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'TEXT_IS_VALID_EMAIL':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH("@",${cell}))`] };
    case 'TEXT_IS_VALID_URL':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH("://",${cell}))`] };
    case 'CUSTOM_FORMULA': {
      const moved = moveFormula(String(v[0]).replace(/^=/, ''), at.row - area.row, at.column - area.column);
      if (moved === null) throw new Error(`Cannot move the rule ${String(v[0])} to ${cell}`);
      return { ...base, type: 'custom', formulae: [moved] };
    }
    default:
      throw new Error(`Cannot save a ${rule.criteria} rule to xlsx`);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria */
const NUMBER_CRITERIA: Record<string, string> = {
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

type ExcelValidation = {
  type: string;
  formulae?: unknown[];
  operator?: string;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
};

function fromExcelValidation(
  dv: ExcelValidation,
  ss: FakeSpreadsheet,
  resolveLater: (f: () => void) => void,
): FakeDataValidation | null {
  const kind = dv.promptTitle?.startsWith(KIND) ? dv.promptTitle.slice(KIND.length) : null;
  const allowInvalid =
    dv.errorStyle === 'warning' || dv.errorStyle === 'information' || dv.showErrorMessage === false;
  const help = dv.prompt ?? '';
  const f0 = dv.formulae?.[0];
  const make = (criteria: string, values: unknown[]) =>
    new FakeDataValidation(criteria, values, allowInvalid, help);
  if (kind === 'CHECKBOX') return make('CHECKBOX', []);
  if (kind === 'TEXT_IS_VALID_EMAIL') return make('TEXT_IS_VALID_EMAIL', []);
  if (kind === 'TEXT_IS_VALID_URL') return make('TEXT_IS_VALID_URL', []);
  if (kind === 'DATE_IS_VALID_DATE' || dv.type === 'date') return make('DATE_IS_VALID_DATE', []);
  if (dv.type === 'list' && typeof f0 === 'string') {
    if (f0.startsWith('"')) return make('VALUE_IN_LIST', [f0.slice(1, -1).split(','), true]);
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(f0);
    if (!m) return null;
    const sheetName = (m[1] ?? m[2]!).replace(/''/g, "'");
    const rule = make('VALUE_IN_RANGE', [null, true]);
    resolveLater(() => {
      const sheet = ss.sheets.find((s) => s.getName() === sheetName);
      if (!sheet) return;
      (rule.values as unknown[])[0] = sheet.getRange(
        Number(m[4]),
        columnIndex(m[3]!),
        Number(m[6]) - Number(m[4]) + 1,
        columnIndex(m[5]!) - columnIndex(m[3]!) + 1,
      );
    });
    return rule;
  }
  if (dv.type === 'decimal' || dv.type === 'whole') {
    if (dv.operator === 'between')
      return make('NUMBER_BETWEEN', [Number(dv.formulae![0]), Number(dv.formulae![1])]);
    if (dv.operator === 'greaterThanOrEqual') return make('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(f0)]);
    // The other comparisons, by the Sheets criteria names (DataValidationCriteria reference). A whole-
    // number rule reads as a number rule; the save writes the rule back exactly as the file had it.
    const criteria = NUMBER_CRITERIA[dv.operator ?? ''];
    if (criteria === 'NUMBER_NOT_BETWEEN') return make(criteria, [Number(f0), Number(dv.formulae![1])]);
    if (criteria) return make(criteria, [Number(f0)]);
    return null;
  }
  if (dv.type === 'custom' && f0 !== undefined) return make('CUSTOM_FORMULA', [`=${String(f0)}`]);
  return null;
}

/** A workbook the runtime cannot read, or holds something it cannot model: bad input (CLI exit 2). */
export class WorkbookError extends Error {}

type ExcelConditionalFormat = {
  ref: string;
  rules: {
    type: string;
    priority?: number;
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } } };
  }[];
};

/** What a load keeps for the save: the workbook exceljs read and which fake objects came from it. */
interface Source {
  workbook: ExcelJS.Workbook;
  sheets: WeakMap<FakeSheet, ExcelJS.Worksheet>;
  validations: WeakMap<FakeDataValidation, ExcelValidation>;
  rules: WeakMap<FakeConditionalFormatRule, ExcelConditionalFormat['rules'][number]>;
  foreignRules: WeakMap<FakeSheet, ExcelConditionalFormat[]>;
  widths: WeakMap<FakeSheet, Map<number, number>>;
  frozen: WeakMap<FakeSheet, number>;
}

const sources = new WeakMap<FakeSpreadsheet, Source>();

function readError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.message.split('\n')[0]!;
  }
}

/** Parts exceljs would drop on load or save, by where they hang: the runtime refuses rather than lose them. */
const UNMODELLED_PARTS: [RegExp, string][] = [
  [/^xl\/charts\//, 'charts'],
  [/^xl\/pivotTables\//, 'pivot tables'],
  [/^xl\/slicers\//, 'slicers'],
  [/^xl\/timelines\//, 'timelines'],
  [/^xl\/externalLinks\//, 'links to other workbooks'],
  [/^xl\/threadedComments\//, 'threaded comments'],
  [/^xl\/vbaProject\.bin$/, 'macros'],
];

const UNMODELLED_SHEET_XML: [RegExp, string][] = [
  [/<x14:dataValidations?\b/, 'data validation stored as an Excel 2010 extension'],
  [/<x14:sparklineGroups?\b/, 'sparklines'],
];

/**
 * What exceljs 4.4 reads and writes back in a worksheet (lib/xlsx/xform/sheet/worksheet-xform.js);
 * any other element would be silently dropped, e.g. protectedRanges or ignoredErrors.
 */
const SHEET_ELEMENTS_KEPT = new Set([
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'legacyDrawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
]);

/** Top-level worksheet elements exceljs does not keep, and extensions other than conditional formats. */
function unknownSheetElements(xml: string): string[] {
  const unknown = new Set<string>();
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, closing, tag, selfClosing] = m;
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 1 && !SHEET_ELEMENTS_KEPT.has(tag!)) unknown.add(tag!);
    // Inside <ext>: the extension's own element (depth 3 under worksheet › extLst › ext).
    if (depth === 3 && tag!.includes(':') && tag !== 'x14:conditionalFormattings') unknown.add(tag!);
    if (!selfClosing) depth++;
  }
  return [...unknown];
}

function relTargets(xml: string | undefined, base: string): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/Target="([^"]+)"/g)].map((m) => {
    const parts = `${base}/${m[1]}`.split('/');
    const out: string[] = [];
    for (const p of parts) {
      if (p === '..') out.pop();
      else if (p !== '.' && p !== '') out.push(p);
    }
    return out.join('/');
  });
}

/**
 * Reads the package itself for what exceljs cannot tell: names the tab and the feature the runtime
 * cannot keep (e.g. "Tasks has charts") and throws; returns, by tab, the formula cells whose cached
 * result is the empty string (exceljs reads `<v></v>` as no result at all).
 */
async function inspectPackage(bytes: Buffer, label: string): Promise<Map<string, PackageCells>> {
  const cellsByTab = new Map<string, PackageCells>();
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => zip.file(part)?.async('string');
  const workbookXml = await text('xl/workbook.xml');
  if (workbookXml === undefined)
    throw new WorkbookError(
      `Cannot read ${label} as .xlsx: it is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml).`,
    );
  const workbookRels = (await text('xl/_rels/workbook.xml.rels')) ?? '';
  const byId = new Map(
    [...workbookRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])?.[1] ?? '',
      relTargets(m[0], 'xl')[0] ?? '',
    ]),
  );
  const found: string[] = [];
  // exceljs keeps fileVersion, workbookPr, bookViews, sheets, definedNames and calcPr of workbook.xml.
  if (/<workbookProtection\b/.test(workbookXml)) found.push('the workbook has workbook protection');
  if (/<fileSharing\b/.test(workbookXml)) found.push('the workbook has a write-reservation password');
  const claimed = new Set<string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const part = byId.get(/r:id="([^"]+)"/.exec(m[0])?.[1] ?? '');
    if (!part) continue;
    const xml = (await text(part)) ?? '';
    const empty = new Set<string>();
    const xstrings = new Set<string>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(inlineStr|str)"/.exec(c[1]!)?.[1];
      const at = /\br="([A-Z]+\d+)"/.exec(c[1]!)?.[1];
      if (!type || !at) continue;
      xstrings.add(at);
      if (type === 'str' && /<f\b/.test(c[2] ?? '') && /<v\s*\/>|<v>\s*<\/v>/.test(c[2]!)) empty.add(at);
    }
    cellsByTab.set(name, { emptyResults: empty, xstrings });
    for (const [pattern, feature] of UNMODELLED_SHEET_XML)
      if (pattern.test(xml)) found.push(`${name} has ${feature}`);
    for (const element of unknownSheetElements(xml)) found.push(`${name} has <${element}>`);
    const dir = part.slice(0, part.lastIndexOf('/'));
    const file = part.slice(part.lastIndexOf('/') + 1);
    const reached = relTargets(await text(`${dir}/_rels/${file}.rels`), dir);
    for (const target of [...reached]) {
      const d = target.slice(0, target.lastIndexOf('/'));
      const f = target.slice(target.lastIndexOf('/') + 1);
      reached.push(...relTargets(await text(`${d}/_rels/${f}.rels`), d));
    }
    for (const [pattern, feature] of UNMODELLED_PARTS) {
      const hits = reached.filter((t) => pattern.test(t));
      if (hits.length === 0) continue;
      for (const h of hits) claimed.add(h);
      found.push(`${name} has ${feature}`);
    }
  }
  for (const [pattern, feature] of UNMODELLED_PARTS) {
    if (Object.keys(zip.files).some((p) => pattern.test(p) && !claimed.has(p)))
      found.push(`the workbook has ${feature}`);
  }
  if (found.length > 0)
    throw new WorkbookError(
      `Cannot load ${label}: ${[...new Set(found)].join('; ')}, which the local runtime cannot keep; saving would lose them. Remove them or use a copy without them.`,
    );
  return cellsByTab;
}

/**
 * Cells exceljs reads short: formulas whose cached result is "" (exceljs reads `<v></v>` as no
 * result), and inline strings and formula text results, whose _xHHHH_ escapes exceljs leaves undecoded.
 */
interface PackageCells {
  emptyResults: Set<string>;
  xstrings: Set<string>;
}

/** _xHHHH_ as ECMA-376 Part 1, 22.9.2.19 (ST_Xstring) defines it; _x005F_ escapes a literal one. */
function decodeXmlText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Decodes what exceljs left escaped, in the exceljs cell itself, so a save escapes it once again. */
function repairCell(cell: ExcelJS.Cell, found: PackageCells | undefined): void {
  if (!found?.xstrings.has(cell.address) && !found?.emptyResults.has(cell.address)) return;
  const inner = (cell as unknown as { _value: { model: { result?: unknown } } })._value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    // The file caches "" (a formula such as =IF(A2="","",…)): keep it, so it reads and saves as "".
    if (cell.result === undefined && found.emptyResults.has(cell.address)) inner.model.result = '';
    else if (typeof cell.result === 'string') inner.model.result = decodeXmlText(cell.result);
  } else if (typeof cell.value === 'string') cell.value = decodeXmlText(cell.value);
  else if (cell.type === ExcelJS.ValueType.RichText) {
    const rich = (cell.value as ExcelJS.CellRichTextValue).richText;
    cell.value = { richText: rich.map((r) => ({ ...r, text: decodeXmlText(r.text) })) };
  }
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a rich-text or plain string value shows. */
function plainText(v: unknown): string {
  if (v && typeof v === 'object' && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  return String(v ?? '');
}

/** A cell as getValues shows it (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()). */
function cellFrom(cell: ExcelJS.Cell, timeZone: string, at: string): Cell | null {
  const v = cell.value;
  const scalar = (x: unknown): unknown => {
    if (x instanceof Date) return fromWallClockUtc(x, timeZone);
    // Error cells read as their error text, e.g. "#N/A", as the domain expects them from getValues
    // (src/domain/cells.ts SHEET_ERRORS). UNVERIFIED against the reference, which names only Number,
    // Boolean, Date and String: a string is the one of those an error can be.
    if (x && typeof x === 'object' && 'error' in x) return String((x as ExcelJS.CellErrorValue).error);
    if (x && typeof x === 'object') return plainText(x);
    return x;
  };
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // A merged range's value is its top-left cell's; the others read as empty.
      return null;
    case ExcelJS.ValueType.Formula: {
      const result = cell.result;
      return {
        value: result === undefined ? '' : scalar(result),
        formula: `=${cell.formula}`,
        cached: result !== undefined,
        kept: at,
      };
    }
    case ExcelJS.ValueType.Hyperlink:
      // getValues gives the label; the link is in getRichTextValues.
      return {
        value: plainText((v as ExcelJS.CellHyperlinkValue).text),
        link: (v as ExcelJS.CellHyperlinkValue).hyperlink,
        kept: at,
      };
    case ExcelJS.ValueType.RichText:
      return { value: plainText(v), kept: at };
    default:
      return { value: scalar(v), kept: at };
  }
}

export async function loadWorkbook(
  path: string | Buffer,
  options: { timeZone: string; name?: string },
): Promise<FakeSpreadsheet> {
  const label = typeof path === 'string' ? path : 'the workbook';
  let bytes: Buffer;
  try {
    bytes = typeof path === 'string' ? readFileSync(path) : path;
  } catch (error) {
    throw new WorkbookError(`Cannot read ${label} as .xlsx: ${readError(error as NodeJS.ErrnoException)}.`);
  }
  // An .xlsx is a zip archive (ECMA-376 Part 2, Open Packaging Conventions): local file headers start "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw new WorkbookError(
      `Cannot read ${label} as .xlsx: it is not an .xlsx workbook (not a zip archive).`,
    );
  const workbook = new ExcelJS.Workbook();
  let packageCells: Map<string, PackageCells>;
  try {
    packageCells = await inspectPackage(bytes, label);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(
      `Cannot read ${label} as .xlsx: it is not a readable .xlsx workbook (${(error as Error).message.split('\n')[0]}).`,
    );
  }
  const ss = new FakeSpreadsheet({ name: options.name, timeZone: options.timeZone, empty: true });
  const source: Source = {
    workbook,
    sheets: new WeakMap(),
    validations: new WeakMap(),
    rules: new WeakMap(),
    foreignRules: new WeakMap(),
    widths: new WeakMap(),
    frozen: new WeakMap(),
  };
  const later: (() => void)[] = [];
  workbook.eachSheet((ws) => {
    const sheet = ss.insertSheet(ws.name);
    source.sheets.set(sheet, ws);
    sheet.maxRows = Math.max(1000, ws.rowCount);
    sheet.maxColumns = Math.max(26, ws.columnCount);
    const frozen = ws.views?.find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
    sheet.frozenRows = frozen?.ySplit ?? 0;
    source.frozen.set(sheet, sheet.frozenRows);
    const found = packageCells.get(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        repairCell(cell, found);
        if (cell.numFmt && cell.numFmt !== 'General') sheet.formats.set(`${r}:${c}`, cell.numFmt);
        if (cell.font?.bold) sheet.bold.add(`${r}:${c}`);
        const value = cellFrom(cell, ss.timeZone, `${r}:${c}`);
        if (value) sheet.put(r, c, value);
      });
    });
    ws.columns?.forEach((column, i) => {
      if (column.width !== undefined && column.width !== 9.140625)
        sheet.widths.set(i + 1, Math.round(column.width * 7));
    });
    source.widths.set(sheet, new Map(sheet.widths));
    const model =
      (ws as unknown as { dataValidations?: { model?: Record<string, ExcelValidation> } }).dataValidations
        ?.model ?? {};
    const cache = new Map<string, FakeDataValidation | null>();
    for (const [ref, dv] of Object.entries(model)) {
      const json = JSON.stringify(dv);
      if (!cache.has(json)) {
        const rule = fromExcelValidation(dv, ss, (f) => later.push(f));
        if (rule) source.validations.set(rule, dv);
        cache.set(json, rule);
      }
      const rule = cache.get(json);
      if (!rule) {
        // exceljs lists a rule cell by cell: name the first cell and how many share the rule.
        const cells = Object.values(model).filter((d) => JSON.stringify(d) === json).length;
        throw new WorkbookError(
          `Cannot load ${label}: ${ws.name}!${ref}${cells > 1 ? ` (and ${cells - 1} more cells)` : ''} has a data validation rule (${dv.type}${dv.operator ? ` ${dv.operator}` : ''}) the local runtime cannot model.`,
        );
      }
      const [from, to = from] = ref
        .replace(/\$/g, '')
        .replace(/^range:/, '')
        .split(':') as [string, string?];
      const a = /^([A-Z]+)(\d+)$/.exec(from);
      const b = /^([A-Z]+)(\d+)$/.exec(to!);
      if (!a || !b)
        throw new WorkbookError(
          `Cannot load ${label}: ${ws.name} has a data validation rule over “${ref}”, a range the local runtime cannot read.`,
        );
      sheet.validations.push({
        row: Number(a[2]),
        column: columnIndex(a[1]!),
        lastRow: Number(b[2]),
        lastColumn: columnIndex(b[1]!),
        rule,
      });
    }
    const formats =
      (ws as unknown as { conditionalFormattings?: ExcelConditionalFormat[] }).conditionalFormattings ?? [];
    const foreign: ExcelConditionalFormat[] = [];
    for (const cf of formats) {
      const other = cf.rules.filter((rule) => rule.type !== 'expression' || !rule.formulae?.[0]);
      if (other.length > 0) foreign.push({ ...cf, rules: other });
      for (const rule of cf.rules) {
        if (rule.type !== 'expression' || !rule.formulae?.[0]) continue;
        const argb = rule.style?.fill?.bgColor?.argb;
        const ranges = cf.ref.split(/\s+/).map((ref) => sheet.getRange(ref.replace(/\$/g, '')));
        const fake = new FakeConditionalFormatRule(
          `=${rule.formulae[0]}`,
          argb ? `#${argb.slice(-6).toLowerCase()}` : null,
          ranges,
        );
        source.rules.set(fake, rule);
        sheet.rules.push(fake);
      }
    }
    source.foreignRules.set(sheet, foreign);
  });
  for (const f of later) f();
  if (ss.sheets.length === 0) throw new WorkbookError(`Cannot load ${label}: it holds no sheets.`);
  sources.set(ss, source);
  return ss;
}
