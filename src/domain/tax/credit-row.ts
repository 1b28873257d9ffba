// Create credit note, planned from the tracker as read: which invoice, whether it may be credited
// (src/domain/tax/lifecycle.ts), the credit note's number from its own series, the Invoices row that
// records it (amount negative, citing the invoice) and the Tasks rows whose Invoice cell goes back to
// blank, so those hours are billed again. Pure: the action reads once, writes once.

import { matchKey } from '../match-key';
import type { Invoice, LocalDate, Tracker } from '../types';
import { type CreditRefusal, creditRefusal } from './lifecycle';
import { statusReader } from './status';
import { DEFAULT_CREDIT_PATTERN, type PatternProblem, issueNumber } from './series';

export interface CreditRow {
  number: string;
  issued: LocalDate;
  /** The invoice it cancels, by number and date (EU art. 219 "specifically and unambiguously"). */
  invoice: Invoice;
  /** The invoice's amount negated, in the sheet's units. */
  amount: number;
  currency: string;
  /** Tasks rows billed on the invoice: their Invoice cells are cleared. */
  taskRows: number[];
  nextCounter: number;
}

export type CreditRowResult =
  | { ok: true; plan: CreditRow }
  | { ok: false; refusal: CreditRefusal | 'no-such-invoice' | 'is-credit-note' }
  | { ok: false; problem: PatternProblem; placeholder: string };

/** The Tasks rows marked with an invoice's number: credited or withdrawn, their marks are cleared. */
export function billedTaskRows(tracker: Tracker, number: string): number[] {
  return tracker.tasks.filter((t) => t.invoice && matchKey(t.invoice) === matchKey(number)).map((t) => t.row);
}

export function planCreditRow(
  tracker: Tracker,
  number: string,
  today: LocalDate,
  counter: number | null,
): CreditRowResult {
  const invoice = tracker.invoices.find((i) => matchKey(i.invoice) === matchKey(number));
  if (!invoice) return { ok: false, refusal: 'no-such-invoice' };
  if (invoice.creditOf) return { ok: false, refusal: 'is-credit-note' };
  const refusal = creditRefusal(statusReader(tracker.invoices)(invoice));
  if (refusal) return { ok: false, refusal };
  const issued = issueNumber({
    pattern: DEFAULT_CREDIT_PATTERN,
    counter,
    startSetting: null,
    issued: today,
    clientCode: '',
    taken: tracker.invoices.map((i) => i.invoice),
  });
  if (!issued.ok) return issued;
  const taskRows = billedTaskRows(tracker, invoice.invoice);
  return {
    ok: true,
    plan: {
      number: issued.number,
      issued: today,
      invoice,
      amount: invoice.amount === 0 ? 0 : -invoice.amount,
      currency: invoice.currency,
      taskRows,
      nextCounter: issued.nextCounter,
    },
  };
}
