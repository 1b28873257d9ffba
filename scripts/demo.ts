// `npm run demo`: the add-on's month-end job on the bundled sample, in the local runtime, from the
// same dist/Code.js that clasp pushes. Writes everything under out/ and says where.
//   setup with sample data → check → a report per client → reminder and keep-in-touch drafts → .xlsx

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftFileName, slug } from '../runtime/file-names';
import { loadRuntime } from '../runtime/runtime';
import { samplePdf } from '../runtime/sample-files';
import type { CheckResult, DraftsResult, ReportResult } from '../src/server-api';

const { values } = parseArgs({
  options: { today: { type: 'string' }, out: { type: 'string', default: 'out' } },
});
const out = resolve(values.out!);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'reports'), { recursive: true });
mkdirSync(join(out, 'drafts'), { recursive: true });

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

// The sample invoices link to PDFs in Drive; here they stand as files the user opened with the add-on.
for (const sheetRow of runtime.spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues().slice(1)) {
  const link = sheetRow.find((v) => typeof v === 'string' && v.includes('/file/d/')) as string | undefined;
  const id = link && /\/file\/d\/([^/]+)/.exec(link)?.[1];
  if (id)
    runtime.drive.seedFile({
      id,
      name: `${id}.pdf`,
      mimeType: 'application/pdf',
      bytes: samplePdf(id),
      appCanSee: true,
    });
}

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

const drafts = runtime.run<DraftsResult>('createDrafts', {});
for (const [i, d] of drafts.drafts.entries()) {
  const file = join(out, 'drafts', draftFileName(i, d));
  writeFileSync(file, runtime.gmail.rawOf(d.draftId));
}
say(`Drafted ${drafts.drafts.length} emails (never sent) → ${rel(join(out, 'drafts'))}/`);
for (const n of drafts.notAttached) say(`  not attached: ${n.invoice}: ${n.reason}`);
for (const s of drafts.skipped) say(`  skipped: ${s.sheet} row ${s.row}: ${s.message}`);

const workbook = join(out, 'demo.xlsx');
await runtime.save(workbook);
say(`Saved the spreadsheet → ${rel(workbook)} (open it in a spreadsheet program: tabs, dropdowns, flags)`);
say(`Service calls for the whole demo: ${runtime.calls.summary().total}`);
