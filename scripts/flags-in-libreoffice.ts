// `npm run -s flags:libreoffice`: the same flags evaluated by LibreOffice, as a second opinion on the
// runtime's formula engine. Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui); not part
// of `npm test`. For the sample and the hostile sheet, two ways:
// - each flag's formula as a cell formula in every row (moved from the rule's top-left cell, TODAY()
//   fixed to the runtime's today), exported as CSV: rows per flag;
// - the conditional formats themselves as the .xlsx carries them, exported as HTML, which keeps the
//   colours they paint: cells per tab and colour. LibreOffice's TODAY() is this machine's date there,
//   so the engine is asked with that date too.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flaggedRows } from '../runtime/formula/rules';
import { moveFormula } from '../runtime/formula/translate';
import { loadRuntime } from '../runtime/runtime';
import { saveWorkbook } from '../runtime/xlsx';
import { ensureBuilt } from './ensure-built';
import { HOSTILE_TODAY as TODAY, writeHostileSheet } from './hostile-rules-sheet';
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
  const dir = mkdtempSync(join(tmpdir(), 'fvt-'));
  const painted = await comparePaint(name, ss, dir);
  const probes = writeProbes(ss);
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
    { stdio: 'ignore', timeout: 180_000 },
  );
  let same = painted;
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

/** Cells (tab, row, column) painted each colour: by the engine, and in LibreOffice's HTML export. */
async function comparePaint(name: string, ss: FakeSpreadsheet, dir: string): Promise<boolean> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ss.timeZone }).format(new Date());
  const engine = new Set<string>();
  for (const sheet of ss.sheets)
    for (const rule of sheet.getConditionalFormatRules()) {
      const marker = /"(fvt:[^"]+)"/.exec(rule.formula)?.[1];
      if (!marker) continue;
      const range = rule.getRanges()[0]!;
      for (const row of flaggedRows(ss, sheet.getName(), marker, today))
        for (let c = range.getColumn(); c <= range.getLastColumn(); c++)
          engine.add(`${sheet.getName()} row ${row} column ${c} ${rule.background?.toUpperCase()}`);
    }
  const html = join(dir, `${name}-paint.xlsx`);
  await saveWorkbook(ss, html);
  execFileSync('soffice', ['--headless', '--convert-to', 'html:HTML (StarCalc)', '--outdir', dir, html], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const page = readFileSync(join(dir, `${name}-paint.html`), 'utf8');
  const painted = new Set<string>();
  for (const part of page.split(/<A NAME="table\d+">/).slice(1)) {
    const tab = /<em>(.*?)<\/em>/.exec(part)?.[1] ?? '?';
    (part.match(/<tr[\s\S]*?<\/tr>/g) ?? []).forEach((tr, r) => {
      // Cells are in column order; a colspan would shift them, and this sheet's rows have none.
      if (/colspan/i.test(tr)) throw new Error(`A merged cell in ${tab} row ${r + 1}`);
      (tr.match(/<td[^>]*>/g) ?? []).forEach((td, c) => {
        const colour = /bgcolor="(#[0-9A-Fa-f]{6})"/.exec(td)?.[1];
        if (colour) painted.add(`${tab} row ${r + 1} column ${c + 1} ${colour.toUpperCase()}`);
      });
    });
  }
  const onlyEngine = [...engine].filter((k) => !painted.has(k));
  const onlyLibreOffice = [...painted].filter((k) => !engine.has(k));
  const ok = onlyEngine.length === 0 && onlyLibreOffice.length === 0;
  console.log(
    `${ok ? 'same' : 'DIFFERENT'}  ${name} painted cells (today ${today}): ${painted.size} in LibreOffice, ${engine.size} by the engine`,
  );
  for (const k of onlyEngine.slice(0, 10)) console.log(`  engine only: ${k}`);
  for (const k of onlyLibreOffice.slice(0, 10)) console.log(`  LibreOffice only: ${k}`);
  return ok;
}

ensureBuilt();
const sample = await loadRuntime({ today: TODAY });
sample.run('setupTrackingSheet', { sample: true });
const hostile = await loadRuntime({ today: TODAY });
writeHostileSheet(hostile);
const only = process.argv[2];
const a = only === 'hostile' || (await compare('sample', sample.spreadsheet));
const b = only === 'sample' || (await compare('hostile', hostile.spreadsheet));
process.exit(a && b ? 0 : 1);
