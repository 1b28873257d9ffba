// What a client's month looked like when its report and invoice were made, as one short text kept
// beside the report's log row: the number of tasks, and digests of the tasks, of their billable part
// and of the goals and client details a report prints. Comparing it with the month as it is now says
// what changed since (a task added, hours edited, a goal moved on) without keeping a copy of the rows.
// Tasks carry no time of entry, so a digest is the only way to tell that the month was edited. Pure.

import { utf8 } from '../mail/mime';
import { sha256Hex } from '../report/report-key';
import { matchKey } from '../match-key';
import { monthRange } from '../dates';
import type { Month, Task, Tracker } from '../types';
import type { WorkChange } from './types';

export type { WorkChange };

/** The stamp as written in the log: `v1 <tasks> <digest of tasks> <of billable work> <of goals>`. */
export interface WorkStamp {
  tasks: number;
  work: string;
  billable: string;
  goals: string;
}

const VERSION = 'v1';

/** Ten hex digits of SHA-256: a change goes unnoticed with odds of one in a million million. */
function digest(parts: readonly string[]): string {
  return sha256Hex(utf8(JSON.stringify(parts))).slice(0, 10);
}

/** A task as the report prints it; the row is left out, so inserting a row above it is no change. */
function taskText(t: Task): string {
  return JSON.stringify([
    t.date,
    t.task,
    t.goal,
    t.mark,
    t.hours,
    t.result,
    t.benefit,
    t.billable,
    t.deadline,
    t.delivered,
  ]);
}

/** What an invoice bills from a task: its day, hours, what it is billed under, and its text. */
function billableText(t: Task): string {
  return JSON.stringify([t.date, t.hours, t.goal, t.mark, t.task]);
}

export function monthTasks(tracker: Tracker, client: string, month: Month): Task[] {
  const { first, last } = monthRange(month);
  const key = matchKey(client);
  return tracker.tasks.filter((t) => matchKey(t.client) === key && t.date >= first && t.date <= last);
}

export function workStamp(tracker: Tracker, client: string, month: Month): WorkStamp {
  const key = matchKey(client);
  const tasks = monthTasks(tracker, client, month);
  // Sorted as text, so the order of rows in the tab does not count as a change.
  const work = tasks.map(taskText).sort();
  const billable = tasks
    .filter((t) => t.billable && t.hours > 0)
    .map(billableText)
    .sort();
  const found = tracker.clients.find((c) => matchKey(c.name) === key);
  const goals = tracker.goals
    .filter((g) => matchKey(g.client) === key)
    .map((g) =>
      JSON.stringify([g.goal, g.priority, g.target, g.unit, g.baseline, g.current, g.due, g.status]),
    )
    .sort();
  // The rate, currency and language change the report's figures and words as much as a goal does.
  const details = found ? [JSON.stringify([found.hourlyRate, found.currency, found.language])] : [];
  return {
    tasks: tasks.length,
    work: digest(work),
    billable: digest(billable),
    goals: digest([...goals, ...details]),
  };
}

export function formatStamp(stamp: WorkStamp): string {
  return [VERSION, stamp.tasks, stamp.work, stamp.billable, stamp.goals].join(' ');
}

/** A stamp read back from a cell; null for a blank cell, a stamp of another version, or anything typed over it. */
export function parseStamp(text: unknown): WorkStamp | null {
  const m = /^v1 (\d{1,7}) ([0-9a-f]{10}) ([0-9a-f]{10}) ([0-9a-f]{10})$/.exec(String(text ?? '').trim());
  if (!m) return null;
  return { tasks: Number(m[1]), work: m[2]!, billable: m[3]!, goals: m[4]! };
}

/** The changes from `then` to `now`, most telling first; empty when nothing changed. */
export function workChanges(then: WorkStamp, now: WorkStamp): WorkChange[] {
  const changes: WorkChange[] = [];
  if (now.tasks > then.tasks) changes.push({ code: 'tasks-added', n: now.tasks - then.tasks });
  else if (now.tasks < then.tasks) changes.push({ code: 'tasks-removed', n: then.tasks - now.tasks });
  else if (now.work !== then.work) changes.push({ code: 'tasks-edited' });
  if (now.goals !== then.goals) changes.push({ code: 'goals-edited' });
  return changes;
}

/** Whether what the invoice bills changed (hours, days, billable flags), not only the report's words. */
export function billingChanged(then: WorkStamp, now: WorkStamp): boolean {
  return then.billable !== now.billable;
}
