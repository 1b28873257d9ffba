// What is due to be drafted today: payment reminders at the stage an invoice's lateness has reached,
// and the keep-in-touch emails (progress updates, terms, check-ins, rate changes). Pure.

import { addDays, daysBetween } from '../dates';
import type { Client, DraftKind, Invoice, LocalDate, Month, ReportLogEntry, Task, Tracker } from '../types';

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
}

const CADENCE_DAYS = { weekly: 7, fortnightly: 14, monthly: 28 } as const;

/** The highest stage whose day has come: stage i begins reminderDays[i-1] days after due. */
export function stageFor(due: LocalDate, today: LocalDate, reminderDays: readonly number[]): number {
  const late = daysBetween(due, today);
  let stage = 0;
  reminderDays.forEach((days, i) => {
    if (late >= days && late > 0) stage = i + 1;
  });
  return Math.min(stage, 3);
}

export function dueReminders(tracker: Tracker, today: LocalDate): DueItem[] {
  const items: DueItem[] = [];
  const clients = new Map(tracker.clients.map((c) => [c.name, c]));
  const drafted = (kind: DraftKind, client: string) =>
    tracker.drafts.filter((d) => d.kind === kind && d.client === client);

  for (const invoice of tracker.invoices) {
    const client = clients.get(invoice.client);
    if (!client || invoice.paidOn) continue;
    const stage = stageFor(invoice.due, today, tracker.settings.reminderDays);
    // Only the stage reached, and only once: a long-overdue invoice gets its current stage, not all.
    if (stage > invoice.reminderStage) items.push({ kind: 'payment', client, invoice, stage });
  }

  for (const client of tracker.clients) {
    if (client.status !== 'active') continue;
    if (client.cadence !== 'none') {
      const every = CADENCE_DAYS[client.cadence];
      const last = drafted('update', client.name)
        .map((d) => d.date)
        .sort()
        .at(-1);
      const since = last ?? addDays(today, -every);
      if (!last || daysBetween(last, today) >= every) {
        const tasks = tracker.tasks
          .filter((t) => t.client === client.name && t.date > since && t.date <= today)
          .sort((a, b) => Number(a.goal === '') - Number(b.goal === '') || (a.date < b.date ? -1 : 1));
        if (tasks.length > 0) items.push({ kind: 'update', client, tasks });
      }
    }
    if (drafted('terms', client.name).length === 0) items.push({ kind: 'terms', client });
    if (client.newRate !== null && client.newRateFrom && client.newRateFrom > today) {
      // One proposal per planned change: a draft in the 120 days before the start counts as made.
      const proposed = drafted('rate-change', client.name).some(
        (d) => d.date >= addDays(client.newRateFrom!, -120),
      );
      if (!proposed) items.push({ kind: 'rate-change', client });
    }
  }

  for (const client of tracker.clients) {
    if (client.status !== 'ended') continue;
    const invoices = tracker.invoices
      .filter((i) => i.client === client.name)
      .sort((a, b) => (a.issued < b.issued ? -1 : 1));
    const lastInvoice = invoices.at(-1);
    if (!lastInvoice?.paidOn) continue;
    const checkedIn = drafted('check-in', client.name).some((d) => d.date >= lastInvoice.paidOn!);
    if (!checkedIn) items.push({ kind: 'check-in', client });
  }
  return items;
}

/** "Send the report" right after generating it: the newest logged report for that client and month. */
export function reportDraftItem(tracker: Tracker, clientName: string, month: Month): DueItem {
  const client = tracker.clients.find((c) => c.name.toLowerCase() === clientName.toLowerCase());
  if (!client) throw new Error(`There is no client called “${clientName}” in the Clients tab.`);
  const report = tracker.reports.filter((r) => r.client === client.name && r.month === month).at(-1);
  if (!report)
    throw new Error(`Generate the ${month} report for ${client.name} first, then draft the email.`);
  return { kind: 'report', client, report };
}
