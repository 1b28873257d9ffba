// The Gmail drafts to the client (report, update, payment reminders, terms, check-in, new rate).
// The words are in src/domain/messages/<language>/mail.ts.

import type { BillingRhythm, Weekday } from '../../types';
import type { Msg } from '../core/msg';

/** Working days and hours as Settings give them; the zone's name already in the language. */
export interface WorkingHoursText {
  days: readonly Weekday[];
  /** Minutes after midnight. */
  start: number;
  end: number;
  zoneName: string;
}

export interface PaymentFacts {
  invoice: string;
  amount: string;
  issued: string;
  due: string;
  /** Payment terms in days from the invoice date; 0 means on receipt. */
  terms: number;
  /** The final reminder's pay-by day, formatted; null when it is not known. */
  payBy: string | null;
}

export interface TaskLine {
  task: string;
  result: string;
  /** The goal the task served, '' for other work. */
  goal: string;
}

export interface MailWords {
  /**
   * The salutation lines. `name`: the Clients tab's Greeting name ('' when blank); `contact` and
   * `client` for languages that address the company and the person on separate lines.
   */
  greeting: (g: { name: string; contact: string; client: string }) => Msg[];
  /**
   * A first paragraph where the language expects one (Japanese business mail), else null. `new-year`:
   * the letter is written in the New Year season and opens with its greeting.
   */
  intro: (sender: string, business: string, kind: 'first' | 'returning' | 'new-year') => Msg | null;
  closing: Msg;
  paymentSubject: (stage: 1 | 2 | 3, invoice: string) => Msg;
  paymentBody: (stage: 1 | 2 | 3, f: PaymentFacts) => Msg[];
  attachedNote: Msg;
  linkNote: Msg;
  reportSubject: (month: string) => Msg;
  reportBody: (month: string) => Msg;
  reportGoals: Msg;
  reportGoalLine: (goal: string, progress: Msg) => Msg;
  reportOutro: Msg;
  /** `period`: one day or a range, already written by `dateRange`. */
  updateSubject: (period: string) => Msg;
  updateIntro: (period: string, oneDay: boolean) => Msg;
  updateGoalWork: Msg;
  updateOtherWork: Msg;
  taskLine: (t: TaskLine) => Msg;
  updateOutro: Msg;
  termsSubject: Msg;
  termsIntro: Msg;
  terms: {
    rate: (rate: string) => Msg;
    payment: (days: number) => Msg;
    billing: (rhythm: BillingRhythm) => Msg;
    deposit: (percent: string) => Msg;
    hours: (h: WorkingHoursText) => Msg;
    response: (amount: number, unit: 'hours' | 'days') => Msg;
    /** The ways to reach the freelancer (email, phone), each as written in Settings. */
    reach: (ways: string[]) => Msg;
  };
  termsOutro: Msg;
  checkInSubject: Msg;
  checkInBody: Msg[];
  /**
   * The new rate may be left out (Japanese); when it is, a later change of rate with the same start
   * day is not proposed again automatically, since the Drafts tab knows a proposal by its subject.
   */
  rateSubject: (rate: string, from: string) => Msg;
  rateBody: (oldRate: string, newRate: string, from: string) => Msg[];
  /**
   * Israel's demand for payment (חשבון עסקה) is not an invoice (src/domain/tax/countries.ts): where these
   * words name the document, the demand's name it instead. A language without them names it as its
   * invoice words do (src/domain/mail/mail-words.ts).
   */
  demand?: DemandMailWords;
}

/** The mail words that name the invoice, which a demand for payment may say its own way. */
export type DemandMailWords = Partial<
  Pick<MailWords, 'paymentSubject' | 'paymentBody' | 'attachedNote' | 'linkNote'> & {
    terms: Partial<Pick<MailWords['terms'], 'payment' | 'billing'>>;
  }
>;
