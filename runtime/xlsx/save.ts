// Saves the fake spreadsheet as .xlsx, over the loaded workbook when there is one, so everything the
// file held and the runtime does not model is kept.

import { columnLetters } from '../../src/domain/a1';
import ExcelJS from 'exceljs';
import { wallClock } from '../../src/domain/dates';
import {
  type Cell,
  type FakeRange,
  type FakeSheet,
  type FakeSpreadsheet,
  validationAt,
} from '../fakes/spreadsheet';
import { encodeXmlText } from './package';
import { type ExcelConditionalFormat, type Source, sources } from './source';
import { toExcelValidation } from './validation';

function toWallClockUtc(instant: Date, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

function rangeRef(range: FakeRange): string {
  return `${columnLetters(range.column)}${range.row}:${columnLetters(range.getLastColumn())}${range.getLastRow()}`;
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
        `${columnLetters(area.column)}${area.row}:${columnLetters(area.lastColumn)}${area.lastRow}`,
        loaded ?? toExcelValidation(area.rule, ss, { row: area.row, column: area.column }, area),
      );
      return;
    }
    for (let r = area.row; r <= area.lastRow; r++) {
      for (let c = area.column; c <= area.lastColumn; c++) {
        if (validationAt(sheet, r, c) === area.rule)
          dvs.add(`${columnLetters(c)}${r}`, toExcelValidation(area.rule, ss, { row: r, column: c }, area));
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
