// The shape every language's catalogue fills: each client-facing message as a function of typed
// parameters. All wording of a language lives in its own file (en.ts, nb.ts, is.ts, he.ts, ja.ts)
// and its style note (docs/language/*.md); nothing here or in the renderers is language-specific.

import type { BillingRhythm, Language, Weekday } from '../types';
import type { Msg } from '../messages/core/msg';
import type { PluralForms } from '../messages/core/plural';

/** A calendar day cut into the pieces a date range needs, as Intl writes them in a long date. */
export interface DayParts {
  /** The whole date, as Intl's long date style writes it: "18 November 2026". */
  full: string;
  day: string;
  /** The month as written inside a long date (Hebrew "בנובמבר", Icelandic "nóvember"). */
  month: string;
  year: string;
  monthNumber: number;
  yearNumber: number;
}

/**
 * Where a goal stands, numbers already formatted. `…Qty` carries the unit from the Goals tab
 * ("320 subscribers", "63 % abandonment"); the bare forms carry only a percent sign when the unit
 * starts with one ("320", "63 %"), so a catalogue names the unit once.
 */
export interface Progress {
  now: string;
  nowQty: string;
  target: string;
  targetQty: string;
  /** Baseline, or null when the sheet gives none. */
  start: string | null;
  startQty: string | null;
  /** The target is below the baseline: the goal is to bring the number down. */
  lowerIsBetter: boolean;
  /** How the value moved from the baseline; null with no baseline. */
  change: 'up' | 'down' | 'same' | null;
  /** Share of the way from baseline to target ("53 %"), or null when it cannot be told. */
  share: string | null;
  /** The target is reached (share 100 %, or the goal is marked achieved). */
  reached: boolean;
}

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

export interface ReportCatalogue {
  /** A line naming the client above the title, where the language expects one (Japanese 御中), else null. */
  addressee: (client: string, person: boolean) => Msg | null;
  /** The document's heading. `person`: the client is a person rather than a company. */
  title: (client: string, month: string, person: boolean) => Msg;
  /** The Drive file name. */
  docName: (client: string, month: string, person: boolean) => Msg;
  /** "Prepared by": either may be ''. */
  preparedBy: (person: string, business: string) => Msg;
  summary: (p: { month: string; hours: number; tasks: number; goalShare: string }) => Msg;
  summaryNoWork: (month: string) => Msg;
  goalsHeading: Msg;
  progress: (p: Progress) => Msg;
  targetOnly: (target: string) => Msg;
  currentOnly: (now: string) => Msg;
  due: (date: string) => Msg;
  achieved: Msg;
  noWorkOnGoal: (month: string) => Msg;
  columnDate: Msg;
  columnWork: Msg;
  columnResult: Msg;
  columnBenefit: Msg;
  otherHeading: Msg;
  otherIntro: Msg;
  noImportantWork: (month: string) => Msg;
  routine: (tasks: number, hours: number) => Msg;
  timeHeading: Msg;
  columnCategory: Msg;
  columnHours: Msg;
  columnCost: Msg;
  aRow: Msg;
  bRow: Msg;
  total: Msg;
  nonBillable: (hours: number) => Msg;
  rate: (rate: string) => Msg;
  /** The month's deadlines delivered on or before the day, of those due ("12 of 13"). */
  deadlinesKept: (onTime: number, due: number) => Msg;
  /** The time split bar's legend: hours on the client's goals (the other two are aRow and bRow). */
  splitGoals: Msg;
}

export interface MailCatalogue {
  /**
   * The salutation lines. `name`: the Clients tab's Greeting name ('' when blank); `contact` and
   * `client` for languages that address the company and the person on separate lines.
   */
  greeting: (g: { name: string; contact: string; client: string }) => Msg[];
  /** A first paragraph where the language expects one (Japanese business mail), else null. */
  intro: (sender: string, business: string, kind: 'first' | 'returning') => Msg | null;
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
}

export interface Catalogue {
  language: Language;
  /** The BCP 47 locale Intl formats numbers and dates with. */
  locale: string;
  /** Written right to left: every inserted value is bidi-isolated when rendered. */
  rtl: boolean;
  /**
   * A time zone's generic name ("Central European Time") is used only when it names a time: some
   * languages' CLDR data gives a bare country for a few zones (Icelandic "Bretland" for London),
   * and then the standard-time name is used. Absent: every generic name is taken.
   */
  zoneNameIsTime?: RegExp;
  /**
   * Every counted noun phrase the catalogue uses, exposed so tests can check that each gives a form
   * for every plural category the language has. A language may add its own (Icelandic cases).
   */
  nouns: Readonly<Record<string, PluralForms>>;
  /** Money as the language writes it; `intl` is Intl's currency format, the usual answer. */
  money: (amount: number, currency: string, intl: string) => string;
  /** A value with its unit from the Goals tab: "320 subscribers", "12 % growth", "320人". */
  quantity: (value: string, unit: string) => string;
  /** Two different days, month and year written once where they are shared. */
  dateRange: (from: DayParts, to: DayParts) => string;
  report: ReportCatalogue;
  mail: MailCatalogue;
}
