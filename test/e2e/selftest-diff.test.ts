// Comparing a Self-test tab from Google (as CSV) with the local run, item by item.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports, itemsOfReport, parseCsv } from '../../scripts/selftest-diff';
import type { SelfTestResult } from '../../src/server-api';
import { TODAY, ensureBuilt, tempDir } from '../support/runtime';
import { loadRuntime } from '../../runtime/runtime';

function csv(rows: unknown[][]): string {
  return rows.map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',')).join('\r\n');
}

describe('selftest-diff', () => {
  it('reads CSV with quotes, commas and line breaks in fields', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\nf,,g')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['f', '', 'g'],
    ]);
  });

  it('lists exactly the items whose status differs, and exits 1 for them', async () => {
    ensureBuilt();
    const runtime = await loadRuntime({ today: TODAY });
    runtime.run<SelfTestResult>('runSelfTest');
    const tab = runtime.spreadsheet.getSheetByName('Self-test')!.getDataRange().getValues();
    const row = tab.findIndex((r) => r[0] === 'pdf-export');
    const google = tab.map((r) => [...r]);
    google[row]![2] = 'failed';
    google[row]![3] = 'export to PDF came as a string, "quoted", over\ntwo lines';
    const file = join(tempDir(), 'self-test.csv');
    writeFileSync(file, csv(google));
    const items = itemsOfReport(parseCsv(csv(google)));
    expect(items.find((i) => i.id === 'pdf-export')!.detail).toContain('"quoted", over\ntwo lines');
    const local = runtime.run<SelfTestResult>('runSelfTest').items;
    expect(compareReports(items, local).map((d) => [d.id, d.google, d.local])).toEqual([
      ['pdf-export', 'failed', 'passed'],
    ]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/selftest-diff.ts', file, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).differences.map((d: { id: string }) => d.id)).toEqual(['pdf-export']);
  });
});
