// Looks inside the .xlsx zip package for what exceljs would drop or garble: unmodelled parts and sheet
// elements are refused, and escaped text is repaired.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookError } from './source';

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
export async function inspectPackage(bytes: Buffer, label: string): Promise<Map<string, PackageCells>> {
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
export interface PackageCells {
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
export function repairCell(cell: ExcelJS.Cell, found: PackageCells | undefined): void {
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
