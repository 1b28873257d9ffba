// Close the month and the morning reminders: the cover email the client reads (messages whose
// inserted values are isolated and escaped when rendered; server side, `Words.cover`), and the
// sidebar's lines (`{name}` marks a value, counted phrases are plural forms chosen by
// Intl.PluralRules; `UiWords.monthEnd`).

import type { Reason, StepName, StepState } from '../../month-end/types';
import type { Msg } from '../core/msg';
import type { Plural } from './problems';

/** The cover email that carries the month's report and invoice. */
export interface CoverWords {
  subject: (month: string) => Msg;
  /** The opening paragraph when both PDFs are attached. */
  body: (month: string) => Msg;
  /** The invoice in one sentence: its number, amount and due day. */
  invoice: (invoice: string, amount: string, due: string) => Msg;
  /**
   * Israel's demand for payment (חשבון עסקה), where the language names it otherwise than its invoice
   * (src/domain/month-end/cover-mail.ts). Its subjects are matched like the invoice's.
   */
  demand?: Partial<Pick<CoverWords, 'subject' | 'body' | 'invoice'>>;
}

export interface MonthEndWords {
  title: string;
  help: string;
  month: string;
  show: string;
  loading: string;
  empty: string;
  allDone: string;
  steps: Record<StepName, string>;
  states: Record<StepState, string>;
  /**
   * Each reason as a phrase after the step's name, its values by the reason's own field names; a
   * counted phrase's form is chosen by `n`, else by `hours`.
   */
  reasons: Record<Reason['code'], string | Plural>;
  /** The stage names used in the invoice-chased reason. */
  stages: [string, string, string];
  redo: string;
  start: Plural;
  nothingTicked: string;
  /** Which client is being closed, and how many are left after it (`n`). */
  progress: Plural;
  progressLast: string;
  clientDone: string;
  stopped: string;
  resultTitle: string;
  openDraft: string;
  openReport: string;
  openInvoice: string;
  notAttached: string;
}

export interface MorningWords {
  title: string;
  help: string;
  permission: string;
  turnOn: string;
  turnOff: string;
  turningOn: string;
  turningOff: string;
  on: string;
  off: string;
  stops: string;
  since: Plural;
  line: string;
  waited: Plural;
  more: Plural;
  failed: string;
  missed: Plural;
  nothingSince: string;
}

/** The sidebar's two sections. */
export interface MonthEndUiWords {
  close: MonthEndWords;
  mornings: MorningWords;
}
