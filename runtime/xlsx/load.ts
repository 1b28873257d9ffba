// Loads an .xlsx into the fake spreadsheet: values with their types in the sheet's zone, formulas with
// cached results, validation and formatting. What exceljs would drop is refused (see package.ts).

import { columnNumber } from '../../src/domain/a1';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { fromWallClock } from '../../src/domain/dates';
import {
  type Cell,
  FakeConditionalFormatRule,
  type FakeDataValidation,
  FakeSpreadsheet,
} from '../fakes/spreadsheet';
import { type PackageCells, inspectPackage, repairCell } from './package';
import { type ExcelConditionalFormat, type Source, WorkbookError, sources } from './source';
import { type ExcelValidation, fromExcelValidation } from './validation';

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
        column: columnNumber(a[1]!),
        lastRow: Number(b[2]),
        lastColumn: columnNumber(b[1]!),
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
