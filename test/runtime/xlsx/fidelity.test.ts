// Nothing lost through the local runtime's .xlsx load and save: a workbook written as raw SpreadsheetML
// (not by exceljs, not by runtime/xlsx.ts) with control characters, error cells, the 1904 date system,
// rich text, links, merges, hidden tabs, rows and columns, protection and cached formula results goes
// through setup, check, report and reminders and comes back with every cell the add-on did not write.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftsResult } from '../../../src/server-api';
import { loadRuntime } from '../../../runtime/runtime';
import { WorkbookError, loadWorkbook, saveWorkbook } from '../../../runtime/xlsx';
import { TODAY, ensureBuilt, sampleRuntime, snapshot, tempDir } from '../../support/runtime';
import { type FixtureSheet, buildXlsx, xlsxPart } from '../../support/xlsx-fixture';

const ZONE = 'Europe/Oslo';
const DRIVE_A = 'https://drive.google.com/file/d/abc123456789xyzABC/view';
const DRIVE_B = 'https://drive.google.com/file/d/def987654321uvwDEF/view';

/** A user's own tab holding every kind of cell the fake does not make itself. */
function hostileWorkbook(date1904: boolean): Promise<Buffer> {
  return buildXlsx({
    date1904,
    sharedStrings: [
      '<t>a_x000B_b</t>',
      '<r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r><r><t xml:space="preserve"> plain</t></r>',
      '<t>Invoice 8</t>',
      '<t>secret</t>',
      '<t>lit _x005F_x0041_ end</t>',
    ],
    numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>',
    cellXfs:
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>',
    sheets: [
      {
        name: 'Notes',
        before: '<cols><col min="6" max="6" width="10" hidden="1" customWidth="1"/></cols>',
        rows: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A8*2</f><v>4</v></c><c r="C1"><v>5</v></c><c r="E1" t="s"><v>2</v></c><c r="F1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2" t="e"><v>#NUM!</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c></row>
<row r="3" hidden="1"><c r="A3" t="e"><v>#N/A</v></c></row>
<row r="4"><c r="A4" t="e"><v>#DIV/0!</v></c></row>
<row r="5"><c r="A5" t="e"><v>#REF!</v></c></row>
<row r="6"><c r="A6" s="1"><v>45000</v></c></row>
<row r="7"><c r="A7" t="s"><v>1</v></c></row>
<row r="8"><c r="A8"><f>1+1</f><v>2</v></c></row>
<row r="9"><c r="A9" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>
<row r="10"><c r="A10" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
<row r="11"><c r="A11" t="str"><f>HYPERLINK("${DRIVE_A}","Invoice 7")</f><v>Invoice 7</v></c></row>
<row r="12"><c r="A12" t="b"><v>0</v></c></row>`,
        after:
          '<sheetProtection sheet="1" objects="1" scenarios="1" algorithmName="SHA-512" hashValue="q1w2e3" saltValue="s4l7" spinCount="100000"/><mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells><hyperlinks><hyperlink ref="E1" r:id="rId1"/></hyperlinks>',
        rels: `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${DRIVE_B}" TargetMode="External"/>`,
      },
      { name: 'Secret', state: 'hidden', rows: '<row r="1"><c r="A1" t="s"><v>3</v></c></row>' },
    ],
  });
}

async function fixtureFile(date1904 = true, build = hostileWorkbook): Promise<string> {
  const file = join(tempDir(), 'hostile.xlsx');
  writeFileSync(file, await build(date1904));
  return file;
}

function ymd(date: unknown, timeZone = ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(date as Date);
}

/** Every cell of a tab as exceljs reads it (value, type, style), plus the tab's own properties. */
const read = new Map<string, Promise<ExcelJS.Workbook>>();

