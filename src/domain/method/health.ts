// Client health: per active client, the signs that come before a lost client (silence, late payment,
// missed deadlines, falling hours), and for the business as a whole how much rests on one client and
// how many leads are in the pipeline. Pure; plain data for the sidebar, the Dashboard tab and the runner.

import { nameKey, sameName } from '../match-key';
import { addDays, daysBetween, daysInMonth, isLocalDate, monthOf, monthRange } from '../dates';
import type { Client, LocalDate, Month, Tracker } from '../types';
import { deadlineOutcome } from './deadlines';
import { owesNothing } from '../tax/status';

/** Why a client looks at risk; the sidebar words each reason in the freelancer's language. */
export type RiskReason =
  | { code: 'silent'; days: number }
  | { code: 'pays-late'; days: number }
  | { code: 'overdue'; invoices: number; days: number }
  | { code: 'missed-deadlines'; count: number }
  | { code: 'hours-falling'; share: number };

export interface ClientHealth {
  client: string;
  /** Days since the last draft or report the add-on knows of; null when there was none. */
  daysSinceContact: number | null;
  /** Average days invoices paid in the last year were paid after their due date (0 = on time). */
  avgDaysLate: number | null;
  /** Unpaid invoices past their due date now. */
  overdue: { invoices: number; amount: number; currency: string; oldestDays: number };
  missedDeadlines90: number;
  hoursThisMonth: number;
  /** Average hours a month over the three months before this one. */
  hoursAverage3: number;
  pendingRateChange: { rate: number; from: LocalDate } | null;
  atRisk: boolean;
  reasons: RiskReason[];
}

export interface BusinessHealth {
  /** Share of the last 3 months' invoiced income from the largest client, in the home currency. */
  largestClientShare: number | null;
  largestClient: string | null;
  /** The currency the share is measured in: Settings › Default currency. */
  currency: string;
  /** Invoices of the period in other currencies, left out of the share. */
  otherCurrencies: number;
  /** True when that share is above the threshold. */
  concentrated: boolean;
  leads: number;
}

export interface HealthOptions {
  /** Warn when one client brings more than this share of income (Settings; default 0.5). */
  concentrationThreshold?: number;
}

// Thresholds of the plain-words signal, chosen to flag early without crying wolf
// (docs/method.md#client-health).
const SILENT_DAYS = 30;
const PAYS_LATE_DAYS = 14;
const MISSED_DEADLINES = 2;
const HOURS_FALLING = 0.5;

// One normal form for names on both sides, as everywhere else (control characters, spaces, case).

function lastContact(tracker: Tracker, client: Client): LocalDate | null {
  const dates: LocalDate[] = [];
  for (const d of tracker.drafts)
    if (sameName(d.client, client.name) && isLocalDate(d.date)) dates.push(d.date);
  for (const r of tracker.reports) {
    // Generated is an ISO instant; its UTC day is close enough for "days since contact".
    const day = String(r.generated).slice(0, 10);
    if (sameName(r.client, client.name) && isLocalDate(day)) dates.push(day);
  }
  return dates.length > 0 ? dates.sort()[dates.length - 1]! : null;
}

function hoursIn(tracker: Tracker, client: Client, month: Month, until?: LocalDate): number {
  const { first, last } = monthRange(month);
  const end = until && until < last ? until : last;
  const total = tracker.tasks
    .filter((t) => sameName(t.client, client.name) && t.date >= first && t.date <= end)
    .reduce((sum, t) => sum + Math.round(t.hours * 100), 0);
  return total / 100;
}

