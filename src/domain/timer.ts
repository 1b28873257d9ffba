// The timer: one running per freelancer and spreadsheet, started for a client (task text optional)
// and stopped into one Tasks row. Pure: the caller keeps the state (user properties, keyed by the
// spreadsheet) and gives the clock, so every case, a timer left running over a weekend included, is
// tested without waiting.

import { isBlank } from './cells';
import { startOfLocalDate, toLocalDate } from './dates';
import { cellText } from './escape';
import { matchKey } from './match-key';
import { say } from './problems';
import { refuse } from './problems/render';
import { taskLine, tasksColumns } from './tasks-tab';
import type { Client, LocalDate } from './types';

export interface TimerState {
  client: string;
  task: string;
  billable: boolean;
  /** The instant it started, in milliseconds since 1970 (a number, so it crosses google.script.run). */
  start: number;
  /** The spreadsheet's time zone when it started: the row's date is the start's day there. */
  timeZone: string;
}

/**
 * Longer than this, the timer asks before it writes. A day, because Tasks holds at most 24 hours a
 * row (the Hours rule) and because a timer that ran that long was most likely forgotten, not worked.
 */
export const CONFIRM_AFTER_MS = 24 * 60 * 60 * 1000;

/** The most hours one Tasks row may hold (the Hours column's rule). */
export const MAX_HOURS = 24;

/** Minutes the Settings › Timer rounding value may name: steps that divide an hour evenly. */
export const ROUNDING_STEPS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60] as const;
export const DEFAULT_ROUNDING_MINUTES = 15;

/**
 * Settings › Timer rounding: "15 minutes", "15 min", "15", "6 minutes", "1 hour". Null when it is none
 * of the steps (the caller warns and uses the quarter hour).
 */
export function parseRounding(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*(m|min|mins|minutes?|h|hours?)?\s*$/i.exec(text.normalize('NFKC'));
  if (!m) return null;
  const minutes = Number(m[1]) * (/^h/i.test(m[2] ?? '') ? 60 : 1);
  return (ROUNDING_STEPS as readonly number[]).includes(minutes) ? minutes : null;
}

/**
 * Elapsed time as hours, to the nearest step, half a step up, and at least one step.
 *
 * Why nearest: the hours reach the client's report and invoice, so rounding must not lean one way;
 * always up would bill a few minutes more on every task, always down would give them away, while to
 * the nearest the errors cancel over a month. Why at least one step: a timer that ran is work done,
 * and a row of 0 hours would count for nothing and look like a mistake. The hours are exactly the
 * steps (10 minutes is 1/6 hour, not 0.17), so a month of them adds up to whole steps.
 */
export function roundedHours(elapsedMs: number, stepMinutes: number): number {
  const stepMs = stepMinutes * 60_000;
  const steps = Math.max(1, Math.round(Math.max(0, elapsedMs) / stepMs));
  return (steps * stepMinutes) / 60;
}

export type StartOutcome =
  | { kind: 'started'; state: TimerState }
  /** Only one timer runs: the one running is named, and nothing changes. */
  | { kind: 'running'; state: TimerState }
  /** The client is not in Clients (or blank). */
  | { kind: 'unknownClient'; client: string };

export function startTimer(
  running: TimerState | null,
  request: { client: string; task?: string; billable?: boolean },
  clients: readonly Pick<Client, 'name'>[],
  now: number,
  timeZone: string,
): StartOutcome {
  if (running) return { kind: 'running', state: running };
  const key = matchKey(request.client);
  const client = key ? clients.find((c) => matchKey(c.name) === key) : undefined;
  if (!client) return { kind: 'unknownClient', client: String(request.client ?? '').trim() };
  return {
    kind: 'started',
    state: {
      client: client.name,
      task: String(request.task ?? '').trim(),
      billable: request.billable !== false,
      start: now,
      timeZone,
    },
  };
}

