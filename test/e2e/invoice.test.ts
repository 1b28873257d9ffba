// Invoices the add-on makes, from the built bundle: amounts, numbering, reruns, refusal after a chaser,
// deposits, and the reminder that attaches the PDF, read back with mailparser and pdf.js.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { DraftsResult, InvoiceResult } from '../../src/server-api';
import { pdfText } from '../support/pdf-text';
import { sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';

function table(runtime: Runtime, tab: string) {
  const sheet = runtime.spreadsheet.getSheetByName(tab)!;
  const values = sheet.getDataRange().getValues();
  const header = values[0]!.map(String);
  const col = (name: string) => header.indexOf(name);
  return { sheet, values, header, col };
}

function set(runtime: Runtime, tab: string, row: number, column: string, value: unknown) {
  const { sheet, col } = table(runtime, tab);
  sheet.getRange(row, col(column) + 1).setValue(value);
}

/** Billable hours × rate for a client and month, straight from the sheet's cells. */
function expectedAmount(
  runtime: Runtime,
  client: string,
): { hours: number; amount: number; currency: string } {
  const clients = table(runtime, 'Clients');
  const line = clients.values.find((r) => r[clients.col('Client')] === client)!;
  const rate = Number(line[clients.col('Hourly rate')]);
  const currency = String(line[clients.col('Currency')]);
  const digits = currency === 'JPY' || currency === 'ISK' ? 0 : 2;
  const tasks = table(runtime, 'Tasks');
  let hundredths = 0;
  for (const r of tasks.values.slice(1)) {
    const date = r[tasks.col('Date')] as Date;
    const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(date);
    if (r[tasks.col('Client')] === client && r[tasks.col('Billable')] === true && iso.startsWith(MONTH))
      hundredths += Math.round(Number(r[tasks.col('Hours')]) * 100);
  }
  const minor = Math.round((hundredths * rate * 10 ** digits) / 100);
  // The sample seller is a VAT-registered Norwegian: 25 % MVA at home, computed once on the net; 0 % abroad.
  const domestic = line[clients.col('Country')] === 'NO';
  const total = domestic ? minor + Math.round(minor / 4) : minor;
  return { hours: hundredths / 100, amount: total / 10 ** digits, currency };
}

function pdfOf(runtime: Runtime, result: InvoiceResult): Uint8Array {
  return runtime.drive.findByLink(result.pdfLink).bytes;
}

describe('Create invoice', () => {
  it('bills exactly the billable hours × rate of each sample client, in a fixed number of calls', async () => {
    const runtime = await sampleRuntime();
    const names = table(runtime, 'Clients')
      .values.slice(1)
      .map((r) => String(r[0]));
    let made = 0;
    for (const client of names) {
      const want = expectedAmount(runtime, client);
      if (want.hours === 0) continue;
      runtime.calls.reset();
      const result = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
      made += 1;
      expect(result.amount).toBe(want.amount);
      expect(result.hours).toBe(want.hours);
      expect(result.currency).toBe(want.currency);
      // +2 since one series numbers every invoice: the counter read and moved on (document properties).
      expect(runtime.calls.summary().total).toBeLessThanOrEqual(made === 1 ? 20 : 18);
      expect(result.total).toBe(result.amount);
      const text = await pdfText(pdfOf(runtime, result));
      expect(text).toContain(result.number);
      expect(text).toContain(client);
    }
    expect(made).toBeGreaterThanOrEqual(5);
    // Recorded in the Invoices tab with its PDF as the Invoice file.
    const invoices = table(runtime, 'Invoices');
    const mine = invoices.values.filter((r) => String(r[invoices.col('Invoice file')]).includes('drive-'));
    expect(mine).toHaveLength(made);
  });

  it('writes the invoice in the client’s language: Japanese yen as 7,500円, Hebrew right to left', async () => {
    const runtime = await sampleRuntime();
    const ja = runtime.run<InvoiceResult>('createInvoice', { client: '陶房やまぐち', month: MONTH });
    expect(ja.amountText).toMatch(/^[\d,]+円$/);
    const jaText = await pdfText(pdfOf(runtime, ja));
    expect(jaText).toContain('請求書');
    expect(jaText).toContain(ja.amountText);
    expect(jaText).toMatch(/発行日から\d+日以内/);
    const he = runtime.run<InvoiceResult>('createInvoice', { client: 'מרפאת שיניים אור', month: MONTH });
    const html = runtime.drive.findByLink(he.link).html;
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('<bdi>');
    expect(await pdfText(pdfOf(runtime, he))).toContain('חשבונית');
  });

  it('run twice makes one invoice: same number, same Doc and PDF, tasks marked once', async () => {
    const runtime = await sampleRuntime();
    const client = 'Harbour & Thread Ltd';
    const first = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    const files = runtime.drive.listAll().length;
    const tasks = table(runtime, 'Tasks');
    const marked = () =>
      table(runtime, 'Tasks').values.filter((r) => r[tasks.col('Invoice')] === first.number).length;
    const markedFirst = marked();
    expect(markedFirst).toBeGreaterThan(3);
    const second = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    expect(second.number).toBe(first.number);
    expect(second.link).toBe(first.link);
    expect(second.pdfLink).toBe(first.pdfLink);
    expect(second.replaced).toBe(true);
    expect(second.amount).toBe(first.amount);
    expect(runtime.drive.listAll()).toHaveLength(files);
    expect(marked()).toBe(markedFirst);
    const invoices = table(runtime, 'Invoices');
    expect(invoices.values.filter((r) => r[invoices.col('Invoice')] === first.number)).toHaveLength(1);
  });

  it('a rerun rewrites only the invoice’s own cells: a user’s formula between them stays a formula', async () => {
    const runtime = await sampleRuntime();
    const client = 'Harbour & Thread Ltd';
    const first = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    const { sheet, values, col } = table(runtime, 'Invoices');
    const row = values.findIndex((r) => r[col('Invoice')] === first.number) + 1;
    // Paid on stands between Due and Invoice file: the user computes it with a formula.
    const paidOn = sheet.getRange(row, col('Paid on') + 1);
    paidOn.setValue('=IF(1>2,1,"")');
    runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    expect(paidOn.getFormulas()[0]![0]).toBe('=IF(1>2,1,"")');
    expect(table(runtime, 'Invoices').values[row - 1]![col('Invoice file')]).toBe(first.pdfLink);
  });

  it('a chaser attaches the add-on’s PDF; after it the invoice is not replaced; a task logged late goes on the next invoice', async () => {
    const runtime = await sampleRuntime();
    const client = 'Harbour & Thread Ltd';
    const made = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    // Past its due date, the payment reminder attaches the PDF (one Drive read, one Gmail call).
    const [y, m, d] = made.due.split('-').map(Number) as [number, number, number];
    runtime.setNow(new Date(Date.UTC(y, m - 1, d + 3, 12)).toISOString().slice(0, 10));
    runtime.calls.reset();
    const drafts = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    const chaser = drafts.drafts.find((x) => x.invoice === made.number)!;
    expect(chaser).toBeDefined();
    expect(drafts.notAttached.map((n) => n.invoice)).not.toContain(made.number);
    // The sample's pasted links cannot be read under drive.file: the draft links them and says how to fix it.
    expect(drafts.notAttached.length).toBeGreaterThan(0);
    for (const n of drafts.notAttached) expect(n.reason).toMatch(/pasted into Invoice file.*Create invoice/);
    const mail = await simpleParser(runtime.gmail.rawOf(chaser.draftId));
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.contentType).toBe('application/pdf');
    expect(await pdfText(mail.attachments[0]!.content)).toContain(made.number);
    expect(mail.attachments[0]!.filename).toBe(`${made.number}.pdf`);
    expect(mail.text).toMatch(/attached the invoice again/);
    expect(mail.text).not.toContain(made.pdfLink);
    const calls = runtime.calls.summary();
    // At most one Drive read per payment draft, one Gmail call per draft.
    expect(calls.byMethod['Drive.Files.get']).toBeLessThanOrEqual(drafts.drafts.length);
    expect(calls.byMethod['Gmail.Users.Drafts.create']).toBe(drafts.drafts.length);

    expect(() => runtime.run('createInvoice', { client, month: MONTH })).toThrow(
      /payment reminder has been drafted for invoice .*not replaced/,
    );

    // A task for October logged after the invoice went out is billed on November's invoice.
    const tasks = table(runtime, 'Tasks');
    const row = tasks.values.length + 1;
    const line = new Array(tasks.header.length).fill('');
    line[tasks.col('Date')] = new Date(Date.UTC(2026, 9, 30, 11));
    line[tasks.col('Client')] = client;
    line[tasks.col('Task')] = 'Late-logged fix';
    line[tasks.col('Mark')] = 'A';
    line[tasks.col('Hours')] = 2;
    line[tasks.col('Billable')] = true;
    tasks.sheet.getRange(row, 1, 1, line.length).setValues([line]);
    const next = runtime.run<InvoiceResult>('createInvoice', { client, month: '2026-11' });
    expect(next.number).not.toBe(made.number);
    expect(table(runtime, 'Tasks').values[row - 1]![tasks.col('Invoice')]).toBe(next.number);
  });

  it('bills a deposit of the estimate before work starts and deducts it on the monthly invoice', async () => {
    const runtime = await sampleRuntime();
    const client = 'Harbour & Thread Ltd';
    const clients = table(runtime, 'Clients');
    const row = clients.values.findIndex((r) => r[0] === client) + 1;
    set(runtime, 'Clients', row, 'Estimate', 12000);
    const deposit = runtime.run<InvoiceResult>('createInvoice', { client, deposit: true });
    expect(deposit.kind).toBe('deposit');
    expect(deposit.amount).toBe(1200); // 10 % by default
    expect(await pdfText(pdfOf(runtime, deposit))).toMatch(/Deposit: 10%|Deposit: 10 %/);
    const monthly = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    const want = expectedAmount(runtime, client);
    expect(monthly.depositDeducted).toBe(1200);
    expect(monthly.amount).toBeCloseTo(want.amount - 1200, 2);
    expect(await pdfText(pdfOf(runtime, monthly))).toContain(`Less deposit (invoice ${deposit.number})`);
  });

  it('carries a deposit larger than the month to the next invoice, and gets a credited one’s part back', async () => {
    const runtime = await sampleRuntime();
    const client = 'Harbour & Thread Ltd'; // abroad: 0 % VAT, so the deposit's amount is its net
    const october = expectedAmount(runtime, client);
    const row = table(runtime, 'Clients').values.findIndex((r) => r[0] === client) + 1;
    set(runtime, 'Clients', row, 'Estimate', october.amount + 300);
    set(runtime, 'Clients', row, 'Deposit %', 100);
    const deposit = runtime.run<InvoiceResult>('createInvoice', { client, deposit: true });
    expect(deposit.amount).toBe(october.amount + 300);
    const first = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    expect(first.depositDeducted).toBe(october.amount);
    expect(first.amount).toBe(0);
    // Ten more hours in November: the £300 October left comes off, the rest is due.
    const tasks = table(runtime, 'Tasks');
    const line = new Array(tasks.header.length).fill('');
    line[tasks.col('Date')] = new Date(Date.UTC(2026, 10, 4, 11));
    line[tasks.col('Client')] = client;
    line[tasks.col('Task')] = 'Checkout redesign';
    line[tasks.col('Mark')] = 'A';
    line[tasks.col('Hours')] = 10;
    line[tasks.col('Billable')] = true;
    tasks.sheet.getRange(tasks.values.length + 1, 1, 1, line.length).setValues([line]);
    const rate = Number(
      table(runtime, 'Clients').values[row - 1]![table(runtime, 'Clients').col('Hourly rate')],
    );
    const november = runtime.run<InvoiceResult>('createInvoice', { client, month: '2026-11' });
    expect(november.depositDeducted).toBe(300);
    expect(november.hours).toBeGreaterThanOrEqual(10);
    expect(november.amount).toBeCloseTo(november.hours * rate - 300, 2);
    const text = await pdfText(pdfOf(runtime, november));
    expect(text).toContain(`Less deposit (invoice ${deposit.number})`);
    expect(text).toMatch(/-£300\.00/);
    // October sent, then credited: its deduction is back, and October billed again takes it all.
    const invoices = table(runtime, 'Invoices');
    const at = invoices.values.findIndex((r) => r[invoices.col('Invoice')] === first.number) + 1;
    set(runtime, 'Invoices', at, 'Sent on', new Date(Date.UTC(2026, 10, 2, 12)));
    runtime.run('createCreditNote', { invoice: first.number });
    const again = runtime.run<InvoiceResult>('createInvoice', { client, month: MONTH });
    expect(again.number).not.toBe(first.number);
    expect(again.depositDeducted).toBe(october.amount);
    expect(again.amount).toBe(0);
  });

  it('writes a number that looks like a formula or a date as text, in the Invoices row and the Tasks marks', async () => {
    const runtime = await sampleRuntime();
    const settings = table(runtime, 'Settings');
    const row = settings.values.findIndex((r) => r[0] === 'Invoice number') + 1;
    set(runtime, 'Settings', row, 'Value', "'={MM}-{SEQ}");
    const made = runtime.run<InvoiceResult>('createInvoice', {
      client: 'Harbour & Thread Ltd',
      month: MONTH,
    });
    expect(made.number).toMatch(/^=\d\d-\d{4}$/);
    const invoices = table(runtime, 'Invoices');
    const line = invoices.values.find((r) => r[invoices.col('Invoice')] === made.number);
    expect(line).toBeDefined();
    const sheet = invoices.sheet;
    const at = invoices.values.indexOf(line!) + 1;
    expect(sheet.getRange(at, invoices.col('Invoice') + 1).getFormulas()).toEqual([['']]);
    const tasks = table(runtime, 'Tasks');
    expect(tasks.values.filter((r) => r[tasks.col('Invoice')] === made.number).length).toBeGreaterThan(3);
  });

  it('refuses with the cell to fix: no rate, unknown client, nothing left to bill', async () => {
    const runtime = await sampleRuntime();
    expect(() => runtime.run('createInvoice', { client: 'Nobody', month: MONTH })).toThrow(
      /no client called/,
    );
    expect(() => runtime.run('createInvoice', { client: 'Harbour & Thread Ltd', month: '2020-01' })).toThrow(
      /no billable hours in January 2020/,
    );
    set(runtime, 'Clients', 2, 'Hourly rate', '');
    const name = String(table(runtime, 'Clients').values[1]![0]);
    expect(() => runtime.run('createInvoice', { client: name, month: MONTH })).toThrow(
      /Clients tab, row 2, Hourly rate/,
    );
  });

  it('refuses in the sidebar’s language, the client’s name isolated in Hebrew', async () => {
    const runtime = await sampleRuntime();
    const refusal = (ui: string) => {
      try {
        runtime.run('createInvoice', { client: 'Harbour & Thread Ltd', month: '2020-01', ui });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('no refusal');
    };
    expect(refusal('nb')).toMatch(/^«Harbour & Thread Ltd» .*januar 2020/);
    expect(refusal('ja')).toContain('2020年1月');
    expect(refusal('he')).toContain('\u2068Harbour & Thread Ltd\u2069');
    expect(refusal('xx')).toMatch(/^“Harbour & Thread Ltd” has no billable hours in January 2020/);
  });
});
