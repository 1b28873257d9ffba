// The monthly value report (a Google Doc the client reads): every heading and sentence, as functions
// of typed values. The words are in src/domain/messages/<language>/report.ts.

import type { Msg } from '../core/msg';

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

export interface ReportWords {
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
