// Client health through the bundle: the sidebar's data, the Dashboard tab written as values only,
// a user's own Dashboard tab left alone, and the runner's JSON.

import { describe, expect, it } from 'vitest';
import { runCommand } from '../../runtime/cli';
import type { HealthResult } from '../../src/server-api';
import { TODAY, sampleRuntime, tempDir } from '../support/runtime';

describe('client health', () => {
  it('flags at least one sample client and says why, within one read per tab', async () => {
    const runtime = await sampleRuntime();
    const result = runtime.run<HealthResult>('clientHealth', { ui: 'en' });
    const flagged = result.clients.filter((c) => c.atRisk);
    expect(flagged.length).toBeGreaterThan(0);
    for (const c of flagged) expect(c.reasonText.length).toBeGreaterThan(0);
    expect(flagged.map((c) => c.reasonText.join(' ')).join(' ')).toMatch(
      /invoice overdue, the oldest by \d+ days/,
    );
    expect(result.business.leads).toBe(0);
    const reads = runtime.calls.summary().byMethod['Range.getValues'];
    expect(reads).toBe(6);
  });

  it('words the reasons in the sidebar’s language', async () => {
    const runtime = await sampleRuntime();
    const nb = runtime.run<HealthResult>('clientHealth', { ui: 'nb' });
    expect(nb.clients.flatMap((c) => c.reasonText).join(' ')).toMatch(/forfalt/);
    const unknown = runtime.run<HealthResult>('clientHealth', { ui: 'xx' });
    expect(unknown.clients.flatMap((c) => c.reasonText).join(' ')).toMatch(/overdue/);
  });

  it('writes the Dashboard tab as values, rewrites it in place, and never touches a user’s Dashboard', async () => {
    const runtime = await sampleRuntime();
    runtime.calls.reset();
    runtime.run('writeDashboard', { ui: 'en' });
    const sheet = runtime.spreadsheet.getSheetByName('Dashboard')!;
    const first = sheet.getDataRange().getValues();
    expect(first[0]![0]).toBe('Freelance Value Tracker');
    expect(first[2]).toContain('Days since contact');
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(runtime.calls.summary().byMethod['Range.setValues']).toBe(1);

    // A second run with fewer rows leaves nothing stale behind.
    const clients = runtime.spreadsheet.getSheetByName('Clients')!;
    const status = (clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0] as string[]).indexOf(
      'Status',
    );
    clients.getRange(2, status + 1).setValue('ended');
    runtime.run('writeDashboard', { ui: 'nb' });
    const again = sheet.getDataRange().getValues();
    expect(again[2]).toContain('Dager siden kontakt');
    // One client fewer: the old last row was blanked, not left over from the first run.
    expect(again.length).toBe(first.length - 1);
    expect(
      sheet
        .getRange(first.length, 1, 1, first[0]!.length)
        .getValues()[0]!
        .every((v) => v === ''),
    ).toBe(true);

    const other = await sampleRuntime();
    const mine = other.spreadsheet.insertSheet('Dashboard');
    mine.getRange(1, 1, 2, 2).setValues([
      ['My own numbers', 42],
      ['keep', 'me'],
    ]);
    expect(() => other.run('writeDashboard', {})).toThrow(/was not written by the add-on/);
    expect(mine.getDataRange().getValues()).toEqual([
      ['My own numbers', 42],
      ['keep', 'me'],
    ]);
  });

  it('prints health as JSON from the runner', async () => {
    const dir = tempDir();
    const saved = `${dir}/sample.xlsx`;
    await runCommand(['setup', '--sample', '--today', TODAY, '--save', saved, '--json']);
    const { output } = await runCommand(['health', '--workbook', saved, '--today', TODAY, '--json']);
    const clients = output.clients as {
      client: string;
      atRisk: boolean;
      reasons: string[];
      overdue: unknown;
    }[];
    expect(clients.length).toBe(5);
    expect(clients.some((c) => c.atRisk && c.reasons.length > 0)).toBe(true);
    expect(output.business).toMatchObject({ leads: 0, currency: 'EUR' });
    expect(Object.keys(clients[0]!)).toEqual(
      expect.arrayContaining([
        'client',
        'daysSinceContact',
        'avgDaysLate',
        'overdue',
        'missedDeadlines90',
        'atRisk',
        'reasons',
      ]),
    );
  });
});
