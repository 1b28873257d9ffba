// The local runner: runs the add-on's actions from dist/Code.js on an .xlsx in the local runtime.
//   npm run -s local -- <setup|check|report|remind|invoice|credit|withdraw|selftest|health|print|classify|close|mornings> [--workbook F.xlsx] [--save OUT.xlsx] [--out DIR]
//                       [--today YYYY-MM-DD] [--tz ZONE] [--json] [--sample] [--client NAME] [--month YYYY-MM]
//                       [--draft] (report: also the cover email) [--deposit] (invoice: a deposit invoice)
//                       [--only KIND,...] (remind) [--redo] (close) [--from D --to D] (mornings: runtime/cli-month-end.ts)
//   import --file export.csv [--yes] [--client-map 'NAME IN FILE=Client' ...] [--date-order dmy|mdy]
//                       (a Toggl Track, Clockify or Harvest export: the preview, and with --yes the new rows)
// --save OUT.xlsx also writes OUT.state/ (Drive files, Gmail drafts, user properties: runtime/state.ts),
// and --workbook F.xlsx reads F.state/ back when it is there, so commands carry on from each other.
// With --json, stdout holds one JSON object and nothing else. Exit codes: 0 done, 1 failed, 2 bad arguments.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeMonth, playMornings } from './cli-month-end';
import { draftFileName } from './file-names';
import type {
  ClassifyList,
  DraftsResult,
  HealthResult,
  InvoiceResult,
  CreditResult,
  WithdrawResult,
  PrintResult,
  ReportResult,
  SelfTestResult,
} from '../src/server-api';
import type { CallSummary } from './calls';
import { type Runtime, loadRuntime } from './runtime';
import { runImport } from './cli-import';
import { type Args, UsageError, parse } from './cli-args';
import { statePath } from './state';
import { WorkbookError } from './xlsx';

export interface CliOutput {
  command: string;
  diagnostics: { sheet: string; row: number; column: string; message: string; severity?: string }[];
  outputs: string[];
  calls: CallSummary;
  [key: string]: unknown;
}

/** Runs one command; exported so tests and the demo use the same path as the command line. */
export async function runCommand(argv: string[]): Promise<{ output: CliOutput; runtime: Runtime }> {
  const args = parse(argv);
  const runtime = await loadRuntime({ workbook: args.workbook, today: args.today, timeZone: args.tz });
  const output: CliOutput = {
    command: args.command,
    diagnostics: [],
    outputs: [],
    calls: runtime.calls.summary(),
  };
  const outDir = resolve(args.out ?? 'out');
  runtime.calls.reset();
  switch (args.command) {
    case 'setup': {
      Object.assign(output, { setup: runtime.run('setupTrackingSheet', { sample: args.sample }) });
      const check = runtime.run<{ problems: CliOutput['diagnostics'] }>('checkSheet');
      output.diagnostics = check.problems;
      break;
    }
    case 'check': {
      const check = runtime.run<{ problems: CliOutput['diagnostics']; rowsRead: Record<string, number> }>(
        'checkSheet',
      );
      output.diagnostics = check.problems;
      output.rowsRead = check.rowsRead;
      break;
    }
    case 'report':
      await report(runtime, args, outDir, output);
      break;
    case 'remind':
      await remind(runtime, args, outDir, output);
      break;
    case 'selftest': {
      // The same items, ids and order as on Google, so the two reports compare line by line.
      const result = runtime.run<SelfTestResult>('runSelfTest');
      Object.assign(output, {
        items: result.items,
        ranAt: result.ranAt,
        tab: result.tab,
        tabError: result.tabError,
      });
      break;
    }
    case 'invoice':
      await invoice(runtime, args, outDir, output);
      break;
    case 'credit':
      credit(runtime, args, outDir, output);
      break;
    case 'withdraw': {
      const result = runtime.run<WithdrawResult>('withdrawInvoice', { invoice: args.invoice });
      const { invoice, client, tasks, withdrawnOn } = result;
      Object.assign(output, { withdraw: { invoice, client, tasks, withdrawnOn } });
      break;
    }
    case 'health':
      health(runtime, output);
      break;
    case 'print':
      print(runtime, args, outDir, output);
      break;
    case 'close':
      closeMonth(runtime, { month: args.month ?? previousMonthOf(runtime), redo: args.redo }, outDir, output);
      break;
    case 'mornings':
      playMornings(runtime, { from: args.from!, to: args.to! }, outDir, output);
      break;
    case 'classify': {
      // The tasks of a month with neither goal nor mark, as the sidebar lists them: this month by default.
      const month = args.month ?? currentMonthOf(runtime);
      Object.assign(output, runtime.run<ClassifyList>('listUnclassified', { month }));
      break;
    }
    case 'import':
      Object.assign(output, runImport(runtime, args));
      break;
  }
  output.calls = runtime.calls.summary();
  if (args.save) {
    // The workbook, and beside it what Google would keep too (Drive, drafts, user properties), so the
    // next command on the saved workbook carries on from here.
    await runtime.save(resolve(args.save));
    runtime.saveState(statePath(resolve(args.save)));
    output.outputs.push(resolve(args.save), statePath(resolve(args.save)));
  }
  return { output, runtime };
}

