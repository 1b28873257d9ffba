// Classifying in a minute: the tasks of a month that have neither goal nor mark (typically imported
// time entries, or a timer's rows), offered with the client's goals and A and B, and the freelancer's
// choices turned into one batch of cell writes: only the Goal or Mark cell of each chosen row.
//
// The reader (read-tracker) leaves such rows out of `tracker.tasks` with a "no goal, no mark" error,
// so they are found here in the Tasks tab's raw values, by header, as the reader finds its columns.
//
// A row that changed between listing and saving is never overwritten. Each listed task carries a
// version: a hash of every cell of its row as getValues returned it. Saving reads the tab again and
// writes a choice only where the row still has the same version, so a row edited, classified by hand,
// deleted, or moved by a sort or an inserted row in the meantime is skipped and named instead.

import { cellText } from '../escape';
import { isBlank, readDate, readNumber, readText } from '../cells';
import { isMonth, monthOf } from '../dates';
import { columnLetter } from '../a1';
import { matchKey } from '../match-key';
import { tasksColumns } from '../tasks-tab';
import type { Client, Goal, GoalStatus, LocalDate, Mark, Month } from '../types';

export interface ClassifyGoal {
  goal: string;
  /** The goal's rank; null when its Priority cell is blank or unreadable (listed after the ranked). */
  priority: number | null;
  status: GoalStatus;
}

export interface ClassifyTask {
  /** The row as Sheets shows it. */
  row: number;
  date: LocalDate;
  task: string;
  /** Null when the Hours cell is blank or unreadable (the check names that problem). */
  hours: number | null;
  /** The row's content when listed (see rowVersion): saving writes only rows that still match. */
  version: string;
}

export interface ClassifyGroup {
  client: string;
  goals: ClassifyGoal[];
  tasks: ClassifyTask[];
}

export interface ClassifyList {
  month: Month;
  /** In the Clients tab's order; tasks by date, then row. */
  groups: ClassifyGroup[];
  /** Rows of the month with neither goal nor mark whose client is not in Clients: fixed there first. */
  unknownClient: number;
}

/** One task's choice: exactly one of a goal of its client (as listed) or a mark. */
export interface ClassifyChoice {
  row: number;
  version: string;
  goal?: string;
  mark?: Mark;
}

export type SkipReason = 'changed' | 'notAGoal' | 'twice' | 'noChoice';

export interface CellWrite {
  row: number;
  /** 0-based column of the Tasks tab. */
  column: number;
  value: string;
}

export interface ClassifyPlan {
  writes: CellWrite[];
  skipped: { row: number; reason: SkipReason }[];
}

/** The Tasks columns classifying reads. */
const CLASSIFY_COLUMNS = ['date', 'client', 'goal', 'mark'];

/** What classifying needs of the tracker: the clients (their order) and their goals. */
export interface ClassifyTracker {
  clients: readonly Pick<Client, 'name'>[];
  goals: readonly Pick<Goal, 'row' | 'client' | 'goal' | 'priority' | 'status'>[];
}

/**
 * A short fingerprint of a row's cells exactly as read (type and value; trailing blank cells do not
 * count, so a column added to the right does not change it). 64 bits from two 32-bit multiplicative
 * hashes: two different rows sharing one is about 1 in 10^19, and both would also have to sit at
 * the same row number.
 */
export function rowVersion(line: readonly unknown[]): string {
  let end = line.length;
  while (end > 0 && isBlank(line[end - 1])) end--;
  const text = line
    .slice(0, end)
    .map((cell) => {
      if (isBlank(cell)) return '';
      if (Object.prototype.toString.call(cell) === '[object Date]') return `d${(cell as Date).getTime()}`;
      return `${typeof cell === 'string' ? 's' : typeof cell === 'number' ? 'n' : 'o'}${String(cell)}`;
    })
    .join('\u001f');
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 15), 0xc2b2ae35);
  return (
    ((a ^ (a >>> 13)) >>> 0).toString(16).padStart(8, '0') +
    ((b ^ (b >>> 16)) >>> 0).toString(16).padStart(8, '0')
  );
}

/** A client's goals as choices: by priority (unranked last), then as they stand in the Goals tab. */
function goalChoices(tracker: ClassifyTracker, client: string): ClassifyGoal[] {
  const key = matchKey(client);
  return tracker.goals
    .filter((g) => matchKey(g.client) === key)
    .sort((x, y) => x.priority - y.priority || x.row - y.row)
    .map((g) => ({
      goal: g.goal,
      priority: Number.isInteger(g.priority) && g.priority < Number.MAX_SAFE_INTEGER ? g.priority : null,
      status: g.status,
    }));
}

