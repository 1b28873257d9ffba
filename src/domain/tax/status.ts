// An invoice's place in its lifecycle (src/domain/tax/lifecycle.ts), read from the Invoices tab: Sent on,
// Withdrawn on, and a credit note's row whose Credit note for names it. One place, so reminders, health,
// the month-end plan and the number series all agree on what a row owes. Pure.

import { matchKey } from '../match-key';
import type { Invoice } from '../types';
import { type InvoiceStatus, invoiceState } from './lifecycle';

/** The credit note that cancels each invoice, by the invoice's match key. */
export function creditNotesByInvoice(invoices: readonly Invoice[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const i of invoices)
    if (i.creditOf && !found.has(matchKey(i.creditOf))) found.set(matchKey(i.creditOf), i.invoice);
  return found;
}

/** A function giving each row's status; the credit notes are looked up once. */
export function statusReader(invoices: readonly Invoice[]): (invoice: Invoice) => InvoiceStatus {
  const credits = creditNotesByInvoice(invoices);
  return (invoice) => ({
    // Paid or chased means the client has it even where Sent on is blank (a sheet from before the column,
    // or a date not filled in): the issue date stands in for the day it went out, so it is fixed, and a
    // credit note, not a remake or a withdrawal, corrects it.
    sentOn: invoice.sentOn ?? (invoice.paidOn || invoice.reminderStage > 0 ? invoice.issued : null),
    creditedBy: credits.get(matchKey(invoice.invoice)) ?? null,
    withdrawn: Boolean(invoice.withdrawnOn),
  });
}

/**
 * Rows that owe nothing whatever their Due and Paid on say: a credit note's own row, an invoice a credit
 * note cancels, and one withdrawn before it went out. Never chased, never overdue, never outstanding.
 */
export function owesNothing(invoices: readonly Invoice[]): (invoice: Invoice) => boolean {
  const status = statusReader(invoices);
  return (invoice) => {
    if (invoice.creditOf) return true;
    const state = invoiceState(status(invoice));
    return state === 'credited' || state === 'withdrawn';
  };
}
