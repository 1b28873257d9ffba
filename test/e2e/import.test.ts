// Import time entries through the runner, on the bundle: the preview, the write with client names
// picked, a second import that adds nothing, remembered names, text kept as text, a fixed number of
// service calls, and the date question.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../runtime/cli';
import { loadRuntime } from '../../runtime/runtime';
import { TODAY, ensureBuilt, tempDir } from '../support/runtime';

const FIXTURES = 'test/fixtures/time-exports/';
const MAPS = [
  '--client-map',
  'Nordlys AS=Bakeriet Solsikke AS',
  '--client-map',
  'internal admin=Fernleaf Studio',
  '--client-map',
  'Sól ehf.=Norðurljós ferðir ehf.',
];

async function run(args: string[]) {
  return (await runCommand([...args, '--today', TODAY, '--json'])).output as Record<string, unknown> & {
    calls: { byMethod: Record<string, number> };
  };
}

describe('import time entries', () => {
  it('previews, writes once with the clients picked, and adds nothing the second time', {
    timeout: 240_000,
  }, async () => {
    ensureBuilt();
    const dir = tempDir();
    const sheet = join(dir, 'sheet.xlsx');
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    await run(['setup', '--sample', '--save', sheet]);

    const preview = await run(['import', '--workbook', sheet, '--file', `${FIXTURES}toggl-detailed.csv`]);
    expect(preview).toMatchObject({ vendor: 'Toggl Track', new: 5, skipped: 0, written: 0, problems: [] });
    expect(preview.needsClient).toEqual([
      { name: 'Nordlys AS', entries: 2 },
      { name: 'Internal admin', entries: 1 },
      { name: 'Sól ehf.', entries: 2 },
    ]);
    // Two reads, nothing written: a preview needs no lock.
    expect(preview.calls.byMethod['Range.getValues']).toBe(2);
    expect(preview.calls.byMethod['Range.setValues']).toBeUndefined();

    const written = await run([
      'import',
      '--workbook',
      sheet,
      '--file',
      `${FIXTURES}toggl-detailed.csv`,
      '--yes',
      ...MAPS,
      '--save',
      first,
    ]);
    expect(written).toMatchObject({ new: 5, written: 5, needsClient: [] });
    expect(written.remembered).toEqual(['Nordlys AS', 'internal admin', 'Sól ehf.']);
    expect(written.calls.byMethod['Range.setValues']).toBe(1);
    expect(written.calls.byMethod['Range.setValue']).toBe(3);

    const runtime = await loadRuntime({ workbook: first, today: TODAY });
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    const values = tasks.getDataRange().getValues();
    const header = values[0]!.map(String);
    const at = (name: string) => header.indexOf(name);
    const imported = values.filter((r) => String(r[at('Import key')]).startsWith('toggl:'));
    expect(imported.map((r) => [r[at('Client')], r[at('Task')], r[at('Hours')], r[at('Billable')]])).toEqual([
      ['Bakeriet Solsikke AS', 'Homepage copy', (5400 + 15) / 3600, true],
      ['Bakeriet Solsikke AS', 'Design', (6600 + 30) / 3600, true],
      ['Fernleaf Studio', 'Bookkeeping', 1 / 3, false],
      // Written as text: a formula would read back as its label, "click" (the fake, as Sheets, keeps
      // a string that starts with = as a formula).
      ['Norðurljós ferðir ehf.', '=HYPERLINK("http://x","click")', 421 / 3600, true],
      ['Norðurljós ferðir ehf.', 'Call with Jón, about the logo\nand the colours', 0.75, true],
    ]);
    const clients = runtime.spreadsheet.getSheetByName('Clients')!.getDataRange().getValues();
    const names = clients[0]!.map(String).indexOf('Tracker names');
    expect(clients.find((r) => r[0] === 'Fernleaf Studio')![names]).toBe('internal admin');

    const again = await run([
      'import',
      '--workbook',
      first,
      '--file',
      `${FIXTURES}toggl-detailed.csv`,
      '--yes',
    ]);
    expect(again).toMatchObject({ new: 0, skipped: 5, written: 0, needsClient: [] });

    // An overlapping export: only its new entry is written, to the client remembered for the name.
    const overlap = await run([
      'import',
      '--workbook',
      first,
      '--file',
      `${FIXTURES}toggl-detailed-free.csv`,
      '--yes',
      '--save',
      second,
    ]);
    expect(overlap).toMatchObject({ new: 1, skipped: 1, written: 1, needsClient: [] });
  });

  it('asks for the order of day and month, writes nothing until told, and says which lines it left out', {
    timeout: 240_000,
  }, async () => {
    ensureBuilt();
    const dir = tempDir();
    const sheet = join(dir, 'sheet.xlsx');
    await run(['setup', '--sample', '--save', sheet]);
    const file = `${FIXTURES}clockify-ambiguous.csv`;
    const map = ['--client-map', 'Acme Inc=Fernleaf Studio'];
    const asked = await run(['import', '--workbook', sheet, '--file', file, '--yes', ...map]);
    expect(asked.askDateOrder).toEqual({
      example: '01/09/2026',
      dayFirst: '2026-09-01',
      monthFirst: '2026-01-09',
    });
    expect(asked.written).toBe(0);
    const told = await run([
      'import',
      '--workbook',
      sheet,
      '--file',
      file,
      '--yes',
      '--date-order',
      'dmy',
      ...map,
    ]);
    expect(told).toMatchObject({ askDateOrder: null, written: 2 });

    const long = await run(['import', '--workbook', sheet, '--file', `${FIXTURES}toggl-data-export.csv`]);
    expect(long.problems).toEqual([
      {
        line: 4,
        message:
          'The entry lasts 25.5 hours, more than a day, and a row in Tasks holds one day’s work. Split it in the tracker, then import again.',
      },
    ]);
  });
});