/** The rows of a month whose Goal and Mark cells are both blank, grouped by client. */
export function unclassifiedTasks(
  values: unknown[][] | null | undefined,
  tracker: ClassifyTracker,
  month: Month,
  timeZone: string,
): ClassifyList {
  if (!isMonth(month)) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const { header, at } = tasksColumns(values, CLASSIFY_COLUMNS);
  const cell = (line: readonly unknown[], key: string) => {
    const c = at.get(key);
    return c === undefined ? '' : line[c];
  };
  const clientOrder = new Map(tracker.clients.map((c, i) => [matchKey(c.name), i]));
  const byClient = new Map<number, ClassifyTask[]>();
  let unknownClient = 0;
  const lines = values!;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i] ?? [];
    if (!isBlank(cell(line, 'goal')) || !isBlank(cell(line, 'mark'))) continue;
    const date = readDate(cell(line, 'date'), timeZone);
    if (!date.ok || date.value === null || monthOf(date.value) !== month) continue;
    const index = clientOrder.get(matchKey(readText(cell(line, 'client'), timeZone)));
    if (index === undefined) {
      unknownClient++;
      continue;
    }
    const hours = readNumber(cell(line, 'hours'));
    const task: ClassifyTask = {
      row: i + 1,
      date: date.value,
      task: readText(cell(line, 'task'), timeZone),
      hours: hours.ok ? hours.value : null,
      version: rowVersion(line),
    };
    if (!byClient.has(index)) byClient.set(index, []);
    byClient.get(index)!.push(task);
  }
  const groups = [...byClient.keys()]
    .sort((x, y) => x - y)
    .map((index) => {
      const client = tracker.clients[index]!.name;
      const tasks = byClient
        .get(index)!
        .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.row - y.row));
      return { client, goals: goalChoices(tracker, client), tasks };
    });
  return { month, groups, unknownClient };
}

/**
 * The choices as cell writes, checked against the tab as it is now (read again when saving). A row
 * is written only when it still has its listed version (so its Goal and Mark are still blank and it
 * is still the same task), and a goal only when it is one of that row's client's goals now.
 */
export function planClassify(
  values: unknown[][] | null | undefined,
  tracker: ClassifyTracker,
  choices: readonly ClassifyChoice[],
  timeZone: string,
): ClassifyPlan {
  const { header, at } = tasksColumns(values, CLASSIFY_COLUMNS);
  const lines = values!;
  const writes: CellWrite[] = [];
  const skipped: ClassifyPlan['skipped'] = [];
  const seen = new Set<number>();
  for (const choice of choices) {
    // What the sidebar sent is checked, not trusted: anything but a choice object is no choice.
    if (!choice || typeof choice !== 'object') continue;
    const { row } = choice;
    const hasGoal = typeof choice.goal === 'string' && choice.goal.trim() !== '';
    const hasMark = choice.mark === 'A' || choice.mark === 'B';
    if (hasGoal === hasMark) {
      skipped.push({ row, reason: 'noChoice' });
      continue;
    }
    if (seen.has(row)) {
      skipped.push({ row, reason: 'twice' });
      continue;
    }
    seen.add(row);
    const line = Number.isInteger(row) && row > header + 1 ? lines[row - 1] : undefined;
    if (!line || rowVersion(line) !== choice.version) {
      skipped.push({ row, reason: 'changed' });
      continue;
    }
    if (hasMark) {
      writes.push({ row, column: at.get('mark')!, value: choice.mark! });
      continue;
    }
    const client = readText(line[at.get('client')!], timeZone);
    const goal = goalChoices(tracker, client).find((g) => matchKey(g.goal) === matchKey(choice.goal));
    if (!goal) {
      skipped.push({ row, reason: 'notAGoal' });
      continue;
    }
    // The goal's own text, as text: a goal such as "=1+1" or "2027 launch" must not become a formula
    // or a number, which would no longer match the Goals tab.
    writes.push({ row, column: at.get('goal')!, value: cellText(goal.goal) });
  }
  return { writes, skipped };
}

/**
 * The writes as few calls as Sheets allows: one RangeList per column and value (all rows given A
 * share one call), so the number of calls grows with the number of distinct choices, never with
 * the number of rows.
 */
export function writeBatches(writes: readonly CellWrite[]): { a1: string[]; value: string }[] {
  const batches = new Map<string, { a1: string[]; value: string }>();
  for (const w of writes) {
    const key = `${w.column}\u0000${w.value}`;
    if (!batches.has(key)) batches.set(key, { a1: [], value: w.value });
    batches.get(key)!.a1.push(`${columnLetter(w.column)}${w.row}`);
  }
  return [...batches.values()];
}
