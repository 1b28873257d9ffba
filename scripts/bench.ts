// `npm run bench`: Apps Script service calls per action, counted by the local runtime on generated
// sheets of 1,000, 10,000 and 100,000 task rows (50 clients, 2,000 invoices), with the domain time in
// Node and an estimated Apps Script time. `-- --json` prints one JSON object; `-- --sizes 1000` limits.

import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CallSummary } from '../runtime/calls';
import { type Runtime, loadRuntime } from '../runtime/runtime';
import { addDays, previousMonth, startOfLocalDate } from '../src/domain/dates';
import { build } from 'esbuild';
import { estimateAppsScriptMs, fillSheet } from './bench-sheet';
import { type MonthEndBench, PER_CLIENT_BUDGET, benchMonthEnd } from './bench-month-end';
import type { RawTabs } from '../src/domain/read-tracker';
import { TABS } from '../src/domain/tabs';

// Domain time is measured on the domain code bundled as for Apps Script (esbuild, ES2020), not through
// tsx, whose keepNames wrappers would add their own cost.
const domainBundle = await build({
  entryPoints: ['src/domain/domain-api.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2020',
  platform: 'neutral',
});
const {
  readTracker,
  buildReport,
  renderReportHtml,
  dueReminders,
  planMonthlyInvoice,
  renderInvoiceHtml,
  health,
  dashboardRows,
  renderPrintSheetHtml,
  unclassifiedTasks,
  planClassify,
  stopTimer,
  timerTaskLine,
  invoiceList,
  planWithdraw,
  planCreditRow,
} = (await import(
  `data:text/javascript;base64,${Buffer.from(domainBundle.outputFiles[0]!.text).toString('base64')}`
)) as typeof import('../src/domain/domain-api');

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, sizes: { type: 'string' } },
});
const SIZES = values.sizes ? values.sizes.split(',').map(Number) : [1_000, 10_000, 100_000];
const TODAY = '2026-11-22';
const MONTH = previousMonth(TODAY);
const TZ = 'Europe/Oslo';
const CLIENTS = 50;
const INVOICES = 2_000;

/** Budgets from the issues: service calls (handles and in-memory builders are shown, not budgeted). */
const BUDGETS: Record<string, (drafts: number, minimum: number) => number> = {
  setup: (_, minimum) => Math.floor(2.5 * minimum),
  report: () => 15,
  // Five reads, one Drive list, the Doc, its PDF export and upload, the Invoices folder the first time,
  // the Invoices row and the Tasks marks, the number series' counter read and moved on in document
  // properties (one series for every client), and what it billed stored beside it for its credit note
  // (src/domain/invoice/snapshot.ts): the same whatever the number of tasks.
  invoice: () => 20,
  remind: (drafts) => 5 + 2 * drafts,
  // Six reads (Clients, Tasks, Invoices, Settings, Reports, Drafts), nothing written.
  health: () => 8,
  // The same reads, the Dashboard tab found or made, its A1 read, one block of values written.
  dashboard: () => 14,
  // Three reads, one Drive list, the Doc, its PDF export and the PDF upload (and the folder once).
  print: () => 11,
  // Four reads and the zone, nothing written.
  classify: () => 6,
  // The five user tabs read (the answer carries the problems), the lock and its flush, and one
  // RangeList per distinct choice: here A, B and one goal of each of the two clients.
  'classify save': () => 14,
  // The timer read and written in user properties, Settings and Clients read, the lock and flush.
  'timer start': () => 10,
  // The timer read and forgotten, three reads, the grid's size and one row written, lock and flush.
  'timer stop': () => 13,
  // Clients, Invoices and Settings read once; nothing written.
  'invoice list': () => 4,
  // Five reads, the lock and its flush, Withdrawn on written, the Tasks marks cleared in one write.
  withdraw: () => 10,
  // Five reads, the credit series' counter read and moved on, what the invoice billed read back, the
  // Drive list, the Doc, its PDF export and upload, the credit note's row, the Tasks marks cleared.
  credit: () => 20,
  // Two reads (Clients, Tasks), the lock, the grid grown once, one block of rows, the flush: the same
  // at 1,000 and 50,000 entries (a tracker name remembered adds one cell per client, not per entry).
  import: () => 10,
};

interface Result {
  action: string;
  taskRows: number;
  calls: number;
  handles: number;
  cellsRead: number;
  cellsWritten: number;
  byMethod: Record<string, number>;
  domainMs: number;
  estimatedAppsScriptMs: number;
  minimum: number;
  budget: number | null;
  drafts?: number;
}

function rawTabs(runtime: Runtime): RawTabs {
  const raw: RawTabs = {};
  for (const spec of TABS)
    raw[spec.name] = runtime.spreadsheet.getSheetByName(spec.name)?.getDataRange().getValues() ?? null;
  return raw;
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return Math.round((performance.now() - start) * 10) / 10;
}

