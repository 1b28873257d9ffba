// Classify tasks on the bundle: a month of forty entries with neither goal nor mark listed by client,
// saved in one batch, never over a row changed meanwhile, after which the check no longer flags them.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../runtime/cli';
import type { Runtime } from '../../runtime/runtime';
import type { CheckResult, ClassifyList, ClassifySaveResult } from '../../src/server-api';
import { sampleRuntime, tempDir } from '../support/runtime';

const MONTH = '2026-11';

/** Forty imported-looking entries in November, for two clients, below the sample's tasks. */
function addEntries(runtime: Runtime): number {
  const sheet = runtime.spreadsheet.getSheetByName('Tasks')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const first = sheet.getLastRow() + 1;
  const lines = Array.from({ length: 40 }, (_, i) => {
    const line = header.map(() => '' as unknown);
    line[header.indexOf('Date')] = new Date(Date.UTC(2026, 10, 1 + (i % 20), 11));
    line[header.indexOf('Client')] = i % 2 ? 'Bakeriet Solsikke AS' : 'Harbour & Thread Ltd';
    line[header.indexOf('Task')] = `Imported entry ${i + 1}`;
    line[header.indexOf('Hours')] = 0.5;
    return line;
  });
  runtime.spreadsheet.rawWrite('Tasks', first, 1, lines);
  return first;
}

const flagged = (check: CheckResult) =>
  check.problems
    .filter((p) => p.sheet === 'Tasks' && /neither|no goal|goal or/i.test(p.message))
    .map((p) => p.row);

describe('classify tasks', () => {
  it('lists forty entries by client, saves them in one batch, and the check stops flagging them', async () => {
    const runtime = await sampleRuntime();
    const first = addEntries(runtime);
    expect(flagged(runtime.run<CheckResult>('checkSheet')).filter((r) => r >= first)).toHaveLength(40);

    runtime.calls.reset();
    const list = runtime.run<ClassifyList>('listUnclassified', { month: MONTH });
    expect(runtime.calls.summary().byMethod['Range.getValues']).toBe(4);
    const ours = list.groups.map((g) => [g.client, g.tasks.filter((t) => t.row >= first).length]);
    expect(ours).toEqual(
      expect.arrayContaining([
        ['Harbour & Thread Ltd', 20],
        ['Bakeriet Solsikke AS', 20],
      ]),
    );

    const choices = list.groups.flatMap((g) =>
      g.tasks.map((t, i) =>
        i % 2 && g.goals[0]
          ? { row: t.row, version: t.version, goal: g.goals[0].goal }
          : { row: t.row, version: t.version, mark: 'A' as const },
      ),
    );
    runtime.calls.reset();
    const saved = runtime.run<ClassifySaveResult>('saveClassification', { month: MONTH, choices });
    expect(saved.written).toBe(choices.length);
    expect(saved.skipped).toEqual([]);
    expect(saved.list.groups).toEqual([]);
    const calls = runtime.calls.summary();
    // One read per user tab (the answer carries the sheet's problems after saving), and one RangeList
    // per distinct choice (A, and each client's first goal), whatever the number of rows.
    expect(calls.byMethod['Range.getValues']).toBe(5);
    expect(calls.byMethod['RangeList.setValue']).toBeLessThanOrEqual(1 + list.groups.length);

    expect(runtime.run<ClassifyList>('listUnclassified', { month: MONTH }).groups).toEqual([]);
    expect(flagged(runtime.run<CheckResult>('checkSheet'))).toEqual([]);
    // Saving the same choices again writes nothing: every row has changed since (it is classified).
    const again = runtime.run<ClassifySaveResult>('saveClassification', { month: MONTH, choices });
    expect(again.written).toBe(0);
    expect(again.skipped.every((s) => s.reason === 'changed')).toBe(true);
  });

  it('never overwrites a row changed after it was listed', async () => {
    const runtime = await sampleRuntime();
    const first = addEntries(runtime);
    const list = runtime.run<ClassifyList>('listUnclassified', { month: MONTH });
    const task = list.groups.flatMap((g) => g.tasks).find((t) => t.row === first)!;
    const sheet = runtime.spreadsheet.getSheetByName('Tasks')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(first, header.indexOf('Mark') + 1).setValue('B');
    const saved = runtime.run<ClassifySaveResult>('saveClassification', {
      month: MONTH,
      choices: [{ row: task.row, version: task.version, mark: 'A' }],
    });
    expect(saved).toMatchObject({ written: 0, skipped: [{ row: first, reason: 'changed' }] });
    expect(sheet.getRange(first, header.indexOf('Mark') + 1).getValue()).toBe('B');
  });
});

describe('npm run -s local -- classify', () => {
  it('lists the month’s tasks with neither goal nor mark from a workbook, as the sidebar does', async () => {
    const runtime = await sampleRuntime();
    const first = addEntries(runtime);
    const file = join(tempDir(), 'forty.xlsx');
    await runtime.save(file);
    const { output } = await runCommand(['classify', '--workbook', file, '--month', MONTH, '--json']);
    const groups = output.groups as ClassifyList['groups'];
    expect(groups.map((g) => [g.client, g.tasks.length])).toEqual([
      ['Harbour & Thread Ltd', 20],
      ['Bakeriet Solsikke AS', 20],
    ]);
    expect(groups[0]!.tasks[0]).toMatchObject({
      row: first,
      date: '2026-11-01',
      task: 'Imported entry 1',
      hours: 0.5,
    });
    expect(output.calls.byMethod['Range.getValues']).toBe(4);
  });
});
