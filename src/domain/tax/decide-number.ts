// Which number an invoice gets when the freelancer asks for it: the same number again while the earlier
// one is still a draft (made, not sent), else the next number of the series; never a change to an
// invoice the client already has. Pure.

import { type InvoiceStatus, invoiceState } from './lifecycle';
import { type IssueInput, type IssueNote, type PatternProblem, issueNumber } from './series';

export interface EarlierInvoice {
  number: string;
  status: InvoiceStatus;
  paid: boolean;
  /** Reminders drafted so far. */
  reminderStage: number;
}

export type NumberDecision =
  /** Made again under its number: the Doc and PDF are replaced, the row updated. */
  | { kind: 'remake'; number: string }
  /** A new number from the series; the counter moves to `nextCounter`. */
  | { kind: 'new'; number: string; nextCounter: number; notes: IssueNote[] }
  /** The client has it (sent, paid or chased): only a credit note corrects it now. */
  | { kind: 'refuse'; number: string; reason: 'sent' | 'paid' | 'chased' }
  | { kind: 'pattern'; problem: PatternProblem; placeholder: string };

/**
 * `earlier` is the invoice the add-on made for the same client and period before (found by its key in
 * Drive, or by the Tasks marks), or null. A credited or withdrawn one gives way to a new number.
 */
export function decideNumber(earlier: EarlierInvoice | null, issue: IssueInput): NumberDecision {
  if (earlier) {
    if (earlier.paid) return { kind: 'refuse', number: earlier.number, reason: 'paid' };
    if (earlier.reminderStage > 0) return { kind: 'refuse', number: earlier.number, reason: 'chased' };
    const state = invoiceState(earlier.status);
    if (state === 'sent') return { kind: 'refuse', number: earlier.number, reason: 'sent' };
    if (state === 'draft') return { kind: 'remake', number: earlier.number };
  }
  const issued = issueNumber(issue);
  if (!issued.ok) return { kind: 'pattern', problem: issued.problem, placeholder: issued.placeholder };
  return { kind: 'new', number: issued.number, nextCounter: issued.nextCounter, notes: issued.notes };
}
