// Create invoice (and the report) stopped part way, after its Doc or PDF is made, by a service failure at each step in
// turn: the sheet is never left claiming what did not happen, and the next run finds the same files
// again (by their appProperties), finishes the record, and bills every hour exactly once.

import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { InvoiceResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';
const CLIENT = 'Harbour & Thread Ltd';
const DOC = 'application/vnd.google-apps.document';
const PDF = 'application/pdf';

function table(runtime: Runtime, tab: string) {
  const values = runtime.spreadsheet.getSheetByName(tab)!.getDataRange().getValues();
  const header = values[0]!.map(String);
  return { rows: values.slice(1), col: (name: string) => header.indexOf(name) };
}

/** Every trace the invoice leaves: Drive files by type, Invoices rows, and the Tasks marks. */
function traces(runtime: Runtime) {
  const files = runtime.drive.listAll();
  const invoices = table(runtime, 'Invoices');
  const tasks = table(runtime, 'Tasks');
  const mine = invoices.rows.filter((r) => r[invoices.col('Client')] === CLIENT);
  const marks = tasks.rows
    .filter((r) => r[tasks.col('Client')] === CLIENT)
    .map((r) => String(r[tasks.col('Invoice')] ?? ''))
    .filter(Boolean);
  return {
    docs: files.filter((f) => f.mimeType === DOC && f.appProperties.fvtInvoice).length,
    pdfs: files.filter((f) => f.mimeType === PDF && f.appProperties.fvtInvoice).length,
    rows: mine.map((r) => ({
      invoice: String(r[invoices.col('Invoice')]),
      amount: Number(r[invoices.col('Amount')]),
      file: String(r[invoices.col('Invoice file')]),
    })),
    marks,
  };
}

async function cleanRun() {
  const runtime = await sampleRuntime();
  const before = traces(runtime);
  const result = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
  return { before, result, after: traces(runtime) };
}

// Each step after a file exists, named by the call that fails there.
const STEPS: { name: string; key: string; after: number }[] = [
  { name: 'the PDF export (the Doc is made)', key: 'Drive.Files.export', after: 0 },
  { name: 'the PDF upload (the Doc is made)', key: 'Drive.Files.create', after: 3 },
  { name: 'the Invoices row (Doc and PDF made)', key: 'Range.setValues', after: 0 },
  { name: 'the Tasks marks (the Invoices row written)', key: 'RangeList.setValue', after: 0 },
];

describe('Create invoice stopped part way', () => {
  it('the clean run these are compared with makes one Doc, one PDF, one row and marks each billed task', async () => {
    const { before, result, after } = await cleanRun();
    expect(after.docs - before.docs).toBe(1);
    expect(after.pdfs - before.pdfs).toBe(1);
    expect(after.rows.length - before.rows.length).toBe(1);
    expect(after.marks.filter((m) => m === result.number)).toHaveLength(result.tasks);
  });

  for (const step of STEPS) {
    it(`fails at ${step.name}; the rerun finishes with the same files, one row, each hour billed once`, async () => {
      const clean = await cleanRun();
      const runtime = await sampleRuntime();
      const before = traces(runtime);
      runtime.calls.failOn(step.key, {
        after: step.after,
        error: 'Exception: Service unavailable: try again.',
      });
      expect(() => runtime.run('createInvoice', { client: CLIENT, month: MONTH })).toThrow(
        /Service unavailable/,
      );
      const broken = traces(runtime);
      // The sheet never claims an invoice whose PDF was not made, nor marks tasks without a row.
      expect(broken.docs - before.docs).toBe(1);
      if (broken.rows.length > before.rows.length) expect(broken.pdfs - before.pdfs).toBe(1);
      if (broken.marks.length > before.marks.length)
        expect(broken.rows.length).toBeGreaterThan(before.rows.length);

      const rerun = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
      const after = traces(runtime);
      expect(rerun.replaced, 'the Doc made before the failure is found again').toBe(true);
      expect(rerun.number).toBe(clean.result.number);
      expect(rerun.amount).toBe(clean.result.amount);
      expect(rerun.hours).toBe(clean.result.hours);
      expect(after.docs).toBe(clean.after.docs);
      expect(after.pdfs).toBe(clean.after.pdfs);
      expect(after.rows.map((r) => [r.invoice, r.amount])).toEqual(
        clean.after.rows.map((r) => [r.invoice, r.amount]),
      );
      expect(after.rows.find((r) => r.invoice === rerun.number)?.file).toBe(rerun.pdfLink);
      expect(after.marks).toEqual(clean.after.marks);

      // And once more: nothing new is made, and nothing is billed again.
      const third = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
      expect(third.number).toBe(rerun.number);
      expect(third.hours).toBe(rerun.hours);
      expect(traces(runtime)).toEqual(after);
    });
  }

  it('refuses before making any file when the Invoices tab lacks a column it must write', async () => {
    const runtime = await sampleRuntime();
    const sheet = runtime.spreadsheet.getSheetByName('Invoices')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    sheet.getRange(1, header.indexOf('Invoice file') + 1).setValue('Notes');
    const files = runtime.drive.listAll().length;
    expect(() => runtime.run('createInvoice', { client: CLIENT, month: MONTH })).toThrow(/Invoice file/);
    expect(runtime.drive.listAll()).toHaveLength(files);
  });
});

describe('Generate report stopped part way', () => {
  it('fails at the Reports log after the Doc is made; the rerun replaces that Doc and logs it once', async () => {
    const runtime = await sampleRuntime();
    const docs = () => runtime.drive.listAll().filter((f) => f.mimeType === DOC && f.appProperties.fvtReport);
    const logged = () => table(runtime, 'Reports').rows.filter((r) => r[0] === CLIENT).length;
    runtime.calls.failOn('Range.setValues', { error: 'Exception: Service unavailable: try again.' });
    expect(() => runtime.run('generateReport', { client: CLIENT, month: MONTH })).toThrow(
      /Service unavailable/,
    );
    expect(docs()).toHaveLength(1);
    expect(logged()).toBe(0);
    const rerun = runtime.run<{ replaced: boolean; link: string }>('generateReport', {
      client: CLIENT,
      month: MONTH,
    });
    expect(rerun.replaced).toBe(true);
    expect(docs()).toHaveLength(1);
    expect(logged()).toBe(1);
  });
});