/** The Tasks row a stopped timer writes. */
export interface TimerRow {
  date: LocalDate;
  client: string;
  task: string;
  hours: number;
  billable: boolean;
}

export type StopOutcome =
  | { kind: 'write'; row: TimerRow }
  /**
   * Ran longer than a day: nothing is written until the freelancer says how many hours to write
   * (`hours` is the proposal: the rounded time, at most a row's 24).
   */
  | { kind: 'confirm'; state: TimerState; elapsedMs: number; hours: number }
  /** The hours given in answer to a confirm are outside what a row may hold. */
  | { kind: 'badHours'; value: number };

/**
 * Stops a timer into a row: the start's day in the spreadsheet's zone (a task worked across midnight
 * belongs to the day it began, as imported entries do), the hours rounded as Settings says, the text.
 * The client is written as Clients spells it now, when it is still there.
 */
export function stopTimer(
  state: TimerState,
  now: number,
  stepMinutes: number,
  clients: readonly Pick<Client, 'name'>[],
  answer?: { hours: number },
): StopOutcome {
  // The clock is the server's both times, so now is never before start; a negative span is treated
  // as none, which still writes one step.
  const elapsedMs = Math.max(0, now - state.start);
  let hours = roundedHours(elapsedMs, stepMinutes);
  if (elapsedMs > CONFIRM_AFTER_MS) {
    if (!answer) return { kind: 'confirm', state, elapsedMs, hours: Math.min(hours, MAX_HOURS) };
    const value = Number(answer.hours);
    if (!Number.isFinite(value) || value <= 0 || value > MAX_HOURS) return { kind: 'badHours', value };
    hours = value;
  }
  const key = matchKey(state.client);
  const client = clients.find((c) => matchKey(c.name) === key)?.name ?? state.client;
  return {
    kind: 'write',
    row: {
      date: toLocalDate(new Date(state.start), state.timeZone),
      client,
      task: state.task,
      hours,
      billable: state.billable,
    },
  };
}

/**
 * Where and what a stopped timer writes in Tasks: below the last row holding anything (never over a
 * row of the freelancer's), its cells at their columns, text kept as text, the date as a date cell.
 * Goal and Mark stay blank: classifying gives them, and until then the check names the row.
 */
export function timerTaskLine(
  values: unknown[][] | null | undefined,
  row: TimerRow,
  timeZone: string,
): { row: number; line: unknown[] } {
  const { header, at } = tasksColumns(values, ['date', 'client', 'task', 'hours']);
  let last = values!.length;
  while (last > header + 1 && (values![last - 1] ?? []).every(isBlank)) last--;
  const line = taskLine(at, {
    date: startOfLocalDate(row.date, timeZone),
    client: cellText(row.client),
    task: cellText(row.task),
    hours: row.hours,
    billable: row.billable,
  });
  return { row: last + 1, line };
}

/** The state as stored (a user property holds text). */
export function timerStateText(state: TimerState): string {
  return JSON.stringify({ v: 1, ...state });
}

/**
 * The stored state read back; null when nothing is stored. A value this add-on did not write (or a
 * later version's) is refused rather than guessed at; the sidebar then offers to discard it.
 */
export function readTimerState(text: string | null): TimerState | null {
  if (text === null || text === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    refuse(say('timerUnreadable'));
  }
  const d = data as Record<string, unknown>;
  const valid =
    typeof d === 'object' &&
    d !== null &&
    d.v === 1 &&
    typeof d.client === 'string' &&
    d.client !== '' &&
    typeof d.task === 'string' &&
    typeof d.billable === 'boolean' &&
    typeof d.start === 'number' &&
    Number.isInteger(d.start) &&
    typeof d.timeZone === 'string' &&
    d.timeZone !== '';
  if (!valid) refuse(say('timerUnreadable'));
  return {
    client: d.client,
    task: d.task,
    billable: d.billable,
    start: d.start,
    timeZone: d.timeZone,
  } as TimerState;
}
