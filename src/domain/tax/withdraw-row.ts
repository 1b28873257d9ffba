// Withdraw invoice, planned from the tracker as read: an invoice made but not yet sent is withdrawn, its
// number kept in the Invoices tab with Withdrawn on filled (never issued again: the series shows no gap,
// src/domain/tax/lifecycle.ts) and its tasks returned to unbilled. Once the client may have it (sent,
// chased, paid) only a credit note corrects it. Pure: the action reads once, writes once.

import { matchKey } from '../match-key';
import type { Invoice, LocalDate, Tracker } from '../types';
import { billedTaskRows } from './credit-row';
import { invoiceState } from './lifecycle';
import { creditNotesByInvoice, statusReader } from './status';

export type WithdrawRefusal = 'no-such-invoice' | 'is-credit-note' | 'sent' | 'paid' | 'chased' | 'credited';

export interface WithdrawPlan {
  invoice: Invoice;
  /** The day in Withdrawn on: today, or the day it was withdrawn before. */
  withdrawnOn: LocalDate;
  /** False when it was withdrawn before: nothing new is written but stray task marks. */
  write: boolean;
  /** Tasks rows still marked with its number: their Invoice cells are cleared. */
  taskRows: number[];
}

export type WithdrawResultPlan =
  | { ok: true; plan: WithdrawPlan }
  | { ok: false; refusal: WithdrawRefusal; invoice?: Invoice; credit?: string };

export function planWithdraw(tracker: Tracker, number: string, today: LocalDate): WithdrawResultPlan {
  const invoice = tracker.invoices.find((i) => matchKey(i.invoice) === matchKey(number));
  if (!invoice) return { ok: false, refusal: 'no-such-invoice' };
  if (invoice.creditOf) return { ok: false, refusal: 'is-credit-note', invoice };
  const taskRows = billedTaskRows(tracker, invoice.invoice);
  const state = invoiceState(statusReader(tracker.invoices)(invoice));
  // Twice is harmless: the first day stays, and the second run reports what the first did.
  if (state === 'withdrawn')
    return { ok: true, plan: { invoice, withdrawnOn: invoice.withdrawnOn!, write: false, taskRows } };
  if (state === 'credited')
    return {
      ok: false,
      refusal: 'credited',
      invoice,
      credit: creditNotesByInvoice(tracker.invoices).get(matchKey(invoice.invoice)) ?? '',
    };
  // Paid and chased first: their messages say how the client has it, where Sent on may be blank.
  if (invoice.paidOn) return { ok: false, refusal: 'paid', invoice };
  if (invoice.reminderStage > 0) return { ok: false, refusal: 'chased', invoice };
  if (state === 'sent') return { ok: false, refusal: 'sent', invoice };
  return { ok: true, plan: { invoice, withdrawnOn: today, write: true, taskRows } };
}
