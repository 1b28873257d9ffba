// Hostile and broken sheets through the built bundle: any value in any Tasks cell, and every action
// still answers with a plain message, leaves no row out silently, writes no formula, changes no user value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/domain/dates';
import type { CheckResult, DraftsResult, ReportResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';

const hostileCell = fc.oneof(
  fc.constant(''),
  fc.double({ noNaN: false, min: -1e6, max: 1e6 }),
  fc.integer({ min: 0, max: 30 }),
  fc.constantFrom(
    '1.5',
    '1,5',
    ' 2 ',
    '#N/A',
    '#REF!',
    '#VALUE!',
    'TRUE',
    'A',
    'B',
    'a',
    'Z',
    '31/10/2026',
    'Oct 5, 2026',
    '2026-10-05',
    '2026-13-01',
  ),
  fc.boolean(),
  fc.date({ min: new Date('2026-09-20T00:00:00Z'), max: new Date('2026-11-10T00:00:00Z') }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(
    '=1+1',
    '+1',
    '-x',
    '@me',
    '<img src=x onerror=alert(1)>',
    '\u200fשלום',
    '😀'.repeat(3),
    'x'.repeat(50_000),
  ),
);

describe('hostile Tasks tab through every action', () => {
  it('no unexplained error, no silent drop, no formula, no user value changed', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const tasks = ss.getSheetByName('Tasks')!;
    const clientNames = (runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients ?? []).map(
      (c) => c.name,
    );
    const goals = ss
      .getSheetByName('Goals')!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => String(r[1]));
    const sampleRows = tasks.getLastRow() - 1;
    const baseline = new Map(
      clientNames.map((c) => [
        c,
        runtime.run<ReportResult>('generateReport', { client: c, month: MONTH }).totals.hours,
      ]),
    );
    const row = fc.tuple(
      hostileCell,
      fc.oneof(fc.constantFrom(...clientNames), hostileCell),
      hostileCell,
      fc.oneof(fc.constantFrom(...goals), hostileCell),
      hostileCell,
      hostileCell,
      hostileCell,
      hostileCell,
      hostileCell,
      hostileCell,
      hostileCell,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...clientNames),
        async (rows, client) => {
          // Write raw values straight into the fake (as a user's paste would leave them), below the sample.
          const start = sampleRows + 2;
          runtime.spreadsheet.rawWrite(
            'Tasks',
            start,
            1,
            Array.from({ length: 12 }, () => new Array(11).fill('')),
          );
          const cells = rows.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime()) : v)));
          runtime.spreadsheet.rawWrite('Tasks', start, 1, cells);
          const userTabs = ['Clients', 'Goals', 'Tasks', 'Settings'];
          const before = userTabs.map((t) => ss.getSheetByName(t)!.getDataRange().getValues());

          const check = runtime.run<CheckResult>('checkSheet');
          const report = runtime.run<ReportResult>('generateReport', { client, month: MONTH });
          const drafts = runtime.run<DraftsResult>('createDrafts', {});
          expect(drafts.failed).toEqual([]);

          // No user value changed; nothing anywhere became a formula.
          expect(userTabs.map((t) => ss.getSheetByName(t)!.getDataRange().getValues())).toEqual(before);
          for (const sheet of ss.getSheets()) {
            expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
          }

          // Every hostile row is either used or listed as left out, with its row number.
          const listed = new Set(
            check.problems.filter((p) => p.sheet === 'Tasks' && p.severity === 'error').map((p) => p.row),
          );
          const tz = ss.getSpreadsheetTimeZone();
          let expectedHours = 0;
          rows.forEach((r, i) => {
            const rowNumber = start + i;
            const blank = r.every((v) => v === '' || (typeof v === 'string' && v.trim() === ''));
            if (blank || listed.has(rowNumber)) return;
            // A row not listed must be a usable task: a real date, a known client, hours 0..24.
            expect(
              (r[0] instanceof Date && !Number.isNaN(r[0].getTime())) || typeof r[0] === 'string',
              `row ${rowNumber}`,
            ).toBe(true);
            const inMonth =
              r[0] instanceof Date
                ? toLocalDate(r[0], tz).startsWith(MONTH)
                : String(r[0]).trim().startsWith(MONTH);
            if (String(r[1]).trim().toLowerCase() === client.toLowerCase() && inMonth) {
              expectedHours += typeof r[5] === 'number' ? r[5] : Number(String(r[5]).trim());
            }
          });
          expect(report.totals.hours).toBeCloseTo(baseline.get(client)! + expectedHours, 6);
          expect(report.totals.goalHours + report.totals.aHours + report.totals.bHours).toBeCloseTo(
            report.totals.hours,
            6,
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});
