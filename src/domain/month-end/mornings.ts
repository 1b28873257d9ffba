// Reminders prepared every morning: which payment chasers are due on a morning, and the short log of
// what each morning run prepared (or why it failed) that the sidebar reads when it next opens. What is
// due is the reminders domain's own answer (dueReminders, nextStage): a morning that was missed is
// caught up by the next one, which drafts the next stage only, so no stage is skipped, and a stage
// once recorded in the sheet is never due again, so none is doubled. Pure.

import { addDays, daysBetween } from '../dates';
import { utf8 } from '../mail/mime';
import { type DueItem, dueReminders } from '../mail/reminders';
import type { LocalDate, Tracker } from '../types';

export interface MorningChaser {
  item: DueItem;
  /** The first morning this chaser was due: later than today when a morning was missed. */
  dueSince: LocalDate;
}

/**
 * The payment chasers due this morning, each with the day it first fell due. Only payment reminders:
 * the keep-in-touch emails wait for the freelancer, who chooses when to write to a client.
 */
export function morningChasers(tracker: Tracker, today: LocalDate): MorningChaser[] {
  return dueReminders(tracker, today)
    .filter((item) => item.kind === 'payment' && item.invoice && item.stage)
    .map((item) => ({ item, dueSince: chaserDueSince(tracker, item.invoice!, item.stage!, today) }));
}

/**
 * The day a chaser first fell due: the day both conditions of nextStage first held, its stage's day
 * after the due date and the schedule's gap after the previous chaser. Earlier than today when a
 * morning was missed; never later.
 */
export function chaserDueSince(
  tracker: Tracker,
  invoice: { invoice: string; due: LocalDate; lastReminder: LocalDate | null },
  stage: number,
  today: LocalDate,
): LocalDate {
  const days = tracker.settings.reminderDays;
  const lastChaser = [invoice.lastReminder ?? '', ...chaserDays(tracker, invoice.invoice)].sort().pop();
  let since = addDays(invoice.due, Math.max(1, days[stage - 1] ?? 1));
  if (stage > 1 && lastChaser) {
    const gap = addDays(lastChaser, (days[stage - 1] ?? 0) - (days[stage - 2] ?? 0));
    if (gap > since) since = gap;
  }
  return since > today ? today : since;
}

function chaserDays(tracker: Tracker, invoice: string): LocalDate[] {
  return tracker.drafts.filter((d) => d.kind === 'payment' && d.invoice === invoice).map((d) => d.date);
}

export interface MorningDraft {
  client: string;
  invoice: string;
  stage: number;
  subject: string;
  draftId: string;
  /** Opens the draft in Gmail. */
  link: string;
  /** The morning the chaser first fell due, when earlier than the run (a missed morning caught up). */
  dueSince?: LocalDate;
}

export interface MorningRun {
  day: LocalDate;
  /** When it ran, as an ISO instant (what the sidebar compares with when it was last opened). */
  at: string;
  drafts: MorningDraft[];
  /** Drafts made beyond those kept here (a long list is shortened to fit the store). */
  more: number;
  /** Why the run stopped, in English for the log; the sheet was left as it was. */
  failed?: string;
}

/** The runs of one spreadsheet for one user, kept in their user properties, newest last. */
export interface MorningLog {
  runs: MorningRun[];
  /** When the sidebar last showed the runs; null before it ever did. */
  seenAt: string | null;
}

const KEEP_RUNS = 40;
/** Under the 9 kB a property value may hold (quotas: developers.google.com/apps-script/guides/services/quotas). */
export const MAX_LOG_BYTES = 8000;

export function emptyLog(): MorningLog {
  return { runs: [], seenAt: null };
}

/** The log read back from a property; anything unreadable starts a new log rather than failing a run. */
export function parseMorningLog(text: string | null | undefined): MorningLog {
  if (!text) return emptyLog();
  try {
    const data = JSON.parse(text) as Partial<MorningLog>;
    const runs = Array.isArray(data.runs) ? data.runs.filter(isRun) : [];
    return { runs, seenAt: typeof data.seenAt === 'string' ? data.seenAt : null };
  } catch {
    return emptyLog();
  }
}

function isRun(run: unknown): run is MorningRun {
  const r = run as MorningRun;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.day === 'string' &&
    typeof r.at === 'string' &&
    Array.isArray(r.drafts) &&
    typeof r.more === 'number'
  );
}

/** The log as the property's value: the oldest runs dropped, then the longest lists cut, until it fits. */
export function serializeMorningLog(log: MorningLog, maxBytes = MAX_LOG_BYTES): string {
  const runs = log.runs.slice(-KEEP_RUNS).map((r) => ({ ...r, drafts: [...r.drafts] }));
  const text = () => JSON.stringify({ runs, seenAt: log.seenAt });
  // The property store counts bytes; Hebrew and Japanese subjects take two or three a character.
  const bytes = () => utf8(text()).length;
  while (bytes() > maxBytes && runs.length > 1) runs.shift();
  while (bytes() > maxBytes && runs[0] && runs[0].drafts.length > 0) {
    runs[0].drafts.pop();
    runs[0].more += 1;
  }
  return text();
}

export function recordRun(log: MorningLog, run: MorningRun): MorningLog {
  return { ...log, runs: [...log.runs, run].slice(-KEEP_RUNS) };
}

/** Whether a run already finished on this day: the trigger firing twice in a day makes nothing twice. */
export function ranOn(log: MorningLog, day: LocalDate): boolean {
  return log.runs.some((r) => r.day === day && !r.failed);
}

/** Mornings between the last finished run and today on which no run finished (the trigger missed them). */
export function missedMornings(log: MorningLog, today: LocalDate): number {
  const finished = log.runs.filter((r) => !r.failed).map((r) => r.day);
  const lastDay = finished.sort().pop();
  if (!lastDay || lastDay >= today) return 0;
  return Math.max(0, daysBetween(lastDay, today) - 1);
}

export interface SinceSeen {
  /** Each with the morning it was drafted on. */
  drafts: (MorningDraft & { day: LocalDate })[];
  more: number;
  /** The newest failure since, if the last run failed: what the sidebar says first. */
  failed: MorningRun | null;
  runs: number;
}

/** What the morning runs prepared since the sidebar last showed them. */
export function sinceSeen(log: MorningLog): SinceSeen {
  const runs = log.runs.filter((r) => log.seenAt === null || r.at > log.seenAt);
  const lastRun = runs[runs.length - 1];
  return {
    drafts: runs.flatMap((r) => r.drafts.map((d) => ({ ...d, day: r.day }))),
    more: runs.reduce((n, r) => n + r.more, 0),
    failed: lastRun?.failed ? lastRun : null,
    runs: runs.length,
  };
}

export function markSeen(log: MorningLog, at: string): MorningLog {
  return { ...log, seenAt: at };
}
