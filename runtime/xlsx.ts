// Loads and saves the fake spreadsheet as .xlsx, the format Google Sheets downloads, with exceljs.
// Kept: tabs in order, values with their types, formulas with cached results, data validation,
// conditional formatting (formula rules), frozen rows, column widths, number formats, bold.
// An .xlsx date is a wall-clock serial with no zone: it is read and written in the sheet's zone.

import ExcelJS from 'exceljs';
import { fromWallClock, wallClock } from '../src/domain/dates';
import {
  FakeConditionalFormatRule,
  FakeDataValidation,
  type FakeRange,
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

export async function saveWorkbook(ss: FakeSpreadsheet, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of ss.sheets) {
    const ws = workbook.addWorksheet(sheet.getName(), {
      views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    });
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const value = cell.value instanceof Date ? toWallClockUtc(cell.value, ss.timeZone) : cell.value;
        if (cell.formula)
          target.value = {
            formula: cell.formula.replace(/^=/, ''),
            result: value as ExcelJS.CellValue,
          } as ExcelJS.CellFormulaValue;
        else if (value !== '' && value !== undefined) target.value = value as ExcelJS.CellValue;
      });
    });
    for (const [column, width] of sheet.widths)
      ws.getColumn(column).width = Math.round((width / 7) * 100) / 100;
    for (const [key, format] of sheet.formats) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      ws.getCell(r, c).numFmt = format;
    }
    for (const key of sheet.bold) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      ws.getCell(r, c).font = { bold: true };
    }
    // Validation areas: later areas win, so an area partly covered by a later one is written cell by cell.
    const dvs = (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } })
      .dataValidations;
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
      // An xlsx custom formula, like a Sheets one, is written for the top-left cell of its range.
      if (!overlapped) {
        dvs.add(
          `${columnName(area.column)}${area.row}:${columnName(area.lastColumn)}${area.lastRow}`,
          toExcelValidation(area.rule, ss, { row: area.row, column: area.column }, area),
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
    for (const [i, rule] of sheet.rules.entries()) {
      ws.addConditionalFormatting({
        ref: rule.ranges.map(rangeRef).join(' '),
        rules: [
          {
            type: 'expression',
            priority: i + 1,
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
  await workbook.xlsx.writeFile(path);
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
    return null;
  }
  if (dv.type === 'custom' && f0 !== undefined) return make('CUSTOM_FORMULA', [`=${String(f0)}`]);
  return null;
}

export async function loadWorkbook(
  path: string | Buffer,
  options: { timeZone: string; name?: string },
): Promise<FakeSpreadsheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof path === 'string') await workbook.xlsx.readFile(path);
    else await workbook.xlsx.load(path as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(
      `Cannot read ${typeof path === 'string' ? path : 'the workbook'} as .xlsx: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const ss = new FakeSpreadsheet({ name: options.name, timeZone: options.timeZone, empty: true });
  const later: (() => void)[] = [];
  workbook.eachSheet((ws) => {
    const sheet = ss.insertSheet(ws.name);
    sheet.maxRows = Math.max(1000, ws.rowCount);
    sheet.maxColumns = Math.max(26, ws.columnCount);
    const frozen = ws.views?.find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
    sheet.frozenRows = frozen?.ySplit ?? 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        if (cell.numFmt && cell.numFmt !== 'General') sheet.formats.set(`${r}:${c}`, cell.numFmt);
        if (cell.font?.bold) sheet.bold.add(`${r}:${c}`);
        if (v === null || v === undefined) return;
        if (v instanceof Date) sheet.put(r, c, { value: fromWallClockUtc(v, ss.timeZone) });
        else if (typeof v === 'object' && 'formula' in v) {
          const result = (v as ExcelJS.CellFormulaValue).result;
          const value =
            result instanceof Date
              ? fromWallClockUtc(result, ss.timeZone)
              : result && typeof result === 'object' && 'error' in result
                ? String((result as { error: string }).error)
                : (result ?? '');
          sheet.put(r, c, {
            value,
            formula: `=${(v as ExcelJS.CellFormulaValue).formula}`,
            cached: result !== undefined,
          });
        } else if (typeof v === 'object' && 'richText' in v)
          sheet.put(r, c, { value: (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') });
        else if (typeof v === 'object' && 'text' in v)
          sheet.put(r, c, { value: String((v as ExcelJS.CellHyperlinkValue).text) });
        else if (typeof v === 'object' && 'error' in v)
          sheet.put(r, c, { value: String((v as ExcelJS.CellErrorValue).error) });
        else sheet.put(r, c, { value: v });
      });
    });
    ws.columns?.forEach((column, i) => {
      if (column.width !== undefined && column.width !== 9.140625)
        sheet.widths.set(i + 1, Math.round(column.width * 7));
    });
    const model =
      (ws as unknown as { dataValidations?: { model?: Record<string, ExcelValidation> } }).dataValidations
        ?.model ?? {};
    const cache = new Map<string, FakeDataValidation | null>();
    for (const [ref, dv] of Object.entries(model)) {
      const key = JSON.stringify(dv);
      if (!cache.has(key))
        cache.set(
          key,
          fromExcelValidation(dv, ss, (f) => later.push(f)),
        );
      const rule = cache.get(key);
      if (!rule) continue;
      const [from, to = from] = ref.replace(/\$/g, '').split(':') as [string, string?];
      const a = /^([A-Z]+)(\d+)$/.exec(from);
      const b = /^([A-Z]+)(\d+)$/.exec(to!);
      if (!a || !b) continue;
      sheet.validations.push({
        row: Number(a[2]),
        column: columnIndex(a[1]!),
        lastRow: Number(b[2]),
        lastColumn: columnIndex(b[1]!),
        rule,
      });
    }
    const formats =
      (
        ws as unknown as {
          conditionalFormattings?: {
            ref: string;
            rules: {
              type: string;
              formulae?: string[];
              style?: { fill?: { bgColor?: { argb?: string } } };
            }[];
          }[];
        }
      ).conditionalFormattings ?? [];
    for (const cf of formats) {
      for (const rule of cf.rules) {
        if (rule.type !== 'expression' || !rule.formulae?.[0]) continue;
        const argb = rule.style?.fill?.bgColor?.argb;
        const ranges = cf.ref.split(/\s+/).map((ref) => sheet.getRange(ref.replace(/\$/g, '')));
        sheet.rules.push(
          new FakeConditionalFormatRule(
            `=${rule.formulae[0]}`,
            argb ? `#${argb.slice(-6).toLowerCase()}` : null,
            ranges,
          ),
        );
      }
    }
  });
  for (const f of later) f();
  if (ss.sheets.length === 0) ss.insertSheet('Sheet1');
  return ss;
}