/**
 * Setup's physical minimum: one read (or write) of each tab's header row, one setDataValidation per
 * ruled column (each column's rule differs, and a custom formula is anchored only when set on a range:
 * setDataValidations is not used), one for the Settings values, one conditional-format write per
 * flagged tab.
 */
function setupMinimum(runtime: Runtime): number {
  const ss = runtime.spreadsheet;
  const ruled = TABS.filter((t) => !t.log && t.name !== 'Settings')
    .map((t) => t.columns.filter((c) => c.validation).length)
    .reduce((a, b) => a + b, 0);
  const settingsRules = TABS.some((t) => t.name === 'Settings') ? 1 : 0;
  const flagged = TABS.filter(
    (t) => (ss.getSheetByName(t.name)?.getConditionalFormatRules().length ?? 0) > 0,
  );
  return TABS.length + ruled + settingsRules + flagged.length;
}

async function measure(taskRows: number, withNewSetup: boolean): Promise<Result[]> {
  const runtime = await loadRuntime({ today: TODAY, timeZone: TZ });
  runtime.calls.reset();
  runtime.run('setupTrackingSheet', { sample: false });
  const first = runtime.calls.summary();
  fillSheet(runtime, { clients: CLIENTS, invoices: INVOICES, taskRows, today: TODAY, timeZone: TZ });
  const raw = rawTabs(runtime);
  const newSetup: Result[] = [
    {
      action: 'setup (new)',
      taskRows: 0,
      calls: first.total,
      handles: first.handles,
      cellsRead: first.cellsRead,
      cellsWritten: first.cellsWritten,
      byMethod: first.byMethod,
      domainMs: 0,
      estimatedAppsScriptMs: estimateAppsScriptMs(first),
      minimum: setupMinimum(runtime),
      // Not budgeted: a new sheet also needs its column widths, one call per run of equal width.
      budget: null,
    },
  ];
  const results: Result[] = withNewSetup ? newSetup : [];
  const record = (
    action: string,
    run: () => unknown,
    domain: () => unknown,
    minimum: number,
    drafts?: number,
  ) => {
    runtime.calls.reset();
    run();
    const calls: CallSummary = runtime.calls.summary();
    const estimate = estimateAppsScriptMs(calls);
    results.push({
      action,
      taskRows,
      calls: calls.total,
      handles: calls.handles,
      cellsRead: calls.cellsRead,
      cellsWritten: calls.cellsWritten,
      byMethod: calls.byMethod,
      domainMs: timeMs(domain),
      estimatedAppsScriptMs: estimate,
      minimum,
      budget: BUDGETS[action]?.(drafts ?? 0, minimum) ?? null,
      ...(drafts === undefined ? {} : { drafts }),
    });
  };
  record(
    'setup',
    () => runtime.run('setupTrackingSheet', { sample: false }),
    () => readTracker({}, TZ),
    setupMinimum(runtime),
  );
  record(
    'check',
    () => runtime.run('checkSheet'),
    () => readTracker(raw, TZ),
    5,
  );
  record(
    'sidebar load',
    () => runtime.run('loadSidebar'),
    () => dueReminders(readTracker(raw, TZ), TODAY),
    6,
  );
  record(
    'report',
    () => runtime.run('generateReport', { client: 'Client 1', month: MONTH }),
    () => renderReportHtml(buildReport(readTracker(raw, TZ), 'Client 1', MONTH)),
    6,
  );
  record(
    'invoice',
    () => runtime.run('createInvoice', { client: 'Client 1', month: MONTH }),
    () => renderInvoiceHtml(planMonthlyInvoice(readTracker(raw, TZ), 'Client 1', MONTH, TODAY, null)),
    11,
  );
  record(
    'health',
    () => runtime.run('clientHealth', { language: 'en' }),
    () => health(readTracker(raw, TZ), TODAY),
    6,
  );
  record(
    'dashboard',
    () => runtime.run('writeDashboard', { language: 'en' }),
    () => dashboardRows(health(readTracker(raw, TZ), TODAY), TODAY, 'en'),
    8,
  );
  record(
    'print',
    () => runtime.run('printTrackingSheet', { client: 'Client 1', month: MONTH, language: 'en' }),
    () => {
      const t = readTracker(raw, TZ);
      return renderPrintSheetHtml({
        client: 'Client 1',
        month: MONTH,
        goals: t.goals.filter((g) => g.client === 'Client 1'),
        language: 'en',
      });
    },
    6,
  );
  let drafts = 0;
  record(
    'remind',
    () => {
      drafts = runtime.run<{ drafts: unknown[] }>('createDrafts', {}).drafts.length;
    },
    () => dueReminders(readTracker(raw, TZ), TODAY),
    0,
  );
  const remind = results[results.length - 1]!;
  remind.drafts = drafts;
  remind.minimum = 5 + drafts + 1;
  remind.budget = BUDGETS.remind!(drafts, remind.minimum);
  // Last, so the rows they add change no other action's figures: forty entries of last month with
  // neither goal nor mark, for two clients (as an import leaves them), classified in one save.
  const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
  const entries = Array.from({ length: 40 }, (_, i) => [
    startOfLocalDate(`${MONTH}-${String((i % 28) + 1).padStart(2, '0')}`, TZ),
    `Client ${(i % 2) + 1}`,
    `Imported entry ${i}`,
    '',
    '',
    0.5,
  ]);
  const below = tasks.getLastRow() + 1;
  tasks.insertRowsAfter(tasks.getMaxRows(), entries.length);
  tasks.getRange(below, 1, entries.length, 6).setValues(entries);
  const withEntries = rawTabs(runtime);
  let listed = { groups: [] as { goals: { goal: string }[]; tasks: { row: number; version: string }[] }[] };
  record(
    'classify',
    () => {
      listed = runtime.run('listUnclassified', { month: MONTH });
    },
    () => unclassifiedTasks(withEntries.Tasks, readTracker(withEntries, TZ), MONTH, TZ),
    4,
  );
  const choices = listed.groups.flatMap((g) =>
    g.tasks.map((t, i) =>
      i % 3 === 0 ? { ...t, goal: g.goals[0]!.goal } : { ...t, mark: i % 3 === 1 ? 'A' : 'B' },
    ),
  );
  record(
    'classify save',
    () => runtime.run('saveClassification', { month: MONTH, choices }),
    () => planClassify(withEntries.Tasks, readTracker(withEntries, TZ), choices as never, TZ),
    6,
  );
  const started = runtime.ctx.now.getTime();
  record(
    'timer start',
    () => runtime.run('startTimer', { client: 'Client 1', task: 'Timed work' }),
    () => null,
    4,
  );
  runtime.setNow(new Date(started + 95 * 60_000));
  record(
    'timer stop',
    () => runtime.run('stopTimer', {}),
    () => {
      const out = stopTimer(
        { client: 'Client 1', task: 'Timed work', billable: true, start: started, timeZone: TZ },
        started + 95 * 60_000,
        15,
        [{ name: 'Client 1' }],
      );
      return out.kind === 'write' ? timerTaskLine(withEntries.Tasks, out.row, TZ) : null;
    },
    5,
  );
  // Last of all, since they change Invoices and Tasks: Client 1's invoices listed, the invoice made above
  // (still a draft) withdrawn, the work invoiced again under the next number, marked sent by hand (as a
  // freelancer types it), and cancelled by a credit note.
  record(
    'invoice list',
    () => runtime.run('listInvoices', { client: 'Client 1' }),
    () => invoiceList(readTracker(withEntries, TZ).invoices, 'Client 1'),
    3,
  );
  const draftOf = () =>
    runtime
      .run<{ number: string; state?: string; row: number }[]>('listInvoices', { client: 'Client 1' })
      .find((i) => i.state === 'draft')!;
  const draft = draftOf();
  record(
    'withdraw',
    () => runtime.run('withdrawInvoice', { invoice: draft.number }),
    () => planWithdraw(readTracker(withEntries, TZ), draft.number, TODAY),
    6,
  );
  runtime.run('createInvoice', { client: 'Client 1', month: MONTH });
  const again = draftOf();
  const sentOn = TABS.find((t) => t.name === 'Invoices')!.columns.findIndex((c) => c.key === 'sentOn') + 1;
  runtime.spreadsheet.rawWrite('Invoices', again.row, sentOn, [[new Date(`${TODAY}T12:00:00Z`)]]);
  const afterSent = rawTabs(runtime);
  record(
    'credit',
    () => runtime.run('createCreditNote', { invoice: again.number }),
    () => planCreditRow(readTracker(afterSent, TZ), again.number, TODAY, null),
    12,
  );
  return results;
}

