// The score over time: the value score of each of the last six months, so the freelancer competes
// with their earlier self; the B tasks that recur most (candidates to delegate); and each goal's
// estimated hours against the hours spent so far. The freelancer's private view only. Pure.

import { sameName } from '../match-key';
import { monthRange } from '../dates';
import type { Month, ScoreWeights, Task, Tracker } from '../types';

export interface MonthScore {
  month: Month;
  hours: number;
  /** Null for a month with no hours: nothing to score. */
  score: number | null;
}

export interface RecurringTask {
  /** The task as first written; grouped by its text in lower case with spaces folded. */
  task: string;
  times: number;
  hours: number;
}

export interface GoalEstimate {
  goal: string;
  estimate: number;
  actual: number;
  /** actual ÷ estimate; above 1 is over the estimate. */
  share: number;
}

const hundredths = (tasks: readonly Task[]) => tasks.reduce((sum, t) => sum + Math.round(t.hours * 100), 0);

/** The same formula as the private view: weighted share of hours, 0 to 100. */
export function valueScore(tasks: readonly Task[], weights: ScoreWeights): number | null {
  const total = hundredths(tasks);
  const top = Math.max(weights.goal, weights.a, weights.b);
  if (total === 0 || top <= 0) return null;
  const goal = hundredths(tasks.filter((t) => t.goal !== ''));
  const a = hundredths(tasks.filter((t) => t.goal === '' && t.mark === 'A'));
  const b = hundredths(tasks.filter((t) => t.goal === '' && t.mark === 'B'));
  return Math.round((100 * (goal * weights.goal + a * weights.a + b * weights.b)) / (total * top));
}

/** The month `n` months before `month`. */
export function monthsBack(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function tasksOf(tracker: Tracker, client: string, first: string, last: string): Task[] {
  return tracker.tasks.filter((t) => sameName(t.client, client) && t.date >= first && t.date <= last);
}

/** Scores of the six months ending with `month`, oldest first. */
export function scoreHistory(tracker: Tracker, client: string, month: Month, months = 6): MonthScore[] {
  const history: MonthScore[] = [];
  for (let n = months - 1; n >= 0; n--) {
    const m = monthsBack(month, n);
    const { first, last } = monthRange(m);
    const tasks = tasksOf(tracker, client, first, last);
    history.push({
      month: m,
      hours: hundredths(tasks) / 100,
      score: valueScore(tasks, tracker.settings.scoreWeights),
    });
  }
  return history;
}

/** B tasks done at least twice in the six months ending with `month`, most time first. */
export function recurringBTasks(tracker: Tracker, client: string, month: Month, months = 6): RecurringTask[] {
  const first = monthRange(monthsBack(month, months - 1)).first;
  const last = monthRange(month).last;
  const groups = new Map<string, { task: string; times: number; hours: number }>();
  for (const t of tasksOf(tracker, client, first, last)) {
    if (t.goal !== '' || t.mark !== 'B') continue;
    const key = t.task.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!key) continue;
    const group = groups.get(key) ?? { task: t.task.trim(), times: 0, hours: 0 };
    group.times += 1;
    group.hours += Math.round(t.hours * 100);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.times >= 2)
    .map((g) => ({ ...g, hours: g.hours / 100 }))
    .sort((a, b) => b.hours - a.hours || b.times - a.times || (a.task < b.task ? -1 : 1));
}

/** Goals with an estimate of hours: the estimate against all hours logged on the goal up to `last`. */
export function goalEstimates(
  tracker: Tracker,
  client: string,
  estimates: ReadonlyMap<string, number>,
  last: string,
): GoalEstimate[] {
  const out: GoalEstimate[] = [];
  for (const goal of tracker.goals) {
    if (!sameName(goal.client, client)) continue;
    const estimate = estimates.get(goal.goal);
    if (estimate === undefined || !(estimate > 0)) continue;
    const actual =
      hundredths(
        tracker.tasks.filter((t) => sameName(t.client, client) && t.goal === goal.goal && t.date <= last),
      ) / 100;
    out.push({ goal: goal.goal, estimate, actual, share: Math.round((actual / estimate) * 100) / 100 });
  }
  return out;
}
