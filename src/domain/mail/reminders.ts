// What is due to be drafted today: payment reminders at the stage an invoice's lateness has reached,
// and the keep-in-touch emails (progress updates, terms, check-ins, rate changes). Pure.

import { addDays, daysBetween } from '../dates';
import { chasersPaused, openDayFrom, type Season, seasonOf } from './client-calendar';
import { formatDate, formatMoney, formatMonth } from '../format';
import { say } from '../problems';
import { refuse } from '../problems/render';
import { catalogue, renderIn } from '../messages/client';
import { ISOLATION_MARKS, type Msg } from '../messages/core/msg';
import { buildReport } from '../report/build-report';
import { goalProgressLine } from '../report/goal-progress';
import {
  type Client,
  type DraftKind,
  type DraftLogEntry,
  type Invoice,
  LANGUAGES,
  type LocalDate,
  type Month,
  type ReportLogEntry,
  type Task,
  type Tracker,
} from '../types';

export interface ReportGoalLine {
  goal: string;
  progress: Msg;
}
import { last } from '../es2020';
import type { CoverInvoice } from '../month-end/types';
import { matchKey } from '../match-key';
import { owesNothing } from '../tax/status';

export interface DueItem {
  kind: DraftKind;
  client: Client;
  invoice?: Invoice;
  /** Payment reminders: 1 friendly, 2 firm, 3 final. */
  stage?: number;
  /** Updates: the tasks since the last update, goal-linked first. */
  tasks?: Task[];
  /** Reports: which report to send. */
  report?: ReportLogEntry;
  /** Reports: where each goal stands, for the "In short" list. */
  goals?: ReportGoalLine[];
  /** Final payment reminders: the day to pay by. */
  payBy?: LocalDate;
  /** Reports closing a month: the invoice that goes with the report in the same email. */
  cover?: CoverInvoice;
  /** The season whose greeting opens the letter (Japanese New Year), when it is drafted in one. */
  season?: Season;
}

const FINAL_NOTICE_DAYS = 7;

const CADENCE_DAYS = { weekly: 7, fortnightly: 14, monthly: 28 } as const;

/**
 * The highest stage whose day has come: stage i begins reminderDays[i-1] days after the due date,
 * that day included. Never before the invoice is late, never above 3 (final). Says how far the
 * lateness has gone; the chaser actually due is nextStage's, which never skips one.
 */
export function stageFor(due: LocalDate, today: LocalDate, reminderDays: readonly number[]): number {
  const late = daysBetween(due, today);
  let stage = 0;
  reminderDays.forEach((days, i) => {
    if (late >= days && late > 0) stage = i + 1;
  });
  return Math.min(stage, 3);
}

/**
 * The chaser due today for an unpaid invoice, or 0. Stages never skip: the first chaser is stage 1
 * however late the invoice is (a final notice with no earlier reminder is rude, and where the law
 * asks for a prior demand it is wrong). Stage n+1 comes when both its day after the due date has
 * come and at least as many days have passed since the last chaser as the schedule puts between
 * stage n and n+1 (1, 7, 14: six days friendly to firm, seven firm to final).
 */
export function nextStage(
  invoice: { due: LocalDate; reminderStage: number; lastReminder: LocalDate | null },
  today: LocalDate,
  reminderDays: readonly number[],
): number {
  const last = Math.min(3, reminderDays.length);
  const next = Math.max(0, Math.floor(invoice.reminderStage)) + 1;
  if (next > last) return 0;
  const late = daysBetween(invoice.due, today);
  if (late <= 0 || late < reminderDays[next - 1]!) return 0;
  if (next > 1 && invoice.lastReminder) {
    const gap = reminderDays[next - 1]! - reminderDays[next - 2]!;
    if (daysBetween(invoice.lastReminder, today) < gap) return 0;
  }
  return next;
}

