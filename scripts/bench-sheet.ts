// The benchmark's generated tracking sheet and its estimate of Apps Script time, shared by the action
// table (scripts/bench.ts) and the close-the-month table (scripts/bench-month-end.ts).

import type { CallSummary } from '../runtime/calls';
import type { Runtime } from '../runtime/runtime';
import { addDays, startOfLocalDate } from '../src/domain/dates';
import type { TabName } from '../src/domain/tabs';

/**
 * Estimated milliseconds per call in Apps Script. Sources: getValues/setValues of a few thousand
 * cells under 50 ms and Properties get/set 30/60 ms (Mogsdad on Stack Overflow, and
 * https://ziritione.org/post/apps_script_performance); the rest are assumptions, marked as such.
 */
export function estimateMs(method: string, n: number): number {
  if (
    /\.(getValues|setValues|getDisplayValues|getFormulas|appendRow|setDataValidations?|setNumberFormats?)$/.test(
      method,
    )
  )
    return 50 * n;
  if (method.startsWith('Drive.')) return 800 * n; // assumption: one Drive API round trip with conversion
  if (method.startsWith('Gmail.')) return 400 * n; // assumption: one Gmail API round trip
  if (method === 'Properties.getProperty') return 30 * n;
  if (/^Properties\.(setProperty|deleteProperty)$/.test(method)) return 60 * n;
  if (method.startsWith('Lock')) return 30 * n; // assumption, like a Properties read
  return 20 * n; // assumption: a metadata read or small write
}

/**
 * Milliseconds per cell read or written, on top of the per-call cost: Mogsdad's measurement (Stack
 * Overflow, "What is faster: ScriptDb or SpreadsheetApp?") wrote 4,000 cells with one setValues in
 * under 50 ms, so 50 / 4,000 = 0.0125 ms a cell. An upper bound (it charges the whole call to the
 * cells), used for reads and validation or format writes alike: no separate measurement was found.
 */
export const MS_PER_CELL = 50 / 4000;

export function fillSheet(
  runtime: Runtime,
  size: { clients: number; invoices: number; taskRows: number; today: string; timeZone: string },
): void {
  const { clients: CLIENTS, invoices: INVOICES, taskRows, today: TODAY, timeZone: TZ } = size;
  const ss = runtime.spreadsheet;
  const put = (tab: TabName, rows: unknown[][]) => {
    const sheet = ss.getSheetByName(tab)!;
    if (sheet.getMaxRows() < rows.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, rows[0]!.length).setValues(rows);
  };
  const day = (d: string) => startOfLocalDate(d, TZ);
  const languages = ['en', 'nb', 'is', 'he', 'ja'];
  const currencies = ['GBP', 'NOK', 'ISK', 'ILS', 'JPY'];
  const clients = Array.from({ length: CLIENTS }, (_, i) => [
    `Client ${i + 1}`,
    `Contact ${i + 1}`,
    `client${i + 1}@example.com`,
    languages[i % 5],
    currencies[i % 5],
    50 + i,
    14,
    ['weekly', 'fortnightly', 'monthly', 'none'][i % 4],
    'Europe/Oslo',
    i % 10 === 9 ? 'ended' : 'active',
    '',
    '',
    '',
  ]);
  put('Clients', clients);
  const goals = clients.flatMap((_, i) =>
    [1, 2, 3].map((p) => [
      `Client ${i + 1}`,
      `Goal ${p} of client ${i + 1}: 500 subscribers`,
      p,
      500,
      'subscribers',
      100,
      100 + p * 50,
      day('2027-06-30'),
      'open',
    ]),
  );
  put('Goals', goals);
  const tasks = Array.from({ length: taskRows }, (_, r) => {
    const c = (r % CLIENTS) + 1;
    const date = addDays('2026-01-01', Math.floor((r / taskRows) * 325));
    const kind = r % 4;
    return [
      day(date),
      `Client ${c}`,
      `Task ${r}`,
      kind < 2 ? `Goal ${kind + 1} of client ${c}: 500 subscribers` : '',
      kind === 2 ? 'A' : kind === 3 ? 'B' : '',
      1.5,
      `Result ${r}`,
      `Benefit ${r}`,
      true,
      '',
      '',
    ];
  });
  put('Tasks', tasks);
  const invoices = Array.from({ length: INVOICES }, (_, r) => {
    const c = (r % CLIENTS) + 1;
    const issued = addDays('2025-01-01', Math.floor(r / 3));
    const overdue = r >= INVOICES - 6;
    return [
      `INV-${r + 1}`,
      `Client ${c}`,
      day(overdue ? addDays(TODAY, -20 - (r % 3) * 5) : issued),
      1000 + r,
      '',
      '',
      overdue ? '' : day(addDays(issued, 10)),
      '',
      '',
      '',
      '',
    ];
  });
  put('Invoices', invoices);
}

/** A run's estimated Apps Script milliseconds: each call by its kind, plus its cells. */
export function estimateAppsScriptMs(calls: CallSummary): number {
  return (
    Object.entries(calls.byMethod).reduce(
      (ms, [m, n]) => (m.includes('Builder') ? ms : ms + estimateMs(m, n)),
      0,
    ) +
    (calls.cellsRead + calls.cellsWritten) * MS_PER_CELL
  );
}
