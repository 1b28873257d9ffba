// The local runner: runs the add-on's actions from dist/Code.js on an .xlsx in the local runtime.
//   npm run -s local -- <setup|check|report|remind|health|print> [--workbook F.xlsx] [--save OUT.xlsx] [--out DIR]
//                       [--today YYYY-MM-DD] [--tz ZONE] [--json] [--sample] [--client NAME] [--month YYYY-MM]
// With --json, stdout holds one JSON object and nothing else. Exit codes: 0 done, 1 failed, 2 bad arguments.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftFileName } from './file-names';
import type { DraftsResult, HealthResult, PrintResult, ReportResult } from '../src/server-api';
import type { CallSummary } from './calls';
import { type Runtime, loadRuntime } from './runtime';

export interface CliOutput {
  command: string;
  diagnostics: { sheet: string; row: number; column: string; message: string; severity?: string }[];
  outputs: string[];
  calls: CallSummary;
  [key: string]: unknown;
}

class UsageError extends Error {}

const COMMANDS = ['setup', 'check', 'report', 'remind', 'health', 'print'] as const;
type Command = (typeof COMMANDS)[number];

function parse(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`Give a command: ${COMMANDS.join(', ')}${command ? ` (not “${command}”)` : ''}.`);
  }
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
  const v = parsed.values;
  if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today))
    throw new UsageError('--today must be YYYY-MM-DD.');
  if (v.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month))
    throw new UsageError('--month must be YYYY-MM.');
  if (v.workbook !== undefined && !existsSync(v.workbook))
    throw new UsageError(`Cannot read ${v.workbook}: no such file.`);
  if ((command === 'report' || command === 'print') && !v.client)
    throw new UsageError(`${command} needs --client NAME.`);
  return { command: command as Command, ...v };
}

const OPTIONS = {
  workbook: { type: 'string' },
  save: { type: 'string' },
  out: { type: 'string' },
  today: { type: 'string' },
  tz: { type: 'string' },
  json: { type: 'boolean', default: false },
  sample: { type: 'boolean', default: false },
  client: { type: 'string' },
  month: { type: 'string' },
} as const;

type Args = ReturnType<typeof parse>;

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
    case 'health':
      health(runtime, output);
      break;
    case 'print':
      print(runtime, args, outDir, output);
      break;
  }
  output.calls = runtime.calls.summary();
  if (args.save) {
    await runtime.save(resolve(args.save));
    output.outputs.push(resolve(args.save));
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
}

async function remind(runtime: Runtime, _args: Args, outDir: string, output: CliOutput): Promise<void> {
  const result = runtime.run<DraftsResult>('createDrafts', {});
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

/** The printable tracking sheet: the Doc's HTML as imported, written to DIR/tracking-sheet.html. */
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
  output.outputs.push(file);
  Object.assign(output, { client: result.client, month, docName: result.docName, link: result.link });
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
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    process.stderr.write(`${error instanceof UsageError ? 'usage' : 'error'}: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  await main();
}
