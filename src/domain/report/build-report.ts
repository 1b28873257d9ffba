// The monthly value report as data: goal work under each goal in the client's priority order, then
// the important (A) work, then one line for the routine (B) work, then hours and cost. Pure.

import { cut } from '../cells';
import { say } from '../problems';
import { refuse } from '../problems/render';
import { monthRange } from '../dates';
import { LOCALES, formatMonth } from '../format';
import { type DeadlineRecord, deadlineRecord } from '../method/deadlines';
import type { Client, Diagnostic, Goal, Language, LocalDate, Month, Settings, Task, Tracker } from '../types';
import { catalogue, renderIn } from '../messages/client';
import { goalProgress } from './goal-progress';

export { goalProgress };
import { matchKey } from '../match-key';

export interface GoalSection {
  goal: Goal;
  tasks: Task[];
  hours: number;
  /** Share of the way from baseline to target, 0..1, or null when it cannot be told. */
  progress: number | null;
}

export interface ReportModel {
  client: Client;
  month: Month;
  language: Language;
  currency: string;
  settings: Settings;
  /** Goals shown: open goals always (briefly when no work), others only when worked on. */
  goals: GoalSection[];
  aTasks: Task[];
  bTasks: Task[];
  tasks: Task[];
  excluded: Diagnostic[];
  /** The month's deadlines: the report shows how many were kept; the missed ones stay private. */
  deadlines: DeadlineRecord;
}

export function findClient(tracker: Tracker, name: string): Client {
  const client = tracker.clients.find((c) => matchKey(c.name) === matchKey(name));
  if (!client) {
    const left = tracker.diagnostics.some(
      (d) => d.sheet === 'Clients' && d.severity === 'error' && matchKey(d.client) === matchKey(name),
    );
    refuse(say(left ? 'clientRowProblem' : 'noSuchClient', { client: cut(name) }));
  }
  return client;
}

const byDate = (a: Task, b: Task) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row);

/** `today` judges deadlines not yet delivered; without it, as at the month's last day. */
export function buildReport(
  tracker: Tracker,
  clientName: string,
  month: Month,
  today?: LocalDate,
): ReportModel {
  const client = findClient(tracker, clientName);
  const { first, last } = monthRange(month);
  const tasks = tracker.tasks
    .filter((t) => t.client === client.name && t.date >= first && t.date <= last)
    .sort(byDate);
  const goals = tracker.goals
    .filter((g) => g.client === client.name)
    .sort((a, b) => a.priority - b.priority || a.row - b.row)
    .map((goal) => {
      const own = tasks.filter((t) => t.goal === goal.goal);
      return { goal, tasks: own, hours: sum(own), progress: goalProgress(goal) };
    })
    .filter((section) => section.goal.status === 'open' || section.tasks.length > 0);
  return {
    client,
    month,
    language: client.language || tracker.settings.defaultLanguage,
    currency: client.currency || tracker.settings.defaultCurrency,
    settings: tracker.settings,
    goals,
    aTasks: tasks.filter((t) => t.mark === 'A'),
    bTasks: tasks.filter((t) => t.mark === 'B'),
    tasks,
    excluded: tracker.diagnostics.filter(
      (d) =>
        d.severity === 'error' &&
        ['Tasks', 'Goals', 'Clients'].includes(d.sheet) &&
        matchKey(d.client) === matchKey(client.name),
    ),
    deadlines: deadlineRecord(tracker.tasks, client.name, month, today ?? last),
  };
}

export function sum(tasks: readonly Task[]): number {
  // Sum in hundredths so 0.1 + 0.2 hours adds up as a person would.
  return Math.round(tasks.reduce((total, t) => total + t.hours * 100, 0)) / 100;
}

/** Money rounded to the currency's own minor units (none for JPY and ISK). */
export function roundMoney(amount: number, currency: string, language: Language): number {
  const digits =
    new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const factor = 10 ** digits;
  return Math.round(amount * factor) / factor;
}

export function reportCost(model: ReportModel, tasks: readonly Task[]): number {
  const rate = model.client.hourlyRate ?? 0;
  return roundMoney(sum(tasks.filter((t) => t.billable)) * rate, model.currency, model.language);
}

export function reportTotals(model: ReportModel) {
  const goalTasks = model.tasks.filter((t) => t.goal !== '');
  return {
    tasks: model.tasks.length,
    hours: sum(model.tasks),
    goalHours: sum(goalTasks),
    aHours: sum(model.aTasks),
    bHours: sum(model.bTasks),
    cost: reportCost(model, model.tasks),
    currency: model.currency,
  };
}

/** The client is a person rather than a company: they are their own contact. */
export function clientIsPerson(client: Client): boolean {
  return client.contact.trim() !== '' && client.contact.trim() === client.name.trim();
}

export function reportDocName(model: ReportModel): string {
  const t = catalogue(model.language).report;
  return renderIn(
    model.language,
    t.docName(model.client.name, formatMonth(model.month, model.language), clientIsPerson(model.client)),
  );
}
