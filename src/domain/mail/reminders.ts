// What is due to be drafted today: payment reminders at the stage an invoice's lateness has reached,
// and the keep-in-touch emails (progress updates, terms, check-ins, rate changes). Pure.

import { addDays, daysBetween } from '../dates';
import { formatDate, formatMoney, formatMonth } from '../format';
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
import { MAIL_MESSAGES } from './messages';

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
  /** Reports: a few lines on goal progress, in the client's language. */
  goalLines?: string[];
}

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

/** Subject cells read back from the Drafts tab may differ in spaces (Intl uses no-break spaces). */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^'/, '')
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
        MAIL_MESSAGES[language].rateSubject(
          formatMoney(client.newRate, client.currency, language),
          formatDate(client.newRateFrom, language),
        ),
      );
    } catch {
      // An unknown currency: composing reports the cell, and nothing can have been drafted.
    }
  }
  return subjects;
}

/** The subjects a report's cover email for this month has in every language (the log's key). */
export function reportSubjects(month: Month): string[] {
  return LANGUAGES.map((language) => MAIL_MESSAGES[language].reportSubject(formatMonth(month, language)));
}

function latest(entries: DraftLogEntry[]): LocalDate | undefined {
  return entries
    .map((d) => d.date)
    .sort()
    .at(-1);
}

export function dueReminders(tracker: Tracker, today: LocalDate): DueItem[] {
  const items: DueItem[] = [];
  const clients = new Map(tracker.clients.map((c) => [c.name, c]));
  const drafted = (kind: DraftKind, client: string) =>
    tracker.drafts.filter((d) => d.kind === kind && d.client === client);
  const chasers = (invoice: string) =>
    tracker.drafts
      .filter((d) => d.kind === 'payment' && d.invoice.toLowerCase() === invoice.toLowerCase())
      .map((d) => d.date);
  const invoiced = new Set(tracker.invoices.map((i) => i.client.toLowerCase()));

  for (const invoice of tracker.invoices) {
    const client = clients.get(invoice.client);
    if (!client || invoice.paidOn) continue;
    // The last chaser's day: the Invoices cell, or the Drafts log when the cell was cleared.
    const lastReminder = [invoice.lastReminder ?? '', ...chasers(invoice.invoice)].sort().pop() || null;
    const stage = nextStage({ ...invoice, lastReminder }, today, tracker.settings.reminderDays);
    if (stage > 0) items.push({ kind: 'payment', client, invoice, stage });
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
    const isNew = !client.termsConfirmed && !invoiced.has(client.name.toLowerCase());
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
    const invoices = tracker.invoices
      .filter((i) => i.client === client.name)
      .sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : 0));
    const lastInvoice = invoices.at(-1);
    if (!lastInvoice?.paidOn) continue;
    const paidOn = lastInvoice.paidOn;
    const checkedIn = drafted('check-in', client.name).some((d) => d.date >= paidOn);
    if (!checkedIn) items.push({ kind: 'check-in', client });
  }
  return items;
}

function findClient(tracker: Tracker, client: Client | string): Client {
  if (typeof client !== 'string') return client;
  const found = tracker.clients.find((c) => c.name.toLowerCase() === client.toLowerCase());
  if (!found) throw new Error(`There is no client called “${client}” in the Clients tab.`);
  return found;
}

/** "Send the report" right after generating one: its link, and a few lines on goal progress. */
export function reportDraft(
  tracker: Tracker,
  client: Client | string,
  month: Month,
  link: string,
  goalLines: string[] = [],
): DueItem {
  const found = findClient(tracker, client);
  const logged = tracker.reports.filter((r) => r.client === found.name && r.month === month).at(-1);
  const report: ReportLogEntry = logged
    ? { ...logged, link }
    : { row: 0, client: found.name, month, link, docId: '', generated: '' };
  return { kind: 'report', client: found, report, goalLines };
}

/** The newest logged report for that client and month, as a report draft. */
export function reportDraftItem(tracker: Tracker, clientName: string, month: Month): DueItem {
  const client = findClient(tracker, clientName);
  const report = tracker.reports.filter((r) => r.client === client.name && r.month === month).at(-1);
  if (!report)
    throw new Error(`Generate the ${month} report for ${client.name} first, then draft the email.`);
  return reportDraft(tracker, client, month, report.link);
}
