// Invoices: "Create invoice" for the client and month picked above, and "Create deposit invoice";
// below them, folded, the client's invoices (invoice-list.ts), where a sent one is credited.

import type { InvoiceRequest, InvoiceResult } from '../../src/server-api';
import { call } from '../bridge';
import { $, busy, day, element, plural, setText, t, ui } from '../ui';
import { refreshInvoices, renderInvoiceList, wireInvoiceList } from './invoice-list';

export function renderInvoice(): void {
  const m = t().invoice;
  $('invoice-title').textContent = m.title;
  $('create-invoice').textContent = m.create;
  $('create-deposit').textContent = m.createDeposit;
  $('invoice-link').textContent = m.open;
  renderInvoiceList();
}

function show(result: InvoiceResult): void {
  const m = t().invoice;
  $('invoice-result').hidden = false;
  const summary = $('invoice-summary');
  setText(summary, result.replaced ? m.replaced : m.created, {
    number: result.number,
    amount: result.amountText,
    due: day(result.due),
  });
  if (result.kind === 'monthly') summary.append(' ', element('span', plural(t().report.hours, result.hours)));
  $<HTMLAnchorElement>('invoice-link').href = result.link;
  $<HTMLAnchorElement>('invoice-pdf').href = result.pdfLink;
}

export function wireInvoice(): void {
  for (const [id, deposit] of [
    ['create-invoice', false],
    ['create-deposit', true],
  ] as const) {
    const button = $<HTMLButtonElement>(id);
    button.addEventListener('click', async () => {
      $('invoice-result').hidden = true;
      const request: InvoiceRequest = { client: $<HTMLSelectElement>('client').value, deposit, ui: ui() };
      if (!deposit) request.month = $<HTMLInputElement>('month').value;
      const result = await busy(button, 'invoice-status', t().invoice.progress, () =>
        call('createInvoice', request),
      );
      if (result) {
        show(result);
        void refreshInvoices();
      }
    });
  }
  wireInvoiceList();
}
