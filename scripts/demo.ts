// `npm run demo`: the add-on's month-end job on the bundled sample, in the local runtime, from the
// same dist/Code.js that clasp pushes. Writes everything under out/ and says where.
//   setup with sample data → check → a report per client, its cover email with the PDF → an invoice per
//   client → reminder and keep-in-touch drafts (chasers attach the add-on's invoice PDFs) → a Toggl Track
//   export imported → .xlsx → one invoice, sent, cancelled by a credit note: no reminder for it later

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftFileName, slug } from '../runtime/file-names';
import { loadRuntime } from '../runtime/runtime';
import { INVOICES } from '../src/domain/tabs/invoices';
import type {
  CheckResult,
  DraftsResult,
  HealthResult,
  ClassifyList,
  ClassifySaveResult,
  CreditResult,
  ImportResult,
  InvoiceListItem,
  InvoiceResult,
  PrintResult,
  ReportResult,
} from '../src/server-api';

const { values } = parseArgs({
  options: { today: { type: 'string' }, out: { type: 'string', default: 'out' } },
});
const out = resolve(values.out!);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'reports'), { recursive: true });
mkdirSync(join(out, 'drafts'), { recursive: true });
mkdirSync(join(out, 'invoices'), { recursive: true });
mkdirSync(join(out, 'tracking-sheets'), { recursive: true });

const runtime = await loadRuntime({ today: values.today });
const say = (line: string) => console.log(line);
const rel = (p: string) => relative(process.cwd(), p) || '.';

runtime.run('setupTrackingSheet', { sample: true });
say(
  `Set up the tracking sheet with sample data (${runtime.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .join(', ')}).`,
);

const check = runtime.run<CheckResult>('checkSheet');
say(
  `Checked the sheet: ${check.problems.length} problem(s) in ${Object.values(check.rowsRead).reduce((a, b) => a + b, 0)} rows.`,
);

const state = runtime.run<{ clients: { name: string; language: string }[]; defaultMonth: string }>(
  'loadSidebar',
);
for (const client of state.clients) {
  const report = runtime.run<ReportResult>('generateReport', {
    client: client.name,
    month: state.defaultMonth,
  });
  const file = join(out, 'reports', `${state.defaultMonth}-${client.language}-${slug(client.name)}.html`);
  writeFileSync(file, runtime.drive.findByLink(report.link).html);
  say(
    `Report ${report.docName} (${client.language}): ${report.totals.tasks} tasks, ${report.totals.hours} h, value score ${report.privateView.score} → ${rel(file)}`,
  );
}

// The report's cover email carries the report as a PDF (the client cannot open the freelancer's Doc).
for (const client of state.clients) {
  const cover = runtime.run<DraftsResult>('createDrafts', {
    kinds: ['report'],
    report: { client: client.name, month: state.defaultMonth },
  });
  for (const d of cover.drafts) {
    const file = join(out, 'drafts', `report-${client.language}-${slug(client.name)}.eml`);
    writeFileSync(file, runtime.gmail.rawOf(d.draftId));
    say(`Report email to ${d.to} with the report PDF attached → ${rel(file)}`);
  }
  for (const n of cover.notAttached) say(`  report PDF not attached: ${n.reason}`);
}

// A printable tracking sheet per client for this month (the month ahead of the work), as a PDF to
// print and the HTML the Doc was imported from, in the freelancer's (sidebar's) language.
const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: runtime.timeZone })
  .format(new Date(runtime.ctx.now))
  .slice(0, 7);
for (const client of state.clients) {
  const sheet = runtime.run<PrintResult>('printTrackingSheet', {
    client: client.name,
    month: thisMonth,
    language: 'en',
  });
  const file = join(out, 'tracking-sheets', `${thisMonth}-${slug(client.name)}.pdf`);
  writeFileSync(file, runtime.drive.findByLink(sheet.pdfLink).bytes);
  writeFileSync(file.replace(/\.pdf$/, '.html'), runtime.drive.findByLink(sheet.link).html);
  say(`${sheet.docName} → ${rel(file)}`);
}

