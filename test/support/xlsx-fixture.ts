// Builds .xlsx files from raw SpreadsheetML, zipped with jszip: fixtures written independently of
// exceljs and of runtime/xlsx.ts, so a round trip is judged against what the file really says.

import JSZip from 'jszip';

export interface FixtureSheet {
  name: string;
  /** The inner XML of <sheetData>. */
  rows: string;
  /** 'hidden' or 'veryHidden' for a hidden tab. */
  state?: 'hidden' | 'veryHidden';
  /** XML placed after </sheetData> (sheetProtection, mergeCells, hyperlinks...), in schema order. */
  after?: string;
  /** XML placed before <sheetData> (cols). */
  before?: string;
  /** Relationships of the sheet (hyperlink targets). */
  rels?: string;
}

export interface Fixture {
  sheets: FixtureSheet[];
  /** Shared strings, in order (already escaped XML of each <si>). */
  sharedStrings?: string[];
  date1904?: boolean;
  /** XML placed after <workbookPr/> (workbookProtection...). */
  afterWorkbookPr?: string;
  /** Inner XML of styles.xml's numFmts and cellXfs (cellXfs must hold at least one xf). */
  numFmts?: string;
  cellXfs?: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function buildXlsx(f: Fixture): Promise<Buffer> {
  const zip = new JSZip();
  const sheets = f.sheets;
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
${f.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}
${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('\n')}
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${R}">
<workbookPr${f.date1904 ? ' date1904="1"' : ''}/>${f.afterWorkbookPr ?? ''}
<sheets>
${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('\n')}
</sheets>
</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('\n')}
<Relationship Id="rId${sheets.length + 1}" Type="${R}/styles" Target="styles.xml"/>
${f.sharedStrings ? `<Relationship Id="rId${sheets.length + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ''}
</Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}">
${f.numFmts ?? ''}
<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
${f.cellXfs ?? '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'}
</styleSheet>`,
  );
  if (f.sharedStrings)
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${NS}" count="${f.sharedStrings.length}" uniqueCount="${f.sharedStrings.length}">
${f.sharedStrings.map((s) => `<si>${s}</si>`).join('\n')}
</sst>`,
    );
  sheets.forEach((s, i) => {
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${R}">
${s.before ?? ''}
<sheetData>${s.rows}</sheetData>
${s.after ?? ''}
</worksheet>`,
    );
    if (s.rels)
      zip.file(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels}</Relationships>`,
      );
  });
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The text of one part of a saved .xlsx, to check what was written rather than what loads back. */
export async function xlsxPart(file: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const entry = zip.file(part);
  if (!entry) throw new Error(`no ${part} in the workbook`);
  return entry.async('string');
}
