// What crosses google.script.run for the month's work beyond a single action: closing the month,
// the morning reminders, classifying tasks, the timer and importing time entries. Re-exported by
// server-api.ts, where ServerApi names the calls; the same rule holds: no Date ever crosses.

import type { Diagnostic, Language, LocalDate, Month } from './domain/types';
import type { Reason, StepName, StepState } from './domain/month-end/close-plan';
import type { SinceSeen } from './domain/month-end/mornings';
import type { ClassifyChoice, ClassifyList, SkipReason } from './domain/method/classify';
import type { TimerState } from './domain/timer';

export interface MonthEndRequest {
  /** YYYY-MM; the last month when missing. */
  month?: string;
  ui?: Language;
}

export interface CloseClientRequest {
  month: string;
  client: string;
  /** Also make again what changed since it was made (offered, never done unasked). */
  redo?: boolean;
  ui?: Language;
}

export interface CloseClientResult {
  client: string;
  month: Month;
  report: { link: string; pdfLink: string; replaced: boolean } | null;
  invoice: { number: string; link: string; pdfLink: string; amountText: string; replaced: boolean } | null;
  draft: { subject: string; to: string; link: string; draftId: string } | null;
  /** The steps not run this time, as the plan had them: done, offered for a redo, or in the way. */
  skipped: { step: StepName; state: StepState; reasons: Reason[] }[];
  /** Files the cover email could not carry, and why in plain words: attach them before sending. */
  notAttached: string[];
}

export interface MorningStatus {
  on: boolean;
  /** The trigger runs between this hour and the next, in the spreadsheet's time zone. */
  hour: number;
  timeZone: string;
  /** What the mornings prepared since the sidebar last showed it (shown once, then marked seen). */
  since: SinceSeen;
  /** Mornings since the last run that finished, on which none did. */
  missed: number;
}

export interface ClassifyListRequest {
  month: Month;
  /** The sidebar's language, for a refusal. */
  ui?: Language;
}

export interface ClassifySaveRequest {
  /** The month listed: the answer lists it again after saving. */
  month: Month;
  /** One per task the freelancer chose for, with the version it was listed with. */
  choices: ClassifyChoice[];
  ui?: Language;
}

export interface ClassifySaveResult {
  /** Goal or Mark cells written. */
  written: number;
  /** Choices not written, and why: a row changed since it was listed is never overwritten. */
  skipped: { row: number; reason: SkipReason }[];
  /** The month's tasks still without goal or mark, after saving. */
  list: ClassifyList;
  /** The sheet's problems after saving, for the sidebar's list. */
  problems: Diagnostic[];
}

/** A running timer as the sidebar shows it; `start` in milliseconds since 1970. */
export type TimerView = TimerState;

export interface TimerStatus {
  running: TimerView | null;
  /** The server's clock (ms): the sidebar counts elapsed time from it, not from the browser's. */
  now: number;
  /** The stored timer could not be read: the sidebar offers to discard it. */
  unreadable?: boolean;
}

export interface TimerStartRequest {
  client: string;
  task?: string;
  /** Ticked unless said otherwise. */
  billable?: boolean;
  ui?: Language;
}

/** `running`: another timer runs already (named), nothing changed. */
export interface TimerStartResult {
  kind: 'started' | 'running';
  timer: TimerView;
  now: number;
}

export interface TimerStopRequest {
  /** The hours to write, answering `confirm`. */
  hours?: number;
  /** Forget the timer without writing anything. */
  discard?: boolean;
  ui?: Language;
}

export type TimerStopResult =
  | {
      kind: 'written';
      row: number;
      date: LocalDate;
      client: string;
      task: string;
      hours: number;
      billable: boolean;
    }
  /** Ran longer than a day: nothing written; `hours` is the proposal (at most 24). */
  | { kind: 'confirm'; timer: TimerView; elapsedMs: number; hours: number; now: number }
  | { kind: 'discarded' }
  /** No timer was running (stopped elsewhere). */
  | { kind: 'none' };

/** Import time entries: the CSV export's text, read in the browser; a preview unless `write`. */
export interface ImportRequest {
  text: string;
  /** The answer to the date question: day first or month first. */
  dateOrder?: 'dmy' | 'mdy';
  /** Clients the freelancer picked for names in the file; remembered in Clients › Tracker names. */
  clientMap?: { name: string; client: string }[];
  /** false: only the preview; true: the new rows written to Tasks. */
  write: boolean;
  ui?: Language;
}

export interface ImportResult {
  /** Toggl Track, Clockify or Harvest; null when the file is none of them. */
  vendor: string | null;
  /** The spreadsheet's time zone: the zone hours from a start and an end are counted in. */
  timeZone: string;
  new: number;
  skipped: number;
  needsClient: { name: string; entries: number }[];
  /** Lines left out, and problems with the whole file (line 0), said in the UI language. */
  problems: { line: number; message: string }[];
  /** When the dates could be read either way: one of them, and the day each reading makes. */
  askDateOrder: { example: string; dayFirst: LocalDate | null; monthFirst: LocalDate | null } | null;
  hasBillable: boolean;
  /** Client names to offer for a name in the file. */
  clients: string[];
  /** Rows written to Tasks (0 for a preview). */
  written: number;
  /** Rows a confirmation would write now. */
  ready: number;
  /** Names remembered for the next import. */
  remembered: string[];
}