/** Goal-linked work first, then by date: what the client cares about leads the update. */
function goalFirst(a: Task, b: Task): number {
  return Number(a.goal === '') - Number(b.goal === '') || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

/**
 * Subject cells read back from the Drafts tab may differ in spaces (Intl uses no-break spaces), and
 * drafts logged before Hebrew values were isolated lack the isolation marks.
 */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^'/, '')
      .replace(ISOLATION_MARKS, '')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * The subjects a proposal of this rate and start day has in every language: a logged rate-change
 * draft with one of them means this very change was already proposed (the log keeps no other key).
 */
export function rateChangeSubjects(client: Client): string[] {
  if (client.newRate === null || !client.newRateFrom) return [];
  const subjects: string[] = [];
  for (const language of LANGUAGES) {
    try {
      subjects.push(
        renderIn(
          language,
          catalogue(language).mail.rateSubject(
            formatMoney(client.newRate, client.currency, language),
            formatDate(client.newRateFrom, language),
          ),
        ),
      );
    } catch {
      // An unknown currency: composing reports the cell, and nothing can have been drafted.
    }
  }
  // Japanese proposals logged before the subject named the rate: that start day was proposed.
  subjects.push(`料金改定のお知らせ（${formatDate(client.newRateFrom, 'ja')}より）`);
  return subjects;
}

/** The subjects a report's cover email for this month has in every language (the log's key). */
export function reportSubjects(month: Month): string[] {
  return LANGUAGES.map((language) =>
    renderIn(language, catalogue(language).mail.reportSubject(formatMonth(month, language))),
  );
}

function latest(entries: DraftLogEntry[]): LocalDate | undefined {
  return last(entries.map((d) => d.date).sort());
}

export function dueReminders(tracker: Tracker, today: LocalDate): DueItem[] {
  const items: DueItem[] = [];
  const clients = new Map(tracker.clients.map((c) => [c.name, c]));
  // The log's client cell went through the sheet and back: compare both sides in one normal form.
  const drafted = (kind: DraftKind, client: string) =>
    tracker.drafts.filter((d) => d.kind === kind && matchKey(d.client) === matchKey(client));
  const chasers = (invoice: string) =>
    tracker.drafts
      .filter((d) => d.kind === 'payment' && matchKey(d.invoice) === matchKey(invoice))
      .map((d) => d.date);
  const invoiced = new Set(tracker.invoices.map((i) => matchKey(i.client)));
  // A credit note cancels its invoice in full, a withdrawn one never went out: none of them is chased
  // (src/domain/tax/lifecycle.ts).
  const settled = owesNothing(tracker.invoices);
  const language = (client: Client) => client.language || tracker.settings.defaultLanguage;

  // Without Reminder stage and Last reminder a chaser could not be recorded: none is due (see paymentsBlocked).
  for (const invoice of tracker.paymentsBlocked ? [] : tracker.invoices) {
    const client = clients.get(invoice.client);
    if (!client || invoice.paidOn) continue;
    if (settled(invoice)) continue;
    // No reminder is prepared while the client's business is closed (Japanese New Year): the next
    // run after it drafts the stage then due, the lateness counted as ever.
    if (chasersPaused(language(client), today)) continue;
    // The last chaser's day: the Invoices cell, or the Drafts log when the cell was cleared.
    const lastReminder = [invoice.lastReminder ?? '', ...chasers(invoice.invoice)].sort().pop() || null;
    const stage = nextStage({ ...invoice, lastReminder }, today, tracker.settings.reminderDays);
    if (stage > 0)
      items.push({
        kind: 'payment',
        client,
        invoice,
        stage,
        // The final reminder names a day: a week from the day it is drafted, or the first day after
        // it when the client's business is open.
        ...(stage === 3 ? { payBy: openDayFrom(language(client), addDays(today, FINAL_NOTICE_DAYS)) } : {}),
      });
  }

  for (const client of tracker.clients) {
    if (client.status !== 'active') continue;
    if (client.cadence !== 'none') {
      const every = CADENCE_DAYS[client.cadence];
      const last = latest(drafted('update', client.name));
      if (!last || daysBetween(last, today) >= every) {
        // Tasks dated the day of the last update were in it; with none yet, the last period counts.
        const since = last ?? addDays(today, -every);
        const tasks = tracker.tasks
          .filter((t) => t.client === client.name && t.date > since && t.date <= today)
          .sort(goalFirst);
        if (tasks.length > 0) items.push({ kind: 'update', client, tasks });
      }
    }
    // Terms are agreed at the start of an engagement: only a new client (no invoice yet) whose
    // Terms confirmed cell is blank, and only once.
    const isNew = !client.termsConfirmed && !invoiced.has(matchKey(client.name));
    if (isNew && drafted('terms', client.name).length === 0) items.push({ kind: 'terms', client });
  }

  for (const client of tracker.clients) {
    // A paused client still hears about a new rate before it starts; an ended one does not.
    if (client.status === 'ended') continue;
    if (client.newRate !== null && client.newRateFrom && client.newRateFrom > today) {
      const subjects = rateChangeSubjects(client);
      const proposed = drafted('rate-change', client.name).some((d) =>
        subjects.some((s) => sameText(s, d.subject)),
      );
      if (!proposed) items.push({ kind: 'rate-change', client });
    }
  }

  for (const client of tracker.clients) {
    if (client.status !== 'ended') continue;
    // The last invoice that asked for money: a credit note, a credited or a withdrawn one asked for none.
    const invoices = tracker.invoices
      .filter((i) => i.client === client.name && !settled(i))
      .sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : 0));
    const lastInvoice = last(invoices);
    if (!lastInvoice?.paidOn) continue;
    const paidOn = lastInvoice.paidOn;
    const checkedIn = drafted('check-in', client.name).some((d) => d.date >= paidOn);
    if (!checkedIn) items.push({ kind: 'check-in', client });
  }
  // Whatever is drafted in the season opens with its greeting (in Japanese, the New Year's, which
  // thanks the client for the past year): all but the terms, which go to a client new to us.
  return items.map((item) => {
    const season = item.kind === 'terms' ? null : seasonOf(language(item.client), today);
    return season ? { ...item, season } : item;
  });
}