// Client health as the sidebar shows it, and the Dashboard tab written on request.
const health = runtime.run<HealthResult>('clientHealth', { language: 'en' });
for (const c of health.clients)
  say(`Health of ${c.client}: ${c.atRisk ? `at risk (${c.reasonText.join('; ')})` : 'looks fine'}`);
runtime.run('writeDashboard', { language: 'en' });
say('Wrote the Dashboard tab (values only).');

// An invoice per client for the sample month, issued on the 1st of the next month as a freelancer would.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: runtime.timeZone }).format(
  new Date(runtime.ctx.now),
);
const [year, month] = state.defaultMonth.split('-').map(Number) as [number, number];
const issueDay = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
runtime.setNow(issueDay);
const invoices: InvoiceResult[] = [];
for (const client of state.clients) {
  try {
    const invoice = runtime.run<InvoiceResult>('createInvoice', {
      client: client.name,
      month: state.defaultMonth,
    });
    invoices.push(invoice);
    const file = join(out, 'invoices', `${slug(invoice.number)}.pdf`);
    writeFileSync(file, runtime.drive.findByLink(invoice.pdfLink).bytes);
    writeFileSync(file.replace(/\.pdf$/, '.html'), runtime.drive.findByLink(invoice.link).html);
    say(
      `Invoice ${invoice.number} for ${client.name}: ${invoice.hours} h, ${invoice.amountText}, due ${invoice.due} → ${rel(file)}`,
    );
  } catch (error) {
    say(`  no invoice for ${client.name}: ${(error as Error).message}`);
  }
}
runtime.setNow(today);

const drafts = runtime.run<DraftsResult>('createDrafts', {});
for (const [i, d] of drafts.drafts.entries()) {
  const file = join(out, 'drafts', draftFileName(i, d));
  writeFileSync(file, runtime.gmail.rawOf(d.draftId));
}
say(`Drafted ${drafts.drafts.length} emails (never sent) → ${rel(join(out, 'drafts'))}/`);
for (const n of drafts.notAttached) say(`  not attached: ${n.invoice}: ${n.reason}`);
const chased = new Set(drafts.drafts.filter((d) => d.kind === 'payment').map((d) => d.invoice));
for (const invoice of invoices)
  say(
    `  ${invoice.number}: ${chased.has(invoice.number) ? (drafts.notAttached.some((n) => n.invoice === invoice.number) ? 'chased, PDF not attached' : 'chased, with its PDF attached') : `not yet overdue on ${today} (due ${invoice.due})`}`,
  );
for (const s of drafts.skipped) say(`  skipped: ${s.sheet} row ${s.row}: ${s.message}`);

// Time tracked in Toggl Track comes in: the bundled sample export previewed, its unknown names given a
// client (remembered in Clients › Tracker names), written in one batch, and a second import adds nothing.
const exportFile = 'runtime/samples/toggl-detailed-sample.csv';
const exported = readFileSync(exportFile, 'utf8');
const previewed = runtime.run<ImportResult>('importTimeEntries', { text: exported, write: false });
say(
  `Import preview of ${exportFile} (${previewed.vendor}): ${previewed.new} new, ${previewed.skipped} imported before; needs a client: ${previewed.needsClient.map((n) => `${n.name || '(none)'} (${n.entries})`).join(', ')}`,
);
const imported = runtime.run<ImportResult>('importTimeEntries', {
  text: exported,
  write: true,
  clientMap: [
    { name: 'Harbour and Thread', client: 'Harbour & Thread Ltd' },
    { name: 'Admin', client: 'Fernleaf Studio' },
  ],
});
say(
  `Imported ${imported.written} entries into Tasks (no goal or mark yet); remembered ${imported.remembered.join(', ')}.`,
);
const again = runtime.run<ImportResult>('importTimeEntries', { text: exported, write: true });
say(`The same export again: ${again.written} written, ${again.skipped} imported before.`);