async function tabModel(file: string, name: string) {
  if (!read.has(file)) {
    const book = new ExcelJS.Workbook();
    read.set(
      file,
      book.xlsx.readFile(file).then(() => book),
    );
  }
  const wb = await read.get(file)!;
  const ws = wb.getWorksheet(name)!;
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        type: cell.type,
        value: JSON.stringify(cell.value),
        style: JSON.stringify(cell.style ?? null),
      };
    });
  });
  return {
    date1904: wb.properties.date1904,
    state: ws.state,
    merges: ws.model.merges,
    protection: JSON.stringify((ws as unknown as { sheetProtection: unknown }).sheetProtection),
    hiddenRows: Array.from({ length: ws.rowCount }, (_, i) => i + 1).filter((r) => ws.getRow(r).hidden),
    hiddenColumns: Array.from({ length: 8 }, (_, i) => ws.getColumn(i + 1).hidden),
    cells,
  };
}

describe('xlsx load: cells as getValues shows them', () => {
  it('reads control characters, errors, 1904 dates, rich text, links, merges and cached formula results', async () => {
    const ss = await loadWorkbook(await fixtureFile(), { timeZone: ZONE });
    const notes = ss.getSheetByName('Notes')!;
    const column = notes
      .getRange(1, 1, 12, 1)
      .getValues()
      .map((r) => r[0]);
    expect(column.slice(0, 5)).toEqual(['a\u000Bb', '#NUM!', '#N/A', '#DIV/0!', '#REF!']);
    // Serial 45000 in the 1904 system is 2027-03-16 (in the 1900 system it would be 2023-03-15).
    expect(ymd(column[5])).toBe('2027-03-16');
    expect(column.slice(6)).toEqual(['Bold plain', 2, 'xy', '#DIV/0!', 'Invoice 7', false]);
    expect(notes.getRange('B1:B2').getValues()).toEqual([[4], [0]]);
    expect(notes.getRange('B1:B2').getFormulas()).toEqual([['=A8*2'], ['=A9*2']]);
    // A merged range's value is the top-left cell's; the others are empty.
    expect(notes.getRange('C1:D2').getValues()).toEqual([
      [5, ''],
      ['', ''],
    ]);
    expect(notes.getRange('E1:F1').getValues()).toEqual([['Invoice 8', 'lit _x0041_ end']]);
    expect(ss.getSheetByName('Secret')!.getRange('A1').getValue()).toBe('secret');
  });

  it('gives a link cell’s and a HYPERLINK’s label to getValues and the link to getRichTextValues, before and after a save', async () => {
    const ss = await loadWorkbook(await fixtureFile(), { timeZone: ZONE });
    const file = join(tempDir(), 'links.xlsx');
    await saveWorkbook(ss, file);
    for (const book of [ss, await loadWorkbook(file, { timeZone: ZONE })]) {
      const notes = book.getSheetByName('Notes')!;
      const [e1] = notes.getRange('E1').getRichTextValues()[0]!;
      expect([notes.getRange('E1').getValue(), e1?.getText(), e1?.getLinkUrl()]).toEqual([
        'Invoice 8',
        'Invoice 8',
        DRIVE_B,
      ]);
      const [a11] = notes.getRange('A11').getRichTextValues()[0]!;
      expect([a11?.getText(), a11?.getLinkUrl()]).toEqual(['Invoice 7', DRIVE_A]);
      // Plain text has no link; a number is not text, so the reference gives null.
      expect(notes.getRange('A1').getRichTextValues()[0]![0]?.getLinkUrl()).toBeNull();
      expect(notes.getRange('A8').getRichTextValues()).toEqual([[null]]);
    }
  });

  it('reads cached results that are false, 0 or empty text, keeps them on save, and names a formula with none', async () => {
    const file = await fixtureFile(false, () =>
      buildXlsx({
        sheets: [
          {
            name: 'Calc',
            rows: '<row r="1"><c r="A1" t="b"><f>1=2</f><v>0</v></c><c r="B1" t="str"><f>IF(1=1,"","x")</f><v></v></c><c r="C1"><f>0*1</f><v>0</v></c><c r="D1"><f>1+1</f></c></row>',
          },
        ],
      }),
    );
    const ss = await loadWorkbook(file, { timeZone: ZONE });
    const calc = ss.getSheetByName('Calc')!;
    expect(calc.getRange('A1:C1').getValues()).toEqual([[false, '', 0]]);
    expect(() => calc.getRange('D1').getValues()).toThrow(
      'The local runtime cannot compute formulas: Calc!D1 holds =1+1 with no result saved beside it',
    );
    const saved = join(tempDir(), 'calc.xlsx');
    await saveWorkbook(ss, saved);
    const xml = await findSheetXml(readFileSync(saved), 'Calc');
    expect(xml).toMatch(/<c r="A1" t="b"><f>1=2<\/f><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B1" t="str"><f>IF\(1=1,&quot;&quot;,&quot;x&quot;\)<\/f><v><\/v><\/c>/);
    expect(xml).toMatch(/<c r="C1"><f>0\*1<\/f><v>0<\/v><\/c>/);
  });

  it('keeps dates on their day in a 1900-system workbook too', async () => {
    const ss = await loadWorkbook(await fixtureFile(false), { timeZone: ZONE });
    expect(ymd(ss.getSheetByName('Notes')!.getRange('A6').getValue())).toBe('2023-03-15');
  });
});

describe('xlsx round trip through every action', () => {
  it('setup, check, report and reminders leave every cell and tab property they did not write as it was', async () => {
    ensureBuilt();
    const original = await fixtureFile();
    const runtime = await loadRuntime({ workbook: original, today: TODAY, timeZone: ZONE });
    runtime.run('setupTrackingSheet', { sample: true });
    runtime.run('checkSheet');
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    runtime.run('generateReport', { client, month: '2026-10' });
    expect(runtime.run<DraftsResult>('createDrafts', {}).drafts.length).toBeGreaterThan(0);
    const saved = join(tempDir(), 'saved.xlsx');
    await runtime.save(saved);

    for (const tab of ['Notes', 'Secret']) {
      const before = await tabModel(original, tab);
      const after = await tabModel(saved, tab);
      const changed = Object.keys({ ...before.cells, ...after.cells }).filter(
        (a) => JSON.stringify(before.cells[a]) !== JSON.stringify(after.cells[a]),
      );
      expect(changed, `${tab}: cells changed`).toEqual([]);
      expect({ ...after, cells: null }).toEqual({ ...before, cells: null });
    }

    // Checked in the file itself, not through a reader.
    const bytes = readFileSync(saved);
    expect(await xlsxPart(bytes, 'xl/workbook.xml')).toMatch(/<workbookPr[^>]*date1904="1"/);
    expect(await xlsxPart(bytes, 'xl/workbook.xml')).toMatch(/<sheet [^>]*name="Secret"[^>]*state="hidden"/);
    const strings = await xlsxPart(bytes, 'xl/sharedStrings.xml');
    expect(strings).toContain('<t>a_x000B_b</t>');
    expect(strings).toMatch(/<r><rPr><b\/>.*<t>Bold<\/t><\/r><r><t xml:space="preserve"> plain<\/t><\/r>/);
    const sheetPart = (await xlsxPart(bytes, 'xl/workbook.xml')).indexOf('name="Notes"');
    expect(sheetPart).toBeGreaterThan(-1);
    const notesXml = await findSheetXml(bytes, 'Notes');
    expect(notesXml).toMatch(/<c r="A2" t="e"><v>#NUM!<\/v><\/c>/);
    expect(notesXml).toMatch(/<c r="A10" t="e"><f>1\/0<\/f><v>#DIV\/0!<\/v><\/c>/);
    expect(notesXml).toMatch(/<c r="A11" t="str"><f>HYPERLINK\(&quot;https:[^<]*<\/f><v>Invoice 7<\/v>/);
    expect(notesXml).toMatch(/<mergeCell ref="C1:D2"\/>/);
    expect(notesXml).toMatch(/<sheetProtection [^>]*hashValue="q1w2e3"/);
    expect(notesXml).toMatch(/<row r="3"[^>]* hidden="1"/);
    expect(notesXml).toMatch(/<hyperlink ref="E1"/);

    // The add-on's own tabs load back as the runtime held them: no date moved by four years; and a
    // second save (tabs the add-on made are in the workbook by then) writes the same.
    const back = await loadWorkbook(saved, { timeZone: ZONE });
    expect(JSON.stringify(snapshot(back))).toBe(JSON.stringify(snapshot(runtime.spreadsheet)));
    const again = join(tempDir(), 'again.xlsx');
    await runtime.save(again);
    const backAgain = await loadWorkbook(again, { timeZone: ZONE });
    expect(JSON.stringify(snapshot(backAgain))).toBe(JSON.stringify(snapshot(runtime.spreadsheet)));
    expect(backAgain.getSheetByName('Notes')!.getRange('A1').getValue()).toBe('a\u000Bb');
  });

  it('on the add-on’s own tabs, changes only the cells reminders and reports write', async () => {
    // A tracking sheet as a user might download it: the sample, plus cells in a spare column of
    // Invoices that the add-on never writes (rich text, an error, a cached formula, a control character).
    const first = await sampleRuntime({ timeZone: ZONE });
    const plain = join(tempDir(), 'plain.xlsx');
    await first.save(plain);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const index = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex(
      (m) => m[1] === 'Invoices',
    );
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    const extra: Record<number, string> = {
      2: '<c r="Z2" t="inlineStr"><is><r><rPr><b/></rPr><t>paid</t></r><r><t xml:space="preserve"> late</t></r></is></c>',
      3: '<c r="Z3" t="e"><v>#N/A</v></c>',
      4: '<c r="Z4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>',
      5: '<c r="Z5" t="inlineStr"><is><t>a_x000B_b</t></is></c>',
    };
    const xml = (await zip.file(part)!.async('string')).replace(
      /(<row r="(\d+)"[^>]*>[\s\S]*?)<\/row>/g,
      (m, body: string, r: string) => (extra[Number(r)] ? `${body}${extra[Number(r)]}</row>` : m),
    );
    expect(xml).toContain('r="Z5"');
    zip.file(part, xml);
    const user = join(tempDir(), 'user.xlsx');
    writeFileSync(user, await zip.generateAsync({ type: 'nodebuffer' }));

    const runtime = await loadRuntime({ workbook: user, today: TODAY, timeZone: ZONE });
    const lastRows = Object.fromEntries(runtime.spreadsheet.sheets.map((s) => [s.getName(), s.getLastRow()]));
    runtime.run('checkSheet');
    const client = runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients[0]!.name;
    runtime.run('generateReport', { client, month: '2026-10' });
    expect(runtime.run<DraftsResult>('createDrafts', {}).drafts.length).toBeGreaterThan(0);
    const saved = join(tempDir(), 'after.xlsx');
    await runtime.save(saved);

    const invoices = runtime.spreadsheet.getSheetByName('Invoices')!;
    const header = invoices.getRange(1, 1, 1, invoices.getLastColumn()).getValues()[0]!;
    const written = ['Reminder stage', 'Last reminder'].map((h) =>
      String.fromCharCode(65 + header.indexOf(h)),
    );
    for (const tab of runtime.spreadsheet.sheets.map((s) => s.getName())) {
      const before = await tabModel(user, tab);
      const after = await tabModel(saved, tab);
      const changed = Object.keys({ ...before.cells, ...after.cells }).filter(
        (a) => JSON.stringify(before.cells[a]) !== JSON.stringify(after.cells[a]),
      );
      const allowed = (a: string) => {
        // exceljs (the reader here) leaves an inline string's _x000B_ undecoded; Z5 is checked below.
        if (tab === 'Invoices' && a === 'Z5') return true;
        const [, column, row] = /^([A-Z]+)(\d+)$/.exec(a)!;
        if (tab === 'Reports' || tab === 'Drafts') return Number(row) > lastRows[tab]!;
        return tab === 'Invoices' && written.includes(column!);
      };
      expect(
        changed.filter((a) => !allowed(a)),
        `${tab}: cells changed that no action wrote`,
      ).toEqual([]);
      expect({ ...after, cells: null }).toEqual({ ...before, cells: null });
    }
    const back = (await loadWorkbook(saved, { timeZone: ZONE })).getSheetByName('Invoices')!;
    expect(back.getRange('Z2:Z5').getValues()).toEqual([['paid late'], ['#N/A'], ['xy'], ['a\u000Bb']]);
    expect(await xlsxPart(readFileSync(saved), 'xl/sharedStrings.xml')).toContain('<t>a_x000B_b</t>');
  }, 180_000);

  it('what the add-on writes into a loaded workbook loads back the same: control characters, over a shared formula, a 1904 date', async () => {
    const ss = await loadWorkbook(await fixtureFile(), { timeZone: ZONE });
    const notes = ss.getSheetByName('Notes')!;
    notes.getRange('H1:H3').setValues([['Acme\u000BAS'], ['tab\there'], ['_x0041_ literal']]);
    const file = join(tempDir(), 'ctl.xlsx');
    await saveWorkbook(ss, file);
    const back = await loadWorkbook(file, { timeZone: ZONE });
    expect(back.getSheetByName('Notes')!.getRange('H1:H3').getValues()).toEqual([
      ['Acme\u000BAS'],
      ['tab\there'],
      ['_x0041_ literal'],
    ]);
    // Writing over the first cell of a shared formula leaves the cells sharing it with their formula.
    notes.getRange('B1').setValues([[7]]);
    await saveWorkbook(ss, file);
    const shared = (await loadWorkbook(file, { timeZone: ZONE })).getSheetByName('Notes')!.getRange('B1:B2');
    expect([shared.getValues(), shared.getFormulas()]).toEqual([
      [[7], [0]],
      [[''], ['=A9*2']],
    ]);
    // A date written into a 1904 workbook stays on its day.
    notes.getRange('H4').setValues([['2026-10-31']]);
    await saveWorkbook(ss, file);
    const again = await loadWorkbook(file, { timeZone: ZONE });
    expect(ymd(again.getSheetByName('Notes')!.getRange('H4').getValue())).toBe('2026-10-31');
  });
});

async function findSheetXml(bytes: Buffer, name: string): Promise<string> {
  const workbook = await xlsxPart(bytes, 'xl/workbook.xml');
  const rels = await xlsxPart(bytes, 'xl/_rels/workbook.xml.rels');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  return xlsxPart(bytes, `xl/${target!.replace(/^\/?xl\//, '')}`);
}

describe('xlsx load: what the runtime cannot model is named, not dropped', () => {
  const withSheet = (sheet: Partial<FixtureSheet>, extra?: (zip: Buffer) => Promise<Buffer>) => () =>
    buildXlsx({
      sheets: [{ name: 'Tasks', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', ...sheet }],
    }).then((b) => (extra ? extra(b) : b));

  it('refuses a validation rule it cannot read, naming the tab and the cells', async () => {
    const file = await fixtureFile(
      false,
      withSheet({
        after:
          '<dataValidations count="1"><dataValidation type="textLength" operator="lessThan" sqref="B2:B9"><formula1>5</formula1></dataValidation></dataValidations>',
      }),
    );
    const load = loadWorkbook(file, { timeZone: ZONE });
    await expect(load).rejects.toBeInstanceOf(WorkbookError);
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(
      /Tasks!B2 \(and 7 more cells\) has a data validation rule \(textLength lessThan\) the local runtime cannot model/,
    );
  });

  it('reads other number comparisons by their Sheets names and saves the rule back as the file had it', async () => {
    const file = await fixtureFile(
      false,
      withSheet({
        after:
          '<dataValidations count="1"><dataValidation type="whole" operator="lessThan" allowBlank="1" showErrorMessage="1" errorTitle="Too many" error="Under 40, please" sqref="B2:B4"><formula1>40</formula1></dataValidation></dataValidations>',
      }),
    );
    const ss = await loadWorkbook(file, { timeZone: ZONE });
    const rule = ss.getSheetByName('Tasks')!.getRange('B3').getDataValidation()!;
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid()]).toEqual([
      'NUMBER_LESS_THAN',
      [40],
      false,
    ]);
    const saved = join(tempDir(), 'rules.xlsx');
    await saveWorkbook(ss, saved);
    const xml = await findSheetXml(readFileSync(saved), 'Tasks');
    expect(xml).toMatch(/<dataValidation [^>]*type="whole"[^>]*operator="lessThan"/);
    expect(xml).toMatch(/errorTitle="Too many"/);
    expect(xml).toMatch(/error="Under 40, please"/);
  });

  it('says a zip that is not a workbook is not one', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const file = join(tempDir(), 'letter.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(
      /^Cannot read .*letter\.xlsx as \.xlsx: it is a zip archive but not an \.xlsx workbook \(it has no xl\/workbook\.xml\)\.$/,
    );
  });

  it('refuses validation kept in an Excel 2010 extension, which exceljs would drop', async () => {
    const file = await fixtureFile(
      false,
      withSheet({
        after:
          '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">Clients!$A$2:$A$9</xm:f></x14:formula1><xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">B2:B9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
      }),
    );
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(
      /Tasks has data validation stored as an Excel 2010 extension/,
    );
  });

  it('refuses worksheet parts exceljs would drop, such as protected ranges and ignored errors', async () => {
    const file = await fixtureFile(
      false,
      withSheet({
        after:
          '<protectedRanges><protectedRange sqref="A1:B2" name="Mine"/></protectedRanges><ignoredErrors><ignoredError sqref="A1" numberStoredAsText="1"/></ignoredErrors>',
      }),
    );
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(
      /Tasks has <protectedRanges>; Tasks has <ignoredErrors>, which the local runtime cannot keep/,
    );
  });

  it('refuses a protected workbook structure, which exceljs would drop', async () => {
    const file = await fixtureFile(false, () =>
      buildXlsx({
        afterWorkbookPr: '<workbookProtection lockStructure="1"/>',
        sheets: [{ name: 'Tasks', rows: '' }],
      }),
    );
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(
      /the workbook has workbook protection/,
    );
  });

  it('refuses a chart, naming the tab it sits on', async () => {
    const JSZip = (await import('jszip')).default;
    const file = await fixtureFile(
      false,
      withSheet(
        {
          after: '<drawing r:id="rId1"/>',
          rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
        },
        async (b) => {
          const zip = await JSZip.loadAsync(b);
          zip.file(
            'xl/drawings/drawing1.xml',
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
          );
          zip.file(
            'xl/drawings/_rels/drawing1.xml.rels',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
          );
          zip.file(
            'xl/charts/chart1.xml',
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
          );
          return zip.generateAsync({ type: 'nodebuffer' });
        },
      ),
    );
    await expect(loadWorkbook(file, { timeZone: ZONE })).rejects.toThrow(/Cannot load .*: Tasks has charts/);
  });
});

describe('xlsx round trip over generated values', () => {
  // Characters that trip XML and SpreadsheetML: controls, CR (XML turns CR LF into LF), the escape
  // syntax itself, non-characters, right-to-left text and emoji.
  const piece = fc.constantFrom(
    ...['a', ' ', '\t', '\n', '\r', '\r\n', '\u0000', '\u0001', '\u000B', '\u001F', '\uFFFE', '_x000B_'],
    ...['_x005F_', '_x00', '_', 'שלום', '日本', '😀', '&', '<', '"', "'"],
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const value = fc.oneof(
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.boolean(),
    fc
      .date({ min: new Date('1904-01-02'), max: new Date('9999-12-30'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );

  it('every value the add-on could write loads back the same, in 1900 and 1904 workbooks', async () => {
    const books = { false: await fixtureFile(false), true: await fixtureFile(true) };
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (values, in1904) => {
          const ss = await loadWorkbook(books[String(in1904) as 'true' | 'false'], { timeZone: ZONE });
          const notes = ss.getSheetByName('Notes')!;
          // Text goes in behind an apostrophe, so it stays text however it looks (setValues reference).
          const written = values.map((v) => [
            typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? `'${v}` : v,
          ]);
          notes.getRange(1, 10, values.length, 1).setValues(written);
          const expected = notes.getRange(1, 10, values.length, 1).getValues();
          const file = join(tempDir(), 'gen.xlsx');
          await saveWorkbook(ss, file);
          const back = (await loadWorkbook(file, { timeZone: ZONE })).getSheetByName('Notes')!;
          expect(back.getRange(1, 10, values.length, 1).getValues()).toEqual(expected);
          expect(back.getRange('A1:A12').getValues()).toEqual(notes.getRange('A1:A12').getValues());
        },
      ),
      { numRuns: Number(process.env.XLSX_RUNS ?? 40) },
    );
  }, 180_000);
});
