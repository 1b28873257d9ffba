// The client's invoices, folded under Invoice: each row with its state in the UI language and what that
// state allows. A sent invoice offers Create credit note, said once more in plain words before anything
// is made; a refusal is shown as problems are, linking to the invoice's row. What was made or refused
// is said above the rows, which are read again after each press.

import type { Diagnostic } from '../../src/domain/types';
import type { InvoiceListItem } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, day, element, fill, money, plural, status, t, ui } from '../ui';
import { problemItem } from './problems';

/** What the confirmation's go button runs; set while the confirmation is shown. */
let pending: (() => Promise<void>) | null = null;

const block = () => $<HTMLDetailsElement>('invoice-list-block');

export function renderInvoiceList(): void {
  const m = t().invoices;
  $('invoice-list-title').textContent = m.title;
  $('credit-link').textContent = m.openCredit;
  $('invoice-confirm-keep').textContent = m.keep;
  // Rows said in another language are stale: folded, the list is read again when opened.
  hideConfirm();
  block().open = false;
  $('invoice-list').replaceChildren();
  clearOutcome();
}

function clearOutcome(): void {
  $('credit-result').hidden = true;
  $('invoice-list-problem').replaceChildren();
  status('invoice-list-status', '');
}

/** The confirmation goes back to its place, so re-listing the rows never takes it away. */
function hideConfirm(): void {
  const box = $('invoice-confirm');
  box.hidden = true;
  block().append(box);
  pending = null;
}

function ask(li: HTMLElement, text: Node[], go: string, run: () => Promise<void>): void {
  hideConfirm();
  $('invoice-confirm-text').replaceChildren(...text);
  $('invoice-confirm-go').textContent = go;
  const box = $('invoice-confirm');
  li.append(box);
  box.hidden = false;
  pending = run;
  $('invoice-confirm-go').focus();
}

const amountOf = (amount: number, currency: string) => bdi(money(amount, currency), 'amount');

