// The client's invoices, folded under Invoice: each row with its state in the UI language and what that
// state allows. A sent invoice offers Create credit note, said once more in plain words before anything
// is made; a refusal is shown as problems are, linking to the invoice's row. What was made or refused
// is said above the rows, which are read again after each press.

import type { Diagnostic } from '../../src/domain/types';
import type { CreditResult, InvoiceListItem } from '../../src/server-api';
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

/** What the row's state allows, one button each. */
function actionsOf(item: InvoiceListItem, li: HTMLElement): HTMLButtonElement[] {
  if (item.kind !== 'invoice') return [];
  const m = t().invoices;
  if (item.state === 'sent') {
    const text = fill(m.confirmCredit, {
      number: item.number,
      date: day(item.issued),
      amount: amountOf(item.amount, item.currency),
    });
    return [button(m.credit, 'credit', () => ask(li, text, m.credit, () => credit(item)))];
  }
  // WITHDRAW: for item.state === 'draft', a button(m.withdraw, 'withdraw', …) asking m.confirmWithdraw
  // ({number}, {date}) and then call('withdrawInvoice', { invoice: item.number }), its result said with
  // m.withdrawProgress and m.withdrawDone ({invoice}, {date}: result.withdrawnOn; n = result.tasks),
  // a refusal through refusalAt, then refresh(): the same steps as credit() below.
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

function showCredit(result: CreditResult): void {
  const m = t().invoices;
  $('credit-result').hidden = false;
  $('credit-summary').replaceChildren(
    ...plural(m.creditDone, result.tasks, {
      number: result.number,
      invoice: result.invoice,
      amount: amountOf(-result.amount, result.currency),
    }),
  );
  $<HTMLAnchorElement>('credit-link').href = result.link;
  $<HTMLAnchorElement>('credit-pdf').href = result.pdfLink;
}

async function credit(item: InvoiceListItem): Promise<void> {
  clearOutcome();
  for (const b of $('invoice-list').querySelectorAll('button')) b.disabled = true;
  status('invoice-list-status', t().invoices.creditProgress, 'progress');
  try {
    showCredit(await call('createCreditNote', { invoice: item.number, ui: ui() }));
    status('invoice-list-status', '');
  } catch (error) {
    status('invoice-list-status', '');
    $('invoice-list-problem').replaceChildren(problemItem(refusalAt(item, error), 'invoice-list-status'));
  }
  // What the server did (or found) shows in the rows: no second credit note is offered.
  await refreshInvoices();
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
