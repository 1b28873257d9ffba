// The runner's credit command, end to end on the production bundle: invoice, mark it sent, credit it;
// then remind drafts no chaser for it, and a new invoice for the same month bills the returned hours.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { TODAY, ensureBuilt, tempDir } from '../support/runtime';

function local(args: string[]) {
  ensureBuilt();
  return spawnSync(process.execPath, ['--import', 'tsx', 'runtime/cli.ts', ...args], { encoding: 'utf8' });
}

/** Types the day into the invoice's Sent on cell, as the freelancer would. */
async function markSent(path: string, invoice: string, day: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Invoices')!;
  const header = sheet.getRow(1).values as unknown[];
  const sentAt = header.indexOf('Sent on');
  const numberAt = header.indexOf('Invoice');
  let marked = 0;
  sheet.eachRow((row) => {
    if (row.getCell(numberAt).value === invoice) {
      row.getCell(sentAt).value = new Date(`${day}T12:00:00Z`);
      marked++;
    }
  });
  expect(marked).toBe(1);
  await book.xlsx.writeFile(path);
}

/** Types a new Hourly rate for the client, as the freelancer would after the invoice went out. */
async function setRate(path: string, client: string, rate: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Clients')!;
  const header = sheet.getRow(1).values as unknown[];
  sheet.eachRow((row) => {
    if (row.getCell(header.indexOf('Client')).value === client)
      row.getCell(header.indexOf('Hourly rate')).value = rate;
  });
  await book.xlsx.writeFile(path);
}

const SLOW = 600_000;

describe('npm run local -- credit', () => {
  it(
    'credits a sent invoice in full once, stops its chasers, and returns its hours to the next invoice',
    async () => {
      const dir = tempDir();
      const sheet = join(dir, 'sheet.xlsx');
      const save = ['--save', sheet, '--json'];
      expect(local(['setup', '--sample', '--today', TODAY, ...save]).status).toBe(0);
      const invoiceArgs = [
        'invoice',
        '--workbook',
        sheet,
        '--client',
        'Bakeriet Solsikke AS',
        '--month',
        '2026-10',
      ];
      const first = local([...invoiceArgs, '--today', TODAY, '--out', dir, ...save]);
      expect(first.status, first.stderr).toBe(0);
      const invoice = JSON.parse(first.stdout).invoice;

      // Not sent yet: no credit note, the message says why.
      const early = local([
        'credit',
        '--workbook',
        sheet,
        '--invoice',
        invoice.number,
        '--today',
        TODAY,
        '--out',
        dir,
        '--json',
      ]);
      expect(early.status).not.toBe(0);
      expect(early.stdout + early.stderr).toMatch(/Sent on/);

      await markSent(sheet, invoice.number, TODAY);
      // A new rate since: the credit note still credits what the invoice billed, kept beside the
      // workbook (OUT.state/properties.json) from the invoice's run.
      await setRate(sheet, 'Bakeriet Solsikke AS', 4321);
      const creditArgs = ['credit', '--workbook', sheet, '--invoice', invoice.number, '--out', dir];
      const run = local([...creditArgs, '--today', '2026-11-25', ...save]);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.credit).toEqual({
        number: 'CN-2026-0001',
        invoice: invoice.number,
        amount: -invoice.amount,
        currency: 'NOK',
      });
      expect(out.outputs.slice(0, 2)).toEqual([join(dir, 'credit-note.pdf'), join(dir, 'credit-note.html')]);
      const text = await pdfText(readFileSync(join(dir, 'credit-note.pdf')));
      expect(text).toContain('Kreditnota');
      expect(text).toContain('CN-2026-0001');
      expect(text).toContain(invoice.number);

      // Twice makes no second credit note.
      const again = local([...creditArgs, '--today', '2026-11-26', '--json']);
      expect(again.status).not.toBe(0);
      expect(again.stdout + again.stderr).toContain('CN-2026-0001');

      // Long overdue, yet no chaser for the credited invoice.
      const remind = local([
        'remind',
        '--workbook',
        sheet,
        '--only',
        'payment',
        '--today',
        '2027-02-01',
        '--out',
        dir,
        '--json',
      ]);
      expect(remind.status, remind.stderr).toBe(0);
      const chased = JSON.parse(remind.stdout).drafts.map((d: { invoice: string }) => d.invoice);
      expect(chased).not.toContain(invoice.number);
      expect(chased).not.toContain('CN-2026-0001');

      // The returned hours are billed again, under a new number.
      const next = local([...invoiceArgs, '--today', '2026-11-27', '--out', dir, '--json']);
      expect(next.status, next.stderr).toBe(0);
      const rebilled = JSON.parse(next.stdout).invoice;
      expect(rebilled.number).not.toBe(invoice.number);
      // The same hours, at today's rate.
      expect(rebilled.hours).toBe(invoice.hours);
      expect(rebilled.amount).toBeGreaterThan(invoice.amount);
    },
    SLOW,
  );
});

describe('npm run local -- withdraw', () => {
  it(
    'withdraws an invoice not yet sent, once; the number stays and the next invoice takes a new one',
    async () => {
      const dir = tempDir();
      const sheet = join(dir, 'sheet.xlsx');
      const save = ['--save', sheet, '--json'];
      expect(local(['setup', '--sample', '--today', TODAY, ...save]).status).toBe(0);
      const invoiceArgs = [
        'invoice',
        '--workbook',
        sheet,
        '--client',
        'Bakeriet Solsikke AS',
        '--month',
        '2026-10',
      ];
      const first = local([...invoiceArgs, '--today', TODAY, '--out', dir, ...save]);
      expect(first.status, first.stderr).toBe(0);
      const invoice = JSON.parse(first.stdout).invoice;
      const withdrawArgs = ['withdraw', '--workbook', sheet, '--invoice', invoice.number];
      const run = local([...withdrawArgs, '--today', TODAY, ...save]);
      expect(run.status, run.stderr).toBe(0);
      const expected = { invoice: invoice.number, client: 'Bakeriet Solsikke AS', withdrawnOn: TODAY };
      expect(JSON.parse(run.stdout).withdraw).toEqual({ ...expected, tasks: expect.any(Number) });
      expect(JSON.parse(run.stdout).withdraw.tasks).toBeGreaterThan(0);
      // Twice: the first day is reported, nothing more returned.
      const again = local([...withdrawArgs, '--today', '2026-11-25', '--json']);
      expect(again.status, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout).withdraw).toEqual({ ...expected, tasks: 0 });
      const next = local([...invoiceArgs, '--today', '2026-11-27', '--out', dir, '--json']);
      expect(next.status, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout).invoice.number).not.toBe(invoice.number);
      expect(local(['withdraw', '--workbook', sheet, '--json']).stderr).toMatch(/--invoice NUMBER/);
    },
    SLOW,
  );
});