/** A Toggl Track detailed export of `entries` lines over the bench's clients, a few hours a day. */
function togglExport(entries: number): string {
  const lines = [
    'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)',
  ];
  for (let i = 0; i < entries; i++) {
    const date = addDays('2026-01-01', i % 300);
    const start = 8 * 3600 + (i % 40) * 300;
    const clock = (s: number) =>
      [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
        .map((n) => String(n).padStart(2, '0'))
        .join(':');
    const client = `Client ${(i % CLIENTS) + 1}`;
    lines.push(
      `Ada,ada@example.com,${client},Web,,Entry ${i},${i % 3 ? 'Yes' : 'No'},${date},${clock(start)},${date},${clock(start + 1800 + (i % 7) * 60)},${clock(1800 + (i % 7) * 60)},,`,
    );
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

/** Import time entries at a size: a sheet of 1,000 tasks, a file of `entries` new entries, written. */
async function measureImport(entries: number): Promise<Result> {
  const runtime = await loadRuntime({ today: TODAY, timeZone: TZ });
  runtime.run('setupTrackingSheet', { sample: false });
  fillSheet(runtime, { clients: CLIENTS, invoices: INVOICES, taskRows: 1_000, today: TODAY, timeZone: TZ });
  const text = togglExport(entries);
  runtime.calls.reset();
  const started = performance.now();
  const result = runtime.run<{ written: number }>('importTimeEntries', { text, write: true });
  const ms = Math.round((performance.now() - started) * 10) / 10;
  if (result.written !== entries) throw new Error(`import wrote ${result.written} of ${entries} entries`);
  const calls: CallSummary = runtime.calls.summary();
  return {
    action: 'import',
    taskRows: entries,
    calls: calls.total,
    handles: calls.handles,
    cellsRead: calls.cellsRead,
    cellsWritten: calls.cellsWritten,
    byMethod: calls.byMethod,
    // The whole run in the local runtime (reading the file, the preview, the write): an upper bound.
    domainMs: ms,
    estimatedAppsScriptMs: estimateAppsScriptMs(calls),
    minimum: 3,
    budget: BUDGETS.import!(0, 3),
  };
}

const all: Result[] = [];
for (const [i, size] of SIZES.entries()) all.push(...(await measure(size, i === 0)));
for (const entries of [1_000, 50_000]) all.push(await measureImport(entries));

// Close the month for 1, 12 and 50 clients, at the two smallest sizes (a client's calls must not
// change with the number of tasks; the larger sizes only slow the run down).
const monthEnd: MonthEndBench[] = [];
for (const clients of [1, 12, 50])
  for (const size of SIZES.filter((n) => n <= 10_000).slice(0, 2))
    monthEnd.push(await benchMonthEnd(clients, size, TODAY, MONTH, TZ));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ results: all.map(({ action, taskRows, calls, cellsRead, cellsWritten, domainMs }) => ({ action, taskRows, calls, cellsRead, cellsWritten, domainMs })), details: all, monthEnd })}\n`,
  );
} else {
  const rows = all.map((r) => [
    r.action,
    r.action === 'setup (new)' ? '' : r.taskRows.toLocaleString('en'),
    String(r.calls),
    String(r.handles),
    r.cellsRead.toLocaleString('en'),
    r.cellsWritten.toLocaleString('en'),
    String(r.minimum),
    (r.calls / Math.max(1, r.minimum)).toFixed(1),
    r.budget === null ? '' : `${r.calls <= r.budget ? 'ok' : 'OVER'} ≤${r.budget}`,
    r.domainMs.toFixed(1),
    (r.estimatedAppsScriptMs / 1000).toFixed(1),
  ]);
  const head = [
    'action',
    'task rows',
    'calls',
    'handles',
    'cells read',
    'cells written',
    'minimum',
    'ratio',
    'budget',
    'domain ms',
    'est. Apps Script s',
  ];
  printTable(head, rows);
  console.log('');
  for (const r of all.filter((x) => x.taskRows === SIZES[SIZES.length - 1])) {
    console.log(
      `${r.action} at ${r.taskRows.toLocaleString('en')} rows: ${Object.entries(r.byMethod)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}`,
    );
  }
  console.log('');
  printTable(
    [
      'close the month',
      'task rows',
      'clients closed',
      'checklist calls',
      'calls per client',
      'est. Apps Script s per client',
    ],
    monthEnd.map((m) => [
      `${m.clients} client${m.clients === 1 ? '' : 's'}`,
      m.taskRows.toLocaleString('en'),
      String(m.closed),
      String(m.planCalls),
      m.perClientMin === m.perClientMax ? String(m.perClientMin) : `${m.perClientMin}–${m.perClientMax}`,
      (m.perClientMs / 1000).toFixed(1),
    ]),
  );
  console.log('');
  console.log(
    `dist/Code.js ${(statSync('dist/Code.js').size / 1024).toFixed(1)} KiB, dist/Sidebar.html ${(statSync('dist/Sidebar.html').size / 1024).toFixed(1)} KiB`,
  );
}
const over = all.filter((r) => r.budget !== null && r.calls > r.budget);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((r) => `${r.action} at ${r.taskRows}`).join(', ')}`);
  process.exitCode = 1;
}
// A client's close must cost the same calls at every size, and stay within its budget.
const growing = monthEnd.filter(
  (m) =>
    m.perClientMax > PER_CLIENT_BUDGET ||
    monthEnd.some((o) => o.clients === m.clients && o.perClientMax !== m.perClientMax),
);
if (growing.length > 0) {
  console.error(`Close the month: calls per client vary or exceed ${PER_CLIENT_BUDGET}`);
  process.exitCode = 1;
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
