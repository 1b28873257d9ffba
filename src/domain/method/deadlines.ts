// Deadlines kept: how many of a month's deadlines were delivered on time (for the client's report),
// which were missed and by how many days (for the freelancer only), and what is coming up. Pure.
//
// A missed deadline is a main reason clients leave, so the report counts them honestly: a task whose
// deadline has passed without a delivery date counts as late from the deadline until today.

import { addDays, daysBetween, monthRange } from '../dates';
import type { LocalDate, Month, Task } from '../types';

export interface MissedDeadline {
  row: number;
  task: string;
  deadline: LocalDate;
  /** Null while it is still not delivered. */
  delivered: LocalDate | null;
  daysLate: number;
}

export interface DeadlineRecord {
  /** Deadlines that fell in the month and can be judged by today (delivered, or already passed). */
  due: number;
  onTime: number;
  missed: MissedDeadline[];
}

/** Whether the task met its deadline, missed it (with days late), or cannot be judged yet. */
export function deadlineOutcome(
  task: Task,
  today: LocalDate,
): { kind: 'on-time' } | { kind: 'missed'; daysLate: number } | { kind: 'open' } | { kind: 'none' } {
  if (!task.deadline) return { kind: 'none' };
  if (task.delivered) {
    const late = daysBetween(task.deadline, task.delivered);
    return late <= 0 ? { kind: 'on-time' } : { kind: 'missed', daysLate: late };
  }
  return today > task.deadline
    ? { kind: 'missed', daysLate: daysBetween(task.deadline, today) }
    : { kind: 'open' };
}

/** The deadlines of one client's tasks that fell in the month. */
export function deadlineRecord(
  tasks: readonly Task[],
  client: string,
  month: Month,
  today: LocalDate,
): DeadlineRecord {
  const { first, last } = monthRange(month);
  const record: DeadlineRecord = { due: 0, onTime: 0, missed: [] };
  for (const task of tasks) {
    if (task.client !== client || !task.deadline || task.deadline < first || task.deadline > last) continue;
    const outcome = deadlineOutcome(task, today);
    if (outcome.kind === 'on-time') {
      record.due += 1;
      record.onTime += 1;
    } else if (outcome.kind === 'missed') {
      record.due += 1;
      record.missed.push({
        row: task.row,
        task: task.task,
        deadline: task.deadline,
        delivered: task.delivered,
        daysLate: outcome.daysLate,
      });
    }
  }
  record.missed.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.row - b.row));
  return record;
}

export interface DeadlineWarning {
  row: number;
  client: string;
  task: string;
  deadline: LocalDate;
  /** Days until the deadline (0 = today), or negative: days past it. */
  daysLeft: number;
}

/** Deadlines in the next `days` days, and those past with no delivery date: for the sidebar. */
export function deadlineWarnings(
  tasks: readonly Task[],
  today: LocalDate,
  days = 7,
): { upcoming: DeadlineWarning[]; overdue: DeadlineWarning[] } {
  const horizon = addDays(today, days);
  const upcoming: DeadlineWarning[] = [];
  const overdue: DeadlineWarning[] = [];
  for (const task of tasks) {
    if (!task.deadline || task.delivered) continue;
    const warning = {
      row: task.row,
      client: task.client,
      task: task.task,
      deadline: task.deadline,
      daysLeft: daysBetween(today, task.deadline),
    };
    if (task.deadline < today) overdue.push(warning);
    else if (task.deadline <= horizon) upcoming.push(warning);
  }
  const byDeadline = (a: DeadlineWarning, b: DeadlineWarning) =>
    a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.row - b.row;
  return { upcoming: upcoming.sort(byDeadline), overdue: overdue.sort(byDeadline) };
}
