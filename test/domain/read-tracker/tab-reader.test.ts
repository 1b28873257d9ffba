// Columns found by header, wherever the user put them.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/domain/read-tracker';
import { OSLO, plain, sheet } from '../../support/tracker-sheet';

describe('columns found by header', () => {
  it('reads reordered columns and ignores the user’s extra columns', () => {
    const raw = sheet();
    const order = [5, 10, 0, 3, 1, 4, 2, 6, 7, 8, 9];
    raw.Tasks = raw.Tasks!.map((line, i) => [
      ...order.map((c) => line[c]),
      i === 0 ? 'My notes' : `note ${i}`,
    ]);
    raw.Tasks[0]!.splice(3, 0, 'Invoice sent?');
    for (const line of raw.Tasks.slice(1)) line.splice(3, 0, 'yes');
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks).toEqual(readTracker(sheet(), OSLO).tasks);
  });

  it('matches headers without case or spacing', () => {
    const raw = sheet();
    raw.Tasks![0] = [
      'DATE',
      ' client',
      'Task ',
      'goal',
      'MARK',
      '  hours ',
      'result',
      'CLIENT BENEFIT',
      'Bill able',
      'Dead line',
      'delivered',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks[0]!.benefit).toBe('More subscribers');
    expect(t.tasks[0]!.hours).toBe(3.5);
  });

  it('warns about a duplicated header and uses the first column', () => {
    const raw = sheet();
    raw.Tasks = raw.Tasks!.map((line, i) => [...line, i === 0 ? 'Hours' : 99]);
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 1,
        column: 'Hours',
        message:
          'The column “Hours” appears twice; the first one (column F) is used. Rename or delete column L.',
        severity: 'warning',
      },
    ]);
    expect(t.tasks.map((x) => x.hours)).toEqual([3.5, 2, 5, 0.5]);
  });

  it('reports a missing required column once, on row 1, and reads no rows of that tab', () => {
    const raw = sheet();
    raw.Tasks = raw.Tasks!.map((line) => line.filter((_, c) => c !== 5));
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 1,
        column: 'Hours',
        message:
          'The Tasks tab has no “Hours” column, so its rows cannot be read. Add the header in row 1 or run Set up tracking sheet.',
        severity: 'error',
        scope: 'tab',
      },
    ]);
    expect(t.tasks).toEqual([]);
    expect(t.clients).toHaveLength(3);
  });

  it('reads a tab without its optional columns', () => {
    const raw = sheet();
    raw.Clients = raw.Clients!.map((line) => [line[0]]);
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.clients[0]).toMatchObject({
      name: 'Fjord Bakery',
      currency: 'EUR',
      paymentTermsDays: 14,
      cadence: 'none',
      status: 'active',
      hourlyRate: null,
    });
    expect(t.invoices[0]!.due).toBe('2026-10-15');
  });

  it('reports a missing tab, and does not read tabs that were not asked for', () => {
    const raw = sheet();
    raw.Invoices = null;
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Invoices',
        row: 1,
        column: '',
        message: expect.stringMatching(/^There is no Invoices tab\. Run .*Set up tracking sheet\.$/),
        severity: 'error',
        scope: 'tab',
      },
    ]);
    expect(t.invoices).toEqual([]);

    const only = readTracker({ Clients: sheet().Clients }, OSLO);
    expect(only.diagnostics).toEqual([]);
    expect(only.tasks).toEqual([]);
    expect(only.settings.reminderDays).toEqual([1, 7, 14]);
  });

  it('reports a tab whose header row is empty', () => {
    const t = readTracker({ Clients: sheet().Clients, Goals: [['', '']] }, OSLO);
    expect(t.diagnostics.map((d) => [d.sheet, d.row, d.column, d.severity, d.scope])).toEqual([
      ['Goals', 1, '', 'error', 'tab'],
    ]);
    expect(t.diagnostics[0]!.message).toMatch(/Goals tab has no header row in its first 20 rows/);
  });

  it('finds the header row below a title and blank rows, and numbers rows as Sheets does', () => {
    const raw = sheet();
    const tasks = raw.Tasks!;
    raw.Tasks = [['My work log'], [], ['', ''], ...tasks];
    raw.Tasks[5]![5] = 'lots';
    const t = readTracker(raw, OSLO);
    expect(t.tasks.map((x) => x.row)).toEqual(
      readTracker(sheet(), OSLO)
        .tasks.map((x) => x.row + 3)
        .filter((r) => r !== 6),
    );
    expect(t.diagnostics.map((d) => [d.sheet, d.row, d.column])).toEqual([['Tasks', 6, 'Hours']]);
  });

  it('names the tab and what to fix when no header row is in the first 20 rows', () => {
    const raw = sheet();
    raw.Tasks = [...Array.from({ length: 20 }, () => ['']), ...raw.Tasks!];
    const t = readTracker(raw, OSLO);
    expect(t.tasks).toEqual([]);
    expect(plain(t.diagnostics)).toEqual([
      expect.objectContaining({
        sheet: 'Tasks',
        row: 1,
        scope: 'tab',
        message: expect.stringMatching(
          /^The Tasks tab has no header row in its first 20 rows.*such as Date, Client, Task\..*one row above the data/,
        ),
      }),
    ]);
  });
});
