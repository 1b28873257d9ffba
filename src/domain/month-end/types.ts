// The plain types Close the month shares with the message tree and the mail: why a step is as it is,
// what changed since, and the invoice a cover email carries. Kept apart from the code so the words
// can name them without importing what computes them.

import type { LocalDate, Month } from '../types';

/** What changed between a recorded stamp and the month now, as codes the message tree words. */
export type WorkChange =
  | { code: 'tasks-added'; n: number }
  | { code: 'tasks-removed'; n: number }
  | { code: 'tasks-edited' }
  | { code: 'goals-edited' };

/** Why a step is as it is, or what stands in its way. Every value is plain data (google.script.run). */
export type Reason =
  | WorkChange
  | { code: 'month-not-over'; month: Month; lastDay: LocalDate }
  | { code: 'no-hourly-rate'; row: number }
  | { code: 'unclassified-tasks'; n: number; rows: number[] }
  | { code: 'rows-left-out'; n: number; rows: number[] }
  | { code: 'no-email'; row: number }
  | { code: 'no-billable-hours' }
  | { code: 'hours-unbilled'; hours: number }
  | { code: 'hours-next-invoice'; hours: number }
  | { code: 'invoice-paid'; invoice: string; row: number; paidOn: LocalDate }
  | { code: 'invoice-chased'; invoice: string; row: number; stage: number }
  | { code: 'invoice-sent'; invoice: string; row: number; sentOn: LocalDate }
  | { code: 'report-first' }
  | { code: 'invoice-first' }
  | { code: 'mailed-without-invoice' }
  | { code: 'attachments-changed' };

/**
 * make: nothing yet, it will be made. done: made, and nothing it shows changed since. redo: made,
 * and changed since: offered, made again only when asked. blocked: cannot be made (see reasons).
 * none: nothing to make (no billable hours: no invoice).
 */
export type StepState = 'make' | 'done' | 'redo' | 'blocked' | 'none';

/** The three things a client gets when a month is closed. */
export type StepName = 'report' | 'invoice' | 'draft';

export interface CoverInvoice {
  invoice: string;
  /** Formatted in the client's language and the invoice's currency. */
  amount: string;
  due: string;
}