// Classify in a minute: the imported November entries have neither goal nor mark. The freelancer gives
// each the goal it served (the client's first-ranked goal here, as if picked from the list) or, for
// admin and support, A or B, all in one Save.
const unclassified = runtime.run<ClassifyList>('listUnclassified', { month: '2026-11' });
const choices = unclassified.groups.flatMap((g) =>
  g.tasks.map((t) =>
    /bookkeeping|call|interview/i.test(t.task) || g.goals.length === 0
      ? { row: t.row, version: t.version, mark: /call/i.test(t.task) ? ('B' as const) : ('A' as const) }
      : { row: t.row, version: t.version, goal: g.goals[0]!.goal },
  ),
);
const classified = runtime.run<ClassifySaveResult>('saveClassification', { month: '2026-11', choices });
say(
  `Classified ${classified.written} of ${choices.length} November tasks with neither goal nor mark; ${classified.list.groups.reduce((n, g) => n + g.tasks.length, 0)} left.`,
);

const workbook = join(out, 'demo.xlsx');
await runtime.save(workbook);
say(`Saved the spreadsheet → ${rel(workbook)} (open it in a spreadsheet program: tabs, dropdowns, flags)`);

// The first invoice went to its client (Sent on filled in by hand, as a freelancer who mailed it would),
// then turned out wrong: the lawful correction is a credit note, which cancels it, so it is never chased.
const credited = invoices[0];
if (credited) {
  const listed = runtime
    .run<InvoiceListItem[]>('listInvoices', { client: credited.client })
    .find((i) => i.number === credited.number)!;
  const sentOn = INVOICES.columns.findIndex((c) => c.key === 'sentOn') + 1;
  runtime.spreadsheet.rawWrite('Invoices', listed.row, sentOn, [[new Date(`${issueDay}T12:00:00Z`)]]);
  const note = runtime.run<CreditResult>('createCreditNote', { invoice: credited.number });
  const file = join(out, 'invoices', `${slug(note.number)}.pdf`);
  writeFileSync(file, runtime.drive.findByLink(note.pdfLink).bytes);
  writeFileSync(file.replace(/\.pdf$/, '.html'), runtime.drive.findByLink(note.link).html);
  say(
    `Invoice ${credited.number} sent on ${issueDay}, then cancelled in full by credit note ${note.number} (${note.tasks} tasks unbilled again) → ${rel(file)}`,
  );
}

// The invoices not yet overdue today: their first reminder, the day after the last of them falls due
// (after the workbook is saved, so demo.xlsx shows today's state).
const waiting = invoices.filter((i) => !chased.has(i.number));
const remindedLater = new Set<string>();
if (waiting.length > 0) {
  const lastDue = waiting.map((i) => i.due).sort()[waiting.length - 1]!;
  const later = new Date(`${lastDue}T12:00:00Z`);
  later.setUTCDate(later.getUTCDate() + 1);
  const laterDay = later.toISOString().slice(0, 10);
  runtime.setNow(laterDay);
  const reminders = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
  for (const d of reminders.drafts) remindedLater.add(d.invoice);
  for (const [i, d] of reminders.drafts.entries()) {
    if (!waiting.some((w) => w.number === d.invoice)) continue;
    const file = join(out, 'drafts', `later-${draftFileName(i, d)}`);
    writeFileSync(file, runtime.gmail.rawOf(d.draftId));
    const missing = reminders.notAttached.find((n) => n.invoice === d.invoice);
    say(
      `On ${laterDay}: reminder for ${d.invoice}, ${missing ? `not attached: ${missing.reason}` : 'its PDF attached'} → ${rel(file)}`,
    );
  }
}
if (credited && remindedLater.size > 0 && !remindedLater.has(credited.number))
  say(`  no reminder for ${credited.number}: a credit note cancels it`);
say(`Service calls for the whole demo: ${runtime.calls.summary().total}`);
