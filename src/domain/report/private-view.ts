// The freelancer's private view of a month: where the hours went, a value score to beat next month,
// and the B work worth handing to someone else. Never part of the client's report.
//
// Value score = 100 × (goal hours × wg + A hours × wa + B hours × wb) / (total hours × max(wg, wa, wb)).
// With the default weights (goal 1, A 1, B 0) it is simply the share of hours spent on goal and A work.

import { sameName } from '../match-key';
import { monthRange } from '../dates';
import type { DeadlineRecord } from '../method/deadlines';
import {
  type GoalEstimate,
  type MonthScore,
  type RecurringTask,
  goalEstimates,
  recurringBTasks,
  scoreHistory,
} from '../method/score-history';
import type { LocalDate, Month, Tracker } from '../types';
import { buildReport, sum } from './build-report';

export interface DelegateCandidate {
  row: number;
  date: LocalDate;
  task: string;
  hours: number;
}

/** The freelancer's own view: never part of the client's report. */
export interface PrivateView {
  client: string;
  month: Month;
  goalHours: number;
  aHours: number;
  bHours: number;
  totalHours: number;
  /** 0 to 100: weighted share of hours on goal and A work. */
  score: number;
  weights: { goal: number; a: number; b: number };
  delegate: DelegateCandidate[];
  /** The value score of the six months ending with this one, oldest first. */
  history: MonthScore[];
  /** B tasks done at least twice in those six months: candidates to hand to someone else. */
  recurringB: RecurringTask[];
  /** Goals with Goals › Estimate (hours): the estimate against hours logged up to the month's end. */
  estimates: GoalEstimate[];
  /** The month's deadlines: the report shows "N of M on time"; only this view lists the missed ones. */
  deadlines: DeadlineRecord;
}

/** `today` judges deadlines not yet delivered; without it, as at the month's last day. */
export function privateView(
  tracker: Tracker,
  clientName: string,
  month: Month,
  today: LocalDate = monthRange(month).last,
): PrivateView {
  const model = buildReport(tracker, clientName, month, today);
  const name = model.client.name;
  const estimates = new Map<string, number>();
  for (const g of tracker.goals)
    if (sameName(g.client, name) && g.estimate !== null) estimates.set(g.goal, g.estimate);
  const weights = tracker.settings.scoreWeights;
  const goalHours = sum(model.tasks.filter((t) => t.goal !== ''));
  const aHours = sum(model.aTasks);
  const bHours = sum(model.bTasks);
  const totalHours = sum(model.tasks);
  const top = Math.max(weights.goal, weights.a, weights.b);
  const score =
    totalHours > 0 && top > 0
      ? Math.round(
          (100 * (goalHours * weights.goal + aHours * weights.a + bHours * weights.b)) / (totalHours * top),
        )
      : 0;
  return {
    client: model.client.name,
    month,
    goalHours,
    aHours,
    bHours,
    totalHours,
    score,
    weights: { ...weights },
    delegate: [...model.bTasks]
      .sort((a, b) => b.hours - a.hours || a.row - b.row)
      .map((t) => ({ row: t.row, date: t.date, task: t.task, hours: t.hours })),
    history: scoreHistory(tracker, name, month),
    recurringB: recurringBTasks(tracker, name, month),
    estimates: goalEstimates(tracker, name, estimates, monthRange(month).last),
    deadlines: model.deadlines,
  };
}
