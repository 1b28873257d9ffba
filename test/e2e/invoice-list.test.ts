// The sidebar's list of invoices, from the built bundle: three tabs read once and nothing written; a
// sent invoice listed as sent until a credit note cancels it, then as credited beside its credit note.

import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { CreditResult, InvoiceListItem, InvoiceResult } from '../../src/server-api';
import { TODAY, sampleRuntime } from '../support/runtime';

/** Types a day into a cell of the Invoices row holding `number`, as the freelancer would. */
function setSentOn(runtime: Runtime, number: string, day: string): void {
  const sheet = runtime.spreadsheet.getSheetByName('Invoices')!;
  const values = sheet.getDataRange().getValues();
  const header = values[0]!.map(String);
  const row = values.findIndex((r) => r[header.indexOf('Invoice')] === number) + 1;
  sheet.getRange(row, header.indexOf('Sent on') + 1).setValue(new Date(`${day}T12:00:00Z`));
}

const brief = (list: InvoiceListItem[]) =>
  list.map((i) => `${i.number} ${i.kind === 'invoice' ? i.state : `credit of ${i.creditOf}`}`);

describe('listInvoices', () => {
  it("lists one client's invoices newest first, reading three tabs once and writing nothing", async () => {
    const runtime = await sampleRuntime();
    const list = runtime.run<InvoiceListItem[]>('listInvoices', { client: 'Harbour & Thread Ltd' });
    // The sample's invoices predate Sent on: only the paid one (INV-1002) counts as sent, by its Paid on.
    expect(brief(list)).toEqual(['INV-1010 draft', 'INV-1005 draft', 'INV-1002 sent']);
    expect(list[0]).toMatchObject({ client: 'Harbour & Thread Ltd', issued: '2026-11-20', amount: 2730 });
    expect(list[0]!.currency).toBe('GBP');
    const calls = runtime.calls.summary();
    expect(calls.byMethod['Range.getValues']).toBe(3);
    expect(runtime.calls.unflushedWrites()).toBe(0);
    expect(runtime.run<InvoiceListItem[]>('listInvoices').length).toBe(12);
  });

  it('shows a sent invoice as sent, then as credited beside the credit note that cancels it', async () => {
    const runtime = await sampleRuntime();
    const client = 'Bakeriet Solsikke AS';
    const invoice = runtime.run<InvoiceResult>('createInvoice', { client, month: '2026-10' });
    setSentOn(runtime, invoice.number, TODAY);
    expect(brief(runtime.run('listInvoices', { client })).slice(0, 1)).toEqual([`${invoice.number} sent`]);
    const credit = runtime.run<CreditResult>('createCreditNote', { invoice: invoice.number });
    const list = runtime.run<InvoiceListItem[]>('listInvoices', { client });
    expect(brief(list).slice(0, 2)).toEqual([
      `${credit.number} credit of ${invoice.number}`,
      `${invoice.number} credited`,
    ]);
    expect(list[0]).toMatchObject({ kind: 'credit-note', amount: -invoice.amount, currency: 'NOK' });
    expect(list[1]).toMatchObject({ creditedBy: credit.number });
  });

  it('names the tab when Invoices cannot be read, in the language asked for', async () => {
    const runtime = await sampleRuntime();
    runtime.spreadsheet.getSheetByName('Invoices')!.getRange(1, 1).setValue('Number');
    expect(() => runtime.run('listInvoices', { client: 'Harbour & Thread Ltd', ui: 'nb' })).toThrow(
      /^Fanen Invoices mangler kolonnen «Invoice»/,
    );
  });
});
