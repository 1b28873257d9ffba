// `npm run -s flags:libreoffice`: the same flags evaluated by LibreOffice, as a second opinion on the
// runtime's formula engine. Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui); not part
// of `npm test`. For the sample and the hostile sheet it writes each flag's formula as a cell formula
// in every row (moved from the rule's top-left cell, TODAY() fixed to the runtime's today), saves
// .xlsx, lets LibreOffice compute and export CSV, and compares the rows with flaggedRows().

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flaggedRows } from '../runtime/formula/rules';
import { moveFormula } from '../runtime/formula/translate';
import { loadRuntime } from '../runtime/runtime';
import { saveWorkbook } from '../runtime/xlsx';
import { TODAY, ensureBuilt, tempDir } from '../test/e2e/helpers';
import { writeHostileSheet } from '../test/e2e/hostile-rules-sheet';
import type { FakeSpreadsheet } from '../runtime/fakes/spreadsheet';

/** RFC 4180 CSV, as LibreOffice writes it with a double quote as text delimiter. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === ',' || ch === '\n')) {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (quoted || ch !== '\r') {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface Probe {
  tab: string;
  marker: string;
  column: number;
}

/** Writes each flag as cell formulas to the right of the data; returns where each went. */
function writeProbes(ss: FakeSpreadsheet): Probe[] {
  const [y, m, d] = TODAY.split('-').map(Number);
  const probes: Probe[] = [];
  for (const sheet of ss.sheets) {
    const rules = sheet.getConditionalFormatRules();
    const last = sheet.getLastRow() + 3;
    let column = sheet.getLastColumn() + 2;
    for (const rule of rules) {
      const marker = /"(fvt:[^"]+)"/.exec(rule.formula)?.[1];
      const range = rule.getRanges()[0]!;
      if (!marker) continue;
      const formula = rule.formula.replace(/^=/, '').replace(/TODAY\(\)/g, `DATE(${y},${m},${d})`);
      const cells = [];
      for (let row = range.getRow(); row <= last; row++) {
        // Moved down only: the flags name their columns with $, so a row reads the same in any column.
        const moved = moveFormula(formula, row - range.getRow(), 0);
        cells.push([`=${moved}`]);
      }
      if (column > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 5);
      sheet.getRange(range.getRow(), column, cells.length, 1).setValues(cells);
      probes.push({ tab: sheet.getName(), marker, column });
      column++;
    }
  }
  return probes;
}

async function compare(name: string, ss: FakeSpreadsheet): Promise<boolean> {
  const expected = new Map<string, number[]>();
  for (const sheet of ss.sheets)
    for (const rule of sheet.getConditionalFormatRules()) {
      const marker = /"(fvt:[^"]+)"/.exec(rule.formula)?.[1];
      if (marker) expected.set(marker, flaggedRows(ss, sheet.getName(), marker, TODAY));
    }
  const probes = writeProbes(ss);
  const dir = tempDir();
  const file = join(dir, `${name}.xlsx`);
  await saveWorkbook(ss, file);
  // The CSV filter's 12th token -1 exports every sheet as <name>-<Sheet>.csv (LibreOffice 7.2+).
  execFileSync(
    'soffice',
    [
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore' },
  );
  let same = true;
  for (const probe of probes) {
    const rows = parseCsv(readFileSync(join(dir, `${name}-${probe.tab}.csv`), 'utf8'));
    const coloured = rows.flatMap((line, i) =>
      /^(TRUE|1)$/.test(line[probe.column - 1] ?? '') ? [i + 1] : [],
    );
    const engine = expected.get(probe.marker)!;
    const ok = JSON.stringify(coloured) === JSON.stringify(engine);
    same &&= ok;
    console.log(
      `${ok ? 'same' : 'DIFFERENT'}  ${name} ${probe.marker}: LibreOffice [${coloured.join(', ')}], engine [${engine.join(', ')}]`,
    );
  }
  return same;
}

ensureBuilt();
const sample = await loadRuntime({ today: TODAY });
sample.run('setupTrackingSheet', { sample: true });
const hostile = await loadRuntime({ today: TODAY });
writeHostileSheet(hostile);
const a = await compare('sample', sample.spreadsheet);
const b = await compare('hostile', hostile.spreadsheet);
process.exit(a && b ? 0 : 1);