function findClient(tracker: Tracker, client: Client | string): Client {
  if (typeof client !== 'string') return client;
  const found = tracker.clients.find((c) => matchKey(c.name) === matchKey(client));
  if (!found) refuse(say('noSuchClient', { client }));
  return found;
}

/** Where each of the report's goals stands, for the cover email's "In short" list. */
export function reportGoalLines(tracker: Tracker, clientName: string, month: Month): ReportGoalLine[] {
  const model = buildReport(tracker, clientName, month);
  return model.goals.flatMap((section) => {
    const progress = goalProgressLine(section.goal, model.language);
    return progress ? [{ goal: section.goal.goal, progress }] : [];
  });
}

/** "Send the report" right after generating one: its link, and where each goal stands. */
export function reportDraft(
  tracker: Tracker,
  client: Client | string,
  month: Month,
  link: string,
  goals: ReportGoalLine[] = reportGoalLines(
    tracker,
    typeof client === 'string' ? client : client.name,
    month,
  ),
): DueItem {
  const found = findClient(tracker, client);
  const logged = last(
    tracker.reports.filter((r) => matchKey(r.client) === matchKey(found.name) && r.month === month),
  );
  const report: ReportLogEntry = logged
    ? { ...logged, link }
    : { row: 0, client: found.name, month, link, docId: '', generated: '' };
  return { kind: 'report', client: found, report, goals };
}

/** The newest logged report for that client and month, as a report draft with its goal lines. */
export function reportDraftItem(tracker: Tracker, clientName: string, month: Month): DueItem {
  const client = findClient(tracker, clientName);
  const report = last(
    tracker.reports.filter((r) => matchKey(r.client) === matchKey(client.name) && r.month === month),
  );
  if (!report) refuse(say('reportFirst', { month: { month }, client: client.name }));
  return reportDraft(tracker, client, month, report.link);
}
