// The freelancer's records as the domain sees them: plain data, no Apps Script types, safe to send
// through google.script.run (dates are ISO strings, never Date objects).

import type { DraftKind } from './draft-kind';
import type { Say } from './messages/shapes/problems';
import type { TaxTreatment } from './tax/treatment';

/** A calendar day in the spreadsheet's time zone, written YYYY-MM-DD. Sorts as text. */
export type LocalDate = string;

/** A calendar month, written YYYY-MM. */
export type Month = string;

import type { Language } from './messages/languages';

export { LANGUAGES, type Language } from './messages/languages';

export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'none'] as const;
export type Cadence = (typeof CADENCES)[number];

// A lead is a prospect: counted for the pipeline, never reported on or reminded.
export const CLIENT_STATUSES = ['lead', 'active', 'paused', 'ended'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MARKS = ['A', 'B'] as const;

/** How often the freelancer invoices; each catalogue words it in its language. */
export const BILLING_RHYTHMS = [
  'month-end',
  'month-start',
  'fortnightly',
  'weekly',
  'project-end',
  'milestones',
] as const;
export type BillingRhythm = (typeof BILLING_RHYTHMS)[number];

/** ISO weekday: Monday 1 … Sunday 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Working days and hours, stated to clients with their time zone. */
export interface WorkingHours {
  days: Weekday[];
  /** Minutes after midnight. */
  start: number;
  end: number;
  timeZone: string;
}

export interface ResponseTime {
  amount: number;
  unit: 'hours' | 'days';
}
export type Mark = (typeof MARKS)[number];

/** A problem found in the sheet. Row numbers are as Sheets shows them (header = row 1). */
export interface Diagnostic {
  sheet: string;
  row: number;
  column: string;
  /** What is wrong and what to do, as sentences any UI language can say (problems/). */
  says: Say[];
  /** The same in English: for the local runner, logs and tests. */
  message: string;
  /** error: the row is left out of reports and reminders. warning: the row is used, but look at it. */
  severity: 'error' | 'warning';
  /** The client the row belongs to, when the row names one: lets a report list only its own rows. */
  client?: string;
  /** 'tab': the whole tab could not be read (missing, no header row, a required column missing). */
  scope?: 'tab';
}

export interface Client {
  row: number;
  name: string;
  contact: string;
  /** How mail addresses the contact ("Olivia", "山口"); '' gives a greeting without a name. */
  greetingName: string;
  email: string;
  language: Language | '';
  currency: string;
  hourlyRate: number | null;
  paymentTermsDays: number;
  cadence: Cadence;
  timeZone: string;
  status: ClientStatus;
  notes: string;
  /** Proposed new hourly rate and the day it starts (for the rate-change draft). */
  newRate: number | null;
  newRateFrom: LocalDate | null;
  /** The agreed estimate for the work (an amount in the client's currency), for a deposit invoice. */
  estimate?: number | null;
  /** The share of the estimate billed before work starts, in percent (10 when blank). */
  depositPercent?: number;
  /** The day the client agreed the terms; blank until then (a terms email is offered to new clients). */
  termsConfirmed: LocalDate | null;
  /** The buyer for tax (src/domain/tax), as typed; checked when an invoice is made. */
  address?: string;
  country?: string;
  orgNumber?: string;
  vatNumber?: string;
  /** Blank ('') means the add-on's suggestion. */
  taxTreatment?: TaxTreatment | '';
}

export interface Goal {
  row: number;
  client: string;
  goal: string;
  priority: number;
  target: number | null;
  unit: string;
  baseline: number | null;
  current: number | null;
  due: LocalDate | null;
  status: GoalStatus;
  /** Hours the freelancer expects the goal to take (private view only). */
  estimate: number | null;
}

export interface Task {
  row: number;
  date: LocalDate;
  client: string;
  task: string;
  /** The goal's text exactly as in the Goals tab, or '' for a marked task. */
  goal: string;
  mark: Mark | '';
  hours: number;
  result: string;
  benefit: string;
  billable: boolean;
  deadline: LocalDate | null;
  delivered: LocalDate | null;
  /** The number of the invoice the add-on billed this task on; '' while unbilled. */
  invoice?: string;
}

export interface Invoice {
  row: number;
  invoice: string;
  client: string;
  issued: LocalDate;
  amount: number;
  currency: string;
  /** Due as written, or Issued plus the client's payment terms when blank. */
  due: LocalDate;
  dueWasComputed: boolean;
  paidOn: LocalDate | null;
  file: string;
  reminderStage: number;
  lastReminder: LocalDate | null;
  notes: string;
  /** The day it went to the client: from then on it is fixed (a credit note corrects it). */
  sentOn?: LocalDate | null;
  /** On a credit note's row: the number of the invoice it credits in full (that invoice is credited). */
  creditOf?: string | null;
  /** Withdrawn before it was sent (Withdraw invoice): its number stays here, never reused, and it owes nothing. */
  withdrawnOn?: LocalDate | null;
}

export interface ScoreWeights {
  goal: number;
  a: number;
  b: number;
}

export interface Settings {
  yourName: string;
  businessName: string;
  yourEmail: string;
  phone: string;
  emailSignature: string;
  defaultLanguage: Language;
  defaultCurrency: string;
  reportFolder: string;
  reminderDays: number[];
  scoreWeights: ScoreWeights;
  /** The terms email states only what is set here; null leaves the line out. */
  billingRhythm: BillingRhythm | null;
  /** Deposit as a percentage of the agreed price. */
  depositPercent: number | null;
  workingHours: WorkingHours | null;
  responseTime: ResponseTime | null;
  /** Invoices the add-on makes (src/domain/invoice): number pattern, lines, and what they print. */
  invoiceNumber?: string;
  invoiceLines?: 'group' | 'task';
  businessAddress?: string;
  paymentDetails?: string;
  taxNote?: string;
  /** Minutes the timer rounds its hours to (src/domain/timer.ts); a quarter hour unless set. */
  timerRounding?: number;
  /** The seller for tax (src/domain/tax): as typed; checked when an invoice is made. */
  nextInvoiceNumber?: number | null;
  businessCountry?: string;
  orgNumber?: string;
  vatRegistered?: boolean;
  vatNumber?: string;
  /** Percent; null: the country's standard rate. */
  vatRate?: number | null;
  foretaksregisteret?: boolean;
  /** Units of the seller's currency per unit of each other currency, by ISO code. */
  exchangeRates?: Record<string, number>;
}

export interface ReportLogEntry {
  row: number;
  client: string;
  month: Month;
  link: string;
  docId: string;
  generated: string;
  /** What the month's work looked like when the report was made (month-end/work-stamp.ts); '' before stamps. */
  stamp?: string;
}

export interface DraftLogEntry {
  row: number;
  date: LocalDate;
  kind: DraftKind;
  client: string;
  invoice: string;
  stage: number | null;
  to: string;
  subject: string;
  draftId: string;
}

export { DRAFT_KINDS, type DraftKind } from './draft-kind';

/** Everything read from the tracking sheet, parsed, with the problems found on the way. */
export interface Tracker {
  clients: Client[];
  goals: Goal[];
  tasks: Task[];
  invoices: Invoice[];
  settings: Settings;
  reports: ReportLogEntry[];
  drafts: DraftLogEntry[];
  diagnostics: Diagnostic[];
  /**
   * Set when the Invoices tab has no Reminder stage or Last reminder column: a chaser drafted then
   * could not be recorded, so none is drafted (this says why and what to do).
   */
  paymentsBlocked?: Diagnostic;
}
