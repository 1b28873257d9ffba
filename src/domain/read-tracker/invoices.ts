// The Invoices tab.

import { cut, readDate, readNumber, readText, sheetError } from '../cells';
import { addDays, isLocalDate } from '../dates';
import { isKnownCurrency } from '../format';
import { driveFileId } from '../drive-link';
import { type Say, say } from '../problems';
import { diagnostic } from '../problems/render';
import { tabSpec } from '../tabs';
import { matchKey } from '../match-key';
import type { Diagnostic, Invoice } from '../types';
import type { ClientNames } from './clients';
import { TabReader } from './tab-reader';

/**
 * Payment chasers are recorded in the invoice's own Reminder stage and Last reminder cells, which the
 * freelancer sees and may clear to start over. Without them a chaser could not be recorded and the
 * next run would draft it again. The Drafts log is deliberately not used as a second record instead:
 * two records of the same stage could disagree (a cleared stage cell against an old log row), and the
 * user's tab is never restructured outside setup, so the fix is setup's, and the message says so.
 */
export function paymentsBlocked(reader: TabReader): Diagnostic | undefined {
  if (!reader.usable) return undefined;
  const missing = ['reminderStage', 'lastReminder'].filter((k) => !reader.columns.index.has(k));
  if (missing.length === 0) return undefined;
  const names = { list: missing.map((k) => reader.columns.header(k)) };
  return diagnostic({
    sheet: 'Invoices',
    row: reader.headerIndex + 1,
    column: reader.columns.header(missing[0]!),
    says: [say('paymentsBlocked', { n: missing.length, columns: names })],
    severity: 'warning',
  });
}

export function parseInvoices(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
  blocked: { diagnostic?: Diagnostic },
): Invoice[] {
  const reader = new TabReader(tabSpec('Invoices'), values, timeZone, diagnostics, [
    'invoice',
    'client',
    'issued',
    'amount',
  ]);
  blocked.diagnostic = paymentsBlocked(reader);
  if (blocked.diagnostic) diagnostics.push(blocked.diagnostic);
  const invoices: Invoice[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    const owner = client?.name ?? (clientName || undefined);
    const errors: [string, Say[]][] = [];
    const number = readText(cell('invoice'), timeZone);
    if (!number || sheetError(cell('invoice'))) errors.push(['invoice', [say('invoiceNoNumber')]]);
    else if (seen.has(matchKey(number)))
      errors.push([
        'invoice',
        [say('duplicateInvoice', { invoice: cut(number), row: String(seen.get(matchKey(number))) })],
      ]);
    if (!client)
      errors.push([
        'client',
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('invoiceNoClient')],
      ]);
    const issued = readDate(cell('issued'), timeZone);
    if (!issued.ok) errors.push(['issued', issued.says]);
    else if (!issued.value) errors.push(['issued', [say('noIssueDate')]]);
    const amount = readNumber(cell('amount'));
    if (!amount.ok) errors.push(['amount', amount.says]);
    else if (amount.value === null) errors.push(['amount', [say('noAmount')]]);
    // Only a credit note's row, which cites the invoice it cancels, holds an amount below zero.
    const creditOf = readText(cell('creditOf'), timeZone);
    if (amount.ok && amount.value !== null && amount.value < 0 && !creditOf)
      errors.push(['amount', [say('amountBelowZero')]]);
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) errors.push(['due', due.says]);
    const paidOn = readDate(cell('paidOn'), timeZone);
    if (!paidOn.ok) errors.push(['paidOn', paidOn.says]);
    const stageRule = say('typeStage');
    const stage = readNumber(cell('reminderStage'), stageRule);
    if (!stage.ok) errors.push(['reminderStage', [...stage.says, say('clearToStartOver')]]);
    else if (stage.value !== null && (!Number.isInteger(stage.value) || stage.value < 0 || stage.value > 3)) {
      const found = Number.isInteger(stage.value)
        ? say('stageOutOfRange', { value: stage.value })
        : say('notWholeNumber', { value: stage.value });
      errors.push(['reminderStage', [found, stageRule, say('clearToStartOver')]]);
    }
    const last = readDate(cell('lastReminder'), timeZone);
    if (!last.ok) errors.push(['lastReminder', last.says]);
    const sent = readDate(cell('sentOn'), timeZone);
    if (!sent.ok) errors.push(['sentOn', sent.says]);
    const withdrawn = readDate(cell('withdrawnOn'), timeZone);
    if (!withdrawn.ok) errors.push(['withdrawnOn', withdrawn.says]);
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    if (currencyText && !isKnownCurrency(currencyText))
      errors.push(['currency', [say('notCurrency', { value: cut(currencyText) })]]);
    if (number && !seen.has(matchKey(number))) seen.set(matchKey(number), row);
    // A computed Due past 9999 cannot be written as a day, and every later date step would throw.
    const computedDue =
      issued.ok && issued.value && due.ok && due.value === null && client
        ? addDays(issued.value, client.paymentTermsDays)
        : null;
    if (computedDue !== null && !isLocalDate(computedDue)) {
      errors.push(['due', [say('dueTooLate', { n: client!.paymentTermsDays })]]);
    }
    if (errors.length > 0) {
      for (const [key, says] of errors) reader.problem(row, key, says, 'error', owner);
      continue;
    }
    const file = readText(cell('file'), timeZone);
    // getValues gives a link chip's or a HYPERLINK's label, never its link, so a label here would
    // quietly send reminders without the invoice: say so where the user can fix it
    // (docs/platform.md#first-audit-of-the-bundles-calls).
    if (file && !driveFileId(file) && !/^https?:\/\//i.test(file))
      reader.problem(row, 'file', [say('notDriveLink', { value: cut(file) })], 'warning', owner);
    const issuedOn = (issued as { value: string }).value;
    const dueOn = (due as { value: string | null }).value;
    invoices.push({
      row,
      invoice: number,
      client: client!.name,
      issued: issuedOn,
      amount: (amount as { value: number }).value,
      currency: currencyText || client!.currency,
      due: dueOn ?? computedDue!,
      dueWasComputed: dueOn === null,
      paidOn: (paidOn as { value: string | null }).value,
      file,
      reminderStage: (stage as { value: number | null }).value ?? 0,
      lastReminder: (last as { value: string | null }).value,
      notes: readText(cell('notes'), timeZone),
      sentOn: sent.ok ? sent.value : null,
      creditOf: creditOf || null,
      withdrawnOn: withdrawn.ok ? withdrawn.value : null,
    });
  }
  return invoices;
}