async function report(runtime: Runtime, args: Args, outDir: string, output: CliOutput): Promise<void> {
  const month = args.month ?? previousMonthOf(runtime);
  const result = runtime.run<ReportResult>('generateReport', { client: args.client, month });
  const doc = runtime.drive.findByLink(result.link);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'report.html');
  writeFileSync(file, doc.html);
  output.outputs.push(file);
  output.diagnostics = result.excluded;
  Object.assign(output, {
    client: args.client,
    month,
    docName: result.docName,
    link: result.link,
    totals: result.totals,
    privateView: result.privateView,
  });
  if (args.draft) {
    const drafted = runtime.run<DraftsResult>('createDrafts', {
      kinds: ['report'],
      report: { client: result.client, month },
    });
    const drafts = drafted.drafts.map((d) => {
      const eml = join(outDir, 'report-draft.eml');
      writeFileSync(eml, runtime.gmail.rawOf(d.draftId));
      output.outputs.push(eml);
      return {
        kind: d.kind,
        client: d.client,
        invoice: d.invoice,
        stage: d.stage,
        to: d.to,
        subject: d.subject,
        file: eml,
      };
    });
    output.diagnostics = [...output.diagnostics, ...drafted.skipped];
    Object.assign(output, { drafts, notAttached: drafted.notAttached, failed: drafted.failed });
  }
}

async function invoice(runtime: Runtime, args: Args, outDir: string, output: CliOutput): Promise<void> {
  const month = args.deposit ? undefined : (args.month ?? previousMonthOf(runtime));
  const result = runtime.run<InvoiceResult>('createInvoice', {
    client: args.client,
    ...(month ? { month } : {}),
    deposit: args.deposit,
  });
  mkdirSync(outDir, { recursive: true });
  const html = join(outDir, 'invoice.html');
  writeFileSync(html, runtime.drive.findByLink(result.link).html);
  const pdf = join(outDir, 'invoice.pdf');
  writeFileSync(pdf, runtime.drive.findByLink(result.pdfLink).bytes);
  output.outputs.push(pdf, html);
  Object.assign(output, {
    invoice: {
      number: result.number,
      client: result.client,
      amount: result.amount,
      currency: result.currency,
      issued: result.issued,
      due: result.due,
      hours: result.hours,
      file: result.pdfLink,
      net: result.net,
      vat: result.vat,
      total: result.total,
    },
    replaced: result.replaced,
  });
}

function credit(runtime: Runtime, args: Args, outDir: string, output: CliOutput): void {
  const result = runtime.run<CreditResult>('createCreditNote', { invoice: args.invoice });
  mkdirSync(outDir, { recursive: true });
  const html = join(outDir, 'credit-note.html');
  writeFileSync(html, runtime.drive.findByLink(result.link).html);
  const pdf = join(outDir, 'credit-note.pdf');
  writeFileSync(pdf, runtime.drive.findByLink(result.pdfLink).bytes);
  output.outputs.push(pdf, html);
  Object.assign(output, {
    credit: {
      number: result.number,
      invoice: result.invoice,
      amount: result.amount,
      currency: result.currency,
    },
  });
}