function monthBefore(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function clientHealth(tracker: Tracker, client: Client, today: LocalDate): ClientHealth {
  const contact = lastContact(tracker, client);
  const daysSinceContact = contact ? Math.max(0, daysBetween(contact, today)) : null;

  // A credit note, the invoice it cancels and a withdrawn one owe nothing: never paid, never late.
  const settled = owesNothing(tracker.invoices);
  const invoices = tracker.invoices.filter((i) => sameName(i.client, client.name) && !settled(i));
  const yearAgo = addDays(today, -365);
  const paid = invoices.filter((i) => i.paidOn && i.paidOn >= yearAgo && i.paidOn <= today);
  const avgDaysLate =
    paid.length > 0
      ? Math.round(
          (paid.reduce((sum, i) => sum + Math.max(0, daysBetween(i.due, i.paidOn!)), 0) / paid.length) * 10,
        ) / 10
      : null;

  const late = invoices.filter((i) => !i.paidOn && i.due < today);
  const currency = late[0]?.currency || client.currency;
  const overdue = {
    invoices: late.length,
    // Summed only in one currency: amounts in another are counted but not added.
    amount:
      late.filter((i) => i.currency === currency).reduce((sum, i) => sum + Math.round(i.amount * 100), 0) /
      100,
    currency,
    oldestDays: late.reduce((most, i) => Math.max(most, daysBetween(i.due, today)), 0),
  };

  const since = addDays(today, -90);
  const missedDeadlines90 = tracker.tasks.filter(
    (t) =>
      sameName(t.client, client.name) &&
      t.deadline !== null &&
      t.deadline > since &&
      t.deadline <= today &&
      deadlineOutcome(t, today).kind === 'missed',
  ).length;

  const month = monthOf(today);
  const hoursThisMonth = hoursIn(tracker, client, month, today);
  const before = [1, 2, 3].map((n) => hoursIn(tracker, client, monthBefore(month, n)));
  const hoursAverage3 = Math.round(((before[0]! + before[1]! + before[2]!) / 3) * 100) / 100;
  // A pattern needs at least two months of work behind it; a new client's first quiet month is not one.
  const established = before.filter((h) => h > 0).length >= 2;

  const pendingRateChange =
    client.newRate !== null && client.newRateFrom && client.newRateFrom > today
      ? { rate: client.newRate, from: client.newRateFrom }
      : null;

  const reasons: RiskReason[] = [];
  if (daysSinceContact !== null && daysSinceContact > SILENT_DAYS)
    reasons.push({ code: 'silent', days: daysSinceContact });
  if (avgDaysLate !== null && avgDaysLate > PAYS_LATE_DAYS)
    reasons.push({ code: 'pays-late', days: avgDaysLate });
  // Past the final reminder's day (Settings › Reminder days, 14 by default) a late payment is a risk.
  const finalDay = Math.max(0, ...tracker.settings.reminderDays);
  if (overdue.invoices > 0 && overdue.oldestDays >= (finalDay || 30))
    reasons.push({ code: 'overdue', invoices: overdue.invoices, days: overdue.oldestDays });
  if (missedDeadlines90 >= MISSED_DEADLINES)
    reasons.push({ code: 'missed-deadlines', count: missedDeadlines90 });
  // This month is not over: compare its pace, not its total, with the average.
  const [y, m] = month.split('-').map(Number) as [number, number];
  const elapsed = Number(today.slice(8, 10)) / daysInMonth(y, m);
  const pace = elapsed > 0 ? hoursThisMonth / elapsed : hoursThisMonth;
  if (established && elapsed >= 0.5 && pace < hoursAverage3 * HOURS_FALLING)
    reasons.push({ code: 'hours-falling', share: Math.round((pace / hoursAverage3) * 100) / 100 });

  return {
    client: client.name,
    daysSinceContact,
    avgDaysLate,
    overdue,
    missedDeadlines90,
    hoursThisMonth,
    hoursAverage3,
    pendingRateChange,
    atRisk: reasons.length > 0,
    reasons,
  };
}

export function businessHealth(
  tracker: Tracker,
  today: LocalDate,
  options: HealthOptions = {},
): BusinessHealth {
  const threshold = options.concentrationThreshold ?? 0.5;
  const home = tracker.settings.defaultCurrency;
  const since = addDays(today, -91);
  // Amounts in different currencies cannot be added without exchange rates, so the share is measured
  // in the freelancer's own currency (Settings › Default currency) and the rest is counted apart.
  const income = new Map<string, number>();
  let otherCurrencies = 0;
  for (const i of tracker.invoices) {
    if (i.issued <= since || i.issued > today || !(i.amount > 0)) continue;
    if (i.currency !== home) {
      otherCurrencies += 1;
      continue;
    }
    const key = i.client.trim();
    income.set(key, (income.get(key) ?? 0) + Math.round(i.amount * 100));
  }
  const total = [...income.values()].reduce((a, b) => a + b, 0);
  const top = [...income].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const largestClientShare = top && total > 0 ? Math.round((top[1] / total) * 1000) / 1000 : null;
  return {
    largestClientShare,
    largestClient: top ? top[0] : null,
    currency: home,
    otherCurrencies,
    concentrated: largestClientShare !== null && largestClientShare > threshold,
    leads: tracker.clients.filter((c) => c.status === 'lead').length,
  };
}

/** Health of every active client, in sheet order, and of the business. */
export function health(
  tracker: Tracker,
  today: LocalDate,
  options: HealthOptions = {},
): { clients: ClientHealth[]; business: BusinessHealth } {
  // Each client's rows grouped once, so a sheet of many clients and tasks is read in one pass.
  const byClient = <T extends { client: string }>(rows: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = nameKey(row.client);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return (client: Client) => groups.get(nameKey(client.name)) ?? [];
  };
  const tasks = byClient(tracker.tasks);
  const invoices = byClient(tracker.invoices);
  const drafts = byClient(tracker.drafts);
  const reports = byClient(tracker.reports);
  return {
    clients: tracker.clients
      .filter((c) => c.status === 'active')
      .map((c) =>
        clientHealth(
          { ...tracker, tasks: tasks(c), invoices: invoices(c), drafts: drafts(c), reports: reports(c) },
          c,
          today,
        ),
      ),
    business: businessHealth(tracker, today, options),
  };
}