function stateOf(item: InvoiceListItem): Node[] {
  const m = t().invoices;
  if (item.kind === 'credit-note') return fill(m.creditNote, { invoice: item.creditOf });
  if (item.state === 'credited') return fill(m.credited, { credit: item.creditedBy ?? '' });
  return fill(m.states[item.state]);
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = element('button', [label], `secondary ${className}`);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** What the row's state allows, one button each; each asks first, in plain words. */
function actionsOf(item: InvoiceListItem, li: HTMLElement): HTMLButtonElement[] {
  if (item.kind !== 'invoice') return [];
  const m = t().invoices;
  if (item.state === 'sent') {
    const asked = () =>
      fill(m.confirmCredit, {
        number: item.number,
        date: day(item.issued),
        amount: amountOf(item.amount, item.currency),
      });
    return [button(m.credit, 'credit', () => ask(li, asked(), m.credit, () => credit(item)))];
  }
  if (item.state === 'draft') {
    const asked = () => fill(m.confirmWithdraw, { number: item.number, date: day(item.issued) });
    return [button(m.withdraw, 'withdraw', () => ask(li, asked(), m.withdraw, () => withdraw(item)))];
  }
  return [];
}

function rowOf(item: InvoiceListItem): HTMLLIElement {
  const line = element(
    'span',
    fill(t().invoices.row, {
      number: item.number,
      date: day(item.issued),
      amount: amountOf(item.amount, item.currency),
    }),
    'invoice-line',
  );
  const li = element('li', [line, element('span', stateOf(item), 'invoice-state gray')]);
  li.className = item.kind === 'invoice' ? `invoice ${item.state}` : 'credit-note';
  li.dataset.invoice = item.number;
  const actions = actionsOf(item, li);
  if (actions.length > 0) li.append(element('span', actions, 'invoice-actions'));
  return li;
}

/** A refusal of the server, as a problem at the invoice's row: a click selects its Sent on cell. */
function refusalAt(item: InvoiceListItem, error: unknown): Diagnostic {
  const message = (error as Error)?.message || String(error);
  return { sheet: 'Invoices', row: item.row, column: 'Sent on', says: [], message, severity: 'error' };
}

/** What was made, above the rows; with the links to its Doc and PDF when it has them. */
function said(text: Node[], files?: { link: string; pdfLink: string }): void {
  $('credit-result').hidden = false;
  $('credit-summary').replaceChildren(...text);
  $('credit-links').hidden = !files;
  if (!files) return;
  $<HTMLAnchorElement>('credit-link').href = files.link;
  $<HTMLAnchorElement>('credit-pdf').href = files.pdfLink;
}

/**
 * Runs one press on a row: the rows' buttons off and the progress said while the server works; a
 * refusal shown as a problem at the row; then the rows read again, so what the server did (or found)
 * shows in them and nothing is offered twice.
 */
async function act(item: InvoiceListItem, progress: string, work: () => Promise<void>): Promise<void> {
  clearOutcome();
  for (const b of $('invoice-list').querySelectorAll('button')) b.disabled = true;
  status('invoice-list-status', progress, 'progress');
  try {
    await work();
    status('invoice-list-status', '');
  } catch (error) {
    status('invoice-list-status', '');
    $('invoice-list-problem').replaceChildren(problemItem(refusalAt(item, error), 'invoice-list-status'));
  }
  await refreshInvoices();
}

function credit(item: InvoiceListItem): Promise<void> {
  const m = t().invoices;
  return act(item, m.creditProgress, async () => {
    const result = await call('createCreditNote', { invoice: item.number, ui: ui() });
    const amount = amountOf(-result.amount, result.currency);
    const values = { number: result.number, invoice: result.invoice, amount };
    // A deposit invoice billed no task: no "0 tasks are unbilled again".
    said(
      result.tasks > 0 ? plural(m.creditDone, result.tasks, values) : fill(m.creditDoneNoTasks, values),
      result,
    );
  });
}

function withdraw(item: InvoiceListItem): Promise<void> {
  const m = t().invoices;
  return act(item, m.withdrawProgress, async () => {
    const result = await call('withdrawInvoice', { invoice: item.number, ui: ui() });
    const values = { invoice: result.invoice, date: day(result.withdrawnOn) };
    // A deposit invoice billed no task: no "0 tasks are unbilled again".
    said(
      result.tasks > 0 ? plural(m.withdrawDone, result.tasks, values) : fill(m.withdrawDoneNoTasks, values),
    );
  });
}

/** Lists the picked client's invoices again, when the fold is open. */
export async function refreshInvoices(): Promise<void> {
  if (!block().open) return;
  const client = $<HTMLSelectElement>('client').value;
  hideConfirm();
  status('invoice-list-status', t().invoices.loading, 'progress');
  try {
    const items = await call('listInvoices', { client, ui: ui() });
    // Another client was picked meanwhile: its own call shows its rows.
    if (client !== $<HTMLSelectElement>('client').value) return;
    status('invoice-list-status', '');
    const list = $('invoice-list');
    if (items.length === 0) list.replaceChildren(element('li', [t().invoices.none], 'plain gray'));
    else list.replaceChildren(...items.map(rowOf));
  } catch (error) {
    $('invoice-list').replaceChildren();
    status('invoice-list-status', [bdi((error as Error).message)], 'error');
  }
}

export function wireInvoiceList(): void {
  block().addEventListener('toggle', () => {
    clearOutcome();
    if (block().open) void refreshInvoices();
    else hideConfirm();
  });
  $('client').addEventListener('change', () => {
    clearOutcome();
    void refreshInvoices();
  });
  $('invoice-confirm-keep').addEventListener('click', hideConfirm);
  $('invoice-confirm-go').addEventListener('click', () => {
    const run = pending;
    hideConfirm();
    if (run) void run();
  });
}
