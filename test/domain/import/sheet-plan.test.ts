import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImportIntoSheet } from '../../../src/domain/import/sheet-plan';
import { ProblemError } from '../../../src/domain/problems/render';
import { CLIENTS, TASKS } from '../../../src/domain/tabs';

const text = readFileSync(
  new URL('../../fixtures/time-exports/harvest-current.csv', import.meta.url),
  'utf8',
);
const OSLO = { timeZone: 'Europe/Oslo' };
const header = (spec: typeof TASKS, without: string[] = []) =>
  spec.columns.filter((c) => !without.includes(c.key)).map((c) => c.header);

function tabs(options: { tasks?: string[]; clients?: string[]; trackerNames?: string } = {}) {
  const clientHeader = options.clients ?? header(CLIENTS);
  const row = clientHeader.map((h) =>
    h === 'Client' ? 'Nordlys AS' : h === 'Tracker names' ? (options.trackerNames ?? '') : '',
  );
  return {
    Clients: [clientHeader, row],
    Tasks: [options.tasks ?? header(TASKS), ['2026-11-01', 'Nordlys AS', 'Typed by hand']],
  };
}

describe('planImportIntoSheet', () => {
  it('puts each value under its header, after the last row, goal and mark left empty', () => {
    const plan = planImportIntoSheet(text, tabs(), [], OSLO);
    expect(plan.firstRow).toBe(3);
    const at = (name: string) => header(TASKS).indexOf(name);
    const first = plan.rows[0]!;
    expect([
      first[at('Date')],
      first[at('Client')],
      first[at('Task')],
      first[at('Hours')],
      first[at('Billable')],
    ]).toEqual([{ date: '2026-11-02' }, 'Nordlys AS', 'Wireframes', 3.5, true]);
    expect([first[at('Goal')], first[at('Mark')]]).toEqual(['', '']);
    expect(String(first[at('Import key')])).toMatch(/^harvest:[0-9a-f]{16}$/);
    expect(plan.rows[3]![at('Invoice')]).toBe('Harvest');
  });

  it('skips the keys already in Tasks › Import key', () => {
    const first = planImportIntoSheet(text, tabs(), [], OSLO);
    const t = tabs();
    const keyAt = header(TASKS).indexOf('Import key');
    const done = first.rows.map((r) => header(TASKS).map((_, i) => (i === keyAt ? r[keyAt] : '')));
    const again = planImportIntoSheet(text, { ...t, Tasks: [...t.Tasks, ...done] }, [], OSLO);
    expect([again.preview.new, again.preview.skipped, again.rows.length]).toEqual([0, 4, 0]);
  });

  it('refuses without the Import key column, and says to run setup', () => {
    expect(() => planImportIntoSheet(text, tabs({ tasks: header(TASKS, ['importKey']) }), [], OSLO)).toThrow(
      ProblemError,
    );
    expect(() => planImportIntoSheet(text, tabs({ tasks: header(TASKS, ['importKey']) }), [], OSLO)).toThrow(
      /“Import key”.*Set up tracking sheet/,
    );
  });

  it('remembers a picked name in the client’s Tracker names cell, and needs the column only then', () => {
    const file = 'Date,Client,Project,Hours\n2026-11-02,NL,Web,1.0\n';
    const plan = planImportIntoSheet(
      file,
      tabs({ trackerNames: 'Old name' }),
      [{ name: 'NL', client: 'nordlys as' }],
      OSLO,
    );
    const column = header(CLIENTS).indexOf('Tracker names') + 1;
    expect(plan.trackerCells).toEqual([{ row: 2, column, value: 'Old name\nNL' }]);
    expect(plan.remembered).toEqual(['NL']);
    const without = tabs({ clients: header(CLIENTS, ['trackerNames']) });
    expect(planImportIntoSheet(file, without, [], OSLO).preview.needsClient).toEqual([
      { name: 'NL', entries: 1 },
    ]);
    expect(() => planImportIntoSheet(file, without, [{ name: 'NL', client: 'Nordlys AS' }], OSLO)).toThrow(
      /“Tracker names”/,
    );
  });
});