async function remind(runtime: Runtime, args: Args, outDir: string, output: CliOutput): Promise<void> {
  const result = runtime.run<DraftsResult>('createDrafts', args.only ? { kinds: args.only } : {});
  mkdirSync(outDir, { recursive: true });
  const drafts = result.drafts.map((d, i) => {
    const file = join(outDir, draftFileName(i, d));
    writeFileSync(file, runtime.gmail.rawOf(d.draftId));
    output.outputs.push(file);
    return {
      kind: d.kind,
      client: d.client,
      invoice: d.invoice,
      stage: d.stage,
      to: d.to,
      subject: d.subject,
      file,
    };
  });
  output.diagnostics = result.skipped;
  Object.assign(output, { drafts, notAttached: result.notAttached, failed: result.failed });
}

/** The printable tracking sheet: DIR/tracking-sheet.pdf (the Doc's export) and .html (as imported). */
function print(runtime: Runtime, args: Args, outDir: string, output: CliOutput): void {
  const month = args.month ?? currentMonthOf(runtime);
  const result = runtime.run<PrintResult>('printTrackingSheet', {
    client: args.client,
    month,
    language: 'en',
  });
  const doc = runtime.drive.findByLink(result.link);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'tracking-sheet.html');
  writeFileSync(file, doc.html);
  const pdf = join(outDir, 'tracking-sheet.pdf');
  writeFileSync(pdf, runtime.drive.findByLink(result.pdfLink).bytes);
  output.outputs.push(pdf, file);
  Object.assign(output, {
    client: result.client,
    month,
    docName: result.docName,
    link: result.link,
    pdfLink: result.pdfLink,
  });
}

/** Client health as the sidebar shows it; the reasons as codes with their figures and in words. */
function health(runtime: Runtime, output: CliOutput): void {
  const result = runtime.run<HealthResult>('clientHealth', { language: 'en' });
  Object.assign(output, {
    today: result.today,
    clients: result.clients.map((c) => ({
      client: c.client,
      daysSinceContact: c.daysSinceContact,
      avgDaysLate: c.avgDaysLate,
      overdue: c.overdue,
      missedDeadlines90: c.missedDeadlines90,
      hoursThisMonth: c.hoursThisMonth,
      hoursAverage3: c.hoursAverage3,
      pendingRateChange: c.pendingRateChange,
      atRisk: c.atRisk,
      reasons: c.reasonText,
      reasonCodes: c.reasons,
    })),
    business: result.business,
    deadlines: result.deadlines,
  });
}

/** A sheet for logging is printed for the month ahead of the work: this month by default. */
function currentMonthOf(runtime: Runtime): string {
  const state = runtime.run<{ today: string }>('loadSidebar');
  runtime.calls.reset();
  return state.today.slice(0, 7);
}

function previousMonthOf(runtime: Runtime): string {
  const state = runtime.run<{ defaultMonth: string }>('loadSidebar');
  runtime.calls.reset();
  return state.defaultMonth;
}

function printHuman(output: CliOutput): void {
  const lines: string[] = [];
  lines.push(
    `${output.command}: ${output.diagnostics.length} problem(s); ${output.calls.total} service calls (${output.calls.all} with handles and builders)`,
  );
  for (const d of output.diagnostics)
    lines.push(`  ${d.sheet} row ${d.row}${d.column ? `, ${d.column}` : ''}: ${d.message}`);
  const items = (output.items ?? []) as SelfTestResult['items'];
  for (const i of items) lines.push(`  ${i.status.padEnd(7)} ${i.id}: ${i.detail}`);
  for (const g of (output.groups ?? []) as ClassifyList['groups']) {
    lines.push(`  ${g.client}: ${g.tasks.length} task(s) with neither goal nor mark`);
    for (const t of g.tasks) lines.push(`    row ${t.row}, ${t.date}, ${t.hours ?? '?'} h: ${t.task}`);
  }
  for (const f of output.outputs) lines.push(`  wrote ${f}`);
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  try {
    const { output } = await runCommand(argv);
    if (json) process.stdout.write(`${JSON.stringify(output)}\n`);
    else printHuman(output);
    // A self-test with a failed item fails the command, so scripts and CI notice.
    const items = (output.items ?? []) as SelfTestResult['items'];
    if (items.some((i) => i.status === 'failed')) process.exitCode = 1;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    process.stderr.write(`${error instanceof UsageError ? 'usage' : 'error'}: ${message}\n`);
    // A workbook that cannot be read or modelled is bad input, as a bad argument is (docs/commands.md).
    process.exitCode = error instanceof UsageError || error instanceof WorkbookError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  await main();
}
