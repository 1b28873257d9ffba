// The sidebar's invoice buttons: "Create invoice" for the client and month picked above, and "Create
// deposit invoice". Kept apart from main.ts so the sidebar can be reworked around it.

import type { InvoiceRequest, InvoiceResult } from '../src/server-api';
import { call } from './bridge';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function status(text: string, error = false): void {
  const line = $('status');
  line.textContent = text;
  line.className = error ? 'status error' : 'status gray';
}

function show(result: InvoiceResult): void {
  $('invoice-result').hidden = false;
  $('invoice-summary').textContent =
    `${result.replaced ? 'Replaced' : 'Created'} invoice ${result.number}: ${result.amountText}, due ${result.due}` +
    (result.kind === 'monthly' ? ` (${result.hours} h on ${result.tasks} task(s))` : '');
  $<HTMLAnchorElement>('invoice-link').href = result.link;
  $<HTMLAnchorElement>('invoice-pdf').href = result.pdfLink;
}

async function create(button: HTMLButtonElement, deposit: boolean): Promise<void> {
  const request: InvoiceRequest = { client: $<HTMLSelectElement>('client').value, deposit };
  if (!deposit) request.month = $<HTMLInputElement>('month').value;
  button.disabled = true;
  status(deposit ? 'Writing the deposit invoice…' : 'Writing the invoice…');
  try {
    show(await call('createInvoice', request));
    status('');
  } catch (error) {
    status((error as Error).message || String(error), true);
  } finally {
    button.disabled = false;
  }
}

for (const [id, deposit] of [
  ['create-invoice', false],
  ['create-deposit', true],
] as const) {
  const button = $<HTMLButtonElement>(id);
  button?.addEventListener('click', () => void create(button, deposit));
}
