// Issued means fixed. Until the invoice has gone to the client (Sent on) it may be made again under its
// number; afterwards the lawful correction is a credit note that cites it and credits it in full, never a
// changed invoice: Norway's kreditnota [N8], Iceland's kreditreikningur [P9], Israel's חשבונית זיכוי
// [L3, L10], the UK's credit note [U7], EU art. 219 [E1]. A number issued and withdrawn before it was sent
// stays in the Invoices tab, marked, so the series shows no gap [N1: kept "makulert"]. Pure.

import type { LocalDate } from '../types';
import type { TaxTotals } from './compute';
import { DEFAULT_CREDIT_PATTERN, type IssueInput, type PatternProblem, issueNumber } from './series';

export type InvoiceState =
  /** Made, not yet sent: may be made again under the same number, or withdrawn. */
  | 'draft'
  /** Sent to the client: fixed; only a credit note corrects it. */
  | 'sent'
  /** Cancelled in full by a credit note: no reminder is drafted for it. */
  | 'credited'
  /** Withdrawn before it was sent: its number stays in the register, marked, never reused. */
  | 'withdrawn';

export interface InvoiceStatus {
  sentOn: LocalDate | null;
  /** The credit note that cancels it, if any. */
  creditedBy: string | null;
  withdrawn: boolean;
}

export function invoiceState(status: InvoiceStatus): InvoiceState {
  if (status.creditedBy) return 'credited';
  if (status.withdrawn) return 'withdrawn';
  return status.sentOn ? 'sent' : 'draft';
}

/** Create invoice may replace the Doc and PDF under the same number. */
export const mayRemake = (s: InvoiceStatus) => invoiceState(s) === 'draft';
/** Create credit note is offered. */
export const mayCredit = (s: InvoiceStatus) => invoiceState(s) === 'sent';
/** A reminder may be drafted (an unpaid, sent invoice that no credit note cancels). */
export const mayRemind = (s: InvoiceStatus) => invoiceState(s) === 'sent';

export interface CreditNotePlan {
  /** The credit note's own number, from the credit-note series. */
  number: string;
  issued: LocalDate;
  /** The invoice it cites, by number and date (art. 219: "specifically and unambiguously"). */
  invoice: { number: string; issued: LocalDate };
  /** The invoice's totals with every amount negated: a full credit. */
  totals: TaxTotals;
}

const negate = (n: number) => (n === 0 ? 0 : -n);

/** The totals of a credit note that cancels an invoice in full: each amount the invoice's, negated. */
export function creditTotals(t: TaxTotals): TaxTotals {
  return {
    netMinor: negate(t.netMinor),
    perRate: t.perRate.map((r) => ({ ...r, baseMinor: negate(r.baseMinor), vatMinor: negate(r.vatMinor) })),
    vatMinor: negate(t.vatMinor),
    totalMinor: negate(t.totalMinor),
    local: t.local && {
      ...t.local,
      perRate: t.local.perRate.map((r) => ({
        ...r,
        baseMinor: negate(r.baseMinor),
        vatMinor: negate(r.vatMinor),
      })),
      vatMinor: negate(t.local.vatMinor),
    },
  };
}

export type CreditRefusal = 'not-sent' | 'already-credited' | 'withdrawn';

/** Why an invoice cannot be credited, or null when it can. */
export function creditRefusal(s: InvoiceStatus): CreditRefusal | null {
  switch (invoiceState(s)) {
    case 'draft':
      return 'not-sent';
    case 'credited':
      return 'already-credited';
    case 'withdrawn':
      return 'withdrawn';
    case 'sent':
      return null;
  }
}

export interface CreditRequest {
  invoice: { number: string; issued: LocalDate; totals: TaxTotals; status: InvoiceStatus };
  /** The credit-note series: its own pattern and counter, never the invoices'. */
  series: Omit<IssueInput, 'pattern'> & { pattern: string };
}

export type CreditPlanResult =
  | { ok: true; plan: CreditNotePlan; nextCounter: number }
  | { ok: false; refusal: CreditRefusal }
  | { ok: false; problem: PatternProblem; placeholder: string };

/** A credit note for a sent invoice: the next number of the credit-note series, the invoice negated. */
export function planCreditNote(request: CreditRequest): CreditPlanResult {
  const refusal = creditRefusal(request.invoice.status);
  if (refusal) return { ok: false, refusal };
  const issued = issueNumber({
    ...request.series,
    pattern: request.series.pattern.trim() || DEFAULT_CREDIT_PATTERN,
  });
  if (!issued.ok) return issued;
  return {
    ok: true,
    nextCounter: issued.nextCounter,
    plan: {
      number: issued.number,
      issued: request.series.issued,
      invoice: { number: request.invoice.number, issued: request.invoice.issued },
      totals: creditTotals(request.invoice.totals),
    },
  };
}
