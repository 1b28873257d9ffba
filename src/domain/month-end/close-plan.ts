// Close the month, planned: for every client with work in the month, what each will get (the report,
// the invoice, one cover email carrying both), what is already done, what changed since and may be
// redone, and what stands in the way, as codes the message tree words in each language. Computed
// from one reading of the sheet, so the checklist and each client's server call plan the same way
// and a second run finds everything done. Pure.

import { monthRange } from '../dates';
import { last } from '../es2020';
import { sameText } from '../mail/reminders';
import { matchKey } from '../match-key';
import type { Client, DraftLogEntry, Invoice, Language, LocalDate, Month, Tracker } from '../types';
import type { Reason, StepName, StepState } from './types';
import { billingChanged, monthTasks, parseStamp, workChanges, workStamp } from './work-stamp';

export type { Reason, StepName, StepState };

export interface Step {
  state: StepState;
  reasons: Reason[];
  /** What was made: the report's or the invoice file's link, the invoice number, the draft's id. */
  link?: string;
  invoice?: string;
  draftId?: string;
}

export interface ClientClose {
  client: string;
  row: number;
  language: Language;
  tasks: number;
  hours: number;
  report: Step;
  invoice: Step;
  draft: Step;
  /** Rows of the client's left out of everything for other errors: worth a look, not in the way. */
  warnings: Reason[];
  /** Something is still to be made: ticked in the checklist unless the freelancer unticks it. */
  ticked: boolean;
  /** Something made before has changed: offered for a redo, never redone without being asked. */
  redo: boolean;
}

export interface MonthEndPlan {
  month: Month;
  today: LocalDate;
  monthOver: boolean;
  clients: ClientClose[];
}

export interface CloseInputs {
  /** The subjects the cover email for this month has in every language (how the Drafts log finds it). */
  coverSubjects: readonly string[];
  /** The subjects of the report's own email ("Send the report") for this month, in every language. */
  reportSubjects: readonly string[];
  /**
   * The day of each Tasks row left out for an error, by row, when the caller could read it: a task
   * with neither goal nor mark then stands in the way of its own month only. Without it, every such
   * row of the client does.
   */
  leftOutDates?: ReadonlyMap<number, LocalDate>;
}

/** An Invoices row; `sentOn` is the day it went to the client, where the tab keeps it. */
type InvoiceRow = Invoice & { sentOn?: LocalDate | null };

const hoursOf = (tasks: readonly { hours: number }[]) =>
  Math.round(tasks.reduce((total, t) => total + t.hours * 100, 0)) / 100;

export function planMonthEnd(
  tracker: Tracker,
  month: Month,
  today: LocalDate,
  inputs: CloseInputs,
): MonthEndPlan {
  const { last: lastDay } = monthRange(month);
  const monthOver = today > lastDay;
  const clients = tracker.clients
    // A lead has no work to report; an ended or paused client still gets the month it worked.
    .filter((c) => c.status !== 'lead' && monthTasks(tracker, c.name, month).length > 0)
    .map((c) => planClient(tracker, c, month, { monthOver, lastDay }, inputs));
  return { month, today, monthOver, clients };
}

/** The plan of one client (what its own server call re-checks before it makes anything). */
export function planClient(
  tracker: Tracker,
  client: Client,
  month: Month,
  when: { monthOver: boolean; lastDay: LocalDate },
  inputs: CloseInputs,
): ClientClose {
  const key = matchKey(client.name);
  const tasks = monthTasks(tracker, client.name, month);
  const notOver: Reason | null = when.monthOver
    ? null
    : { code: 'month-not-over', month, lastDay: when.lastDay };
  const leftOut = leftOutRows(tracker, key, month, inputs.leftOutDates);
  const unclassified: Reason | null =
    leftOut.unclassified.length > 0
      ? { code: 'unclassified-tasks', n: leftOut.unclassified.length, rows: leftOut.unclassified }
      : null;
  // What would stop making something now: the month is not over, or tasks would be left out of it.
  const stops: Reason[] = [];
  if (notOver) stops.push(notOver);
  if (unclassified) stops.push(unclassified);

  const report = reportStep(tracker, key, month, stops);
  const invoice = invoiceStep(tracker, client, month, tasks, report, stops);
  const draft = draftStep(tracker, client, month, report, invoice, notOver, inputs);
  const steps = [report, invoice, draft];
  return {
    client: client.name,
    row: client.row,
    language: client.language || tracker.settings.defaultLanguage,
    tasks: tasks.length,
    hours: hoursOf(tasks),
    report,
    invoice,
    draft,
    warnings:
      leftOut.other.length > 0
        ? [{ code: 'rows-left-out', n: leftOut.other.length, rows: leftOut.other }]
        : [],
    ticked: steps.some((s) => s.state === 'make'),
    redo: steps.some((s) => s.state === 'redo'),
  };
}

/** The steps one client's server call runs: everything still to make, and what changed when asked. */
export function stepsToRun(plan: ClientClose, redo: boolean): StepName[] {
  return (['report', 'invoice', 'draft'] as const).filter(
    (name) => plan[name].state === 'make' || (redo && plan[name].state === 'redo'),
  );
}

function leftOutRows(
  tracker: Tracker,
  key: string,
  month: Month,
  dates: ReadonlyMap<number, LocalDate> | undefined,
): { unclassified: number[]; other: number[] } {
  const { first, last: lastDay } = monthRange(month);
  const inMonth = (row: number) => {
    const day = dates?.get(row);
    return day === undefined || (day >= first && day <= lastDay);
  };
  const unclassified = new Set<number>();
  const other = new Set<number>();
  for (const d of tracker.diagnostics) {
    if (d.sheet !== 'Tasks' || d.severity !== 'error' || d.scope === 'tab') continue;
    if (matchKey(d.client) !== key || !inMonth(d.row)) continue;
    if (d.says.some((s) => s.key === 'noGoalNoMark')) unclassified.add(d.row);
    else other.add(d.row);
  }
  // A row with several problems, one of them the missing goal or mark, is counted once, as unclassified.
  for (const row of unclassified) other.delete(row);
  const sorted = (rows: Set<number>) => [...rows].sort((a, b) => a - b);
  return { unclassified: sorted(unclassified), other: sorted(other) };
}

function reportStep(tracker: Tracker, key: string, month: Month, stops: Reason[]): Step {
  const logged = last(tracker.reports.filter((r) => matchKey(r.client) === key && r.month === month));
  if (!logged)
    return stops.length > 0 ? { state: 'blocked', reasons: stops } : { state: 'make', reasons: [] };
  const made = { link: logged.link };
  const then = parseStamp(logged.stamp);
  // A report made before stamps were kept (or its cell typed over): nothing to compare, so nothing offered.
  if (!then) return { state: 'done', reasons: [], ...made };
  const changes = workChanges(then, workStamp(tracker, logged.client, month));
  if (changes.length === 0) return { state: 'done', reasons: [], ...made };
  // Changed, but a redo now would be as short as the first: say what is in the way instead.
  if (stops.length > 0) return { state: 'done', reasons: [...changes, ...stops], ...made };
  return { state: 'redo', reasons: changes, ...made };
}

/** The month's invoice made by the add-on: the one its tasks are marked with, the earliest if several. */
export function monthInvoice(tracker: Tracker, client: string, month: Month): InvoiceRow | undefined {
  const key = matchKey(client);
  const numbers = new Set(
    monthTasks(tracker, client, month)
      .filter((t) => t.invoice)
      .map((t) => matchKey(t.invoice)),
  );
  return (tracker.invoices as InvoiceRow[])
    .filter((i) => matchKey(i.client) === key && numbers.has(matchKey(i.invoice)))
    .sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : a.row - b.row))[0];
}

/** Why an invoice may no longer be made again: the client has it (sent, chased or paid). */
function lockOf(invoice: InvoiceRow): Reason | null {
  if (invoice.paidOn)
    return { code: 'invoice-paid', invoice: invoice.invoice, row: invoice.row, paidOn: invoice.paidOn };
  if (invoice.reminderStage > 0)
    return {
      code: 'invoice-chased',
      invoice: invoice.invoice,
      row: invoice.row,
      stage: invoice.reminderStage,
    };
  if (invoice.sentOn)
    return { code: 'invoice-sent', invoice: invoice.invoice, row: invoice.row, sentOn: invoice.sentOn };
  return null;
}

function invoiceStep(
  tracker: Tracker,
  client: Client,
  month: Month,
  tasks: ReturnType<typeof monthTasks>,
  report: Step,
  stops: Reason[],
): Step {
  const existing = monthInvoice(tracker, client.name, month);
  const numbers = new Set(tracker.invoices.map((i) => matchKey(i.invoice)));
  // Hours of the month on no invoice: a mark naming an invoice that has no row does not count as billed.
  const unbilled = hoursOf(
    tasks.filter((t) => t.billable && t.hours > 0 && !(t.invoice && numbers.has(matchKey(t.invoice)))),
  );
  const noRate = client.hourlyRate === null || !(client.hourlyRate > 0);
  if (!existing) {
    if (stops.length > 0) return { state: 'blocked', reasons: stops };
    if (unbilled === 0) return { state: 'none', reasons: [{ code: 'no-billable-hours' }] };
    if (noRate) return { state: 'blocked', reasons: [{ code: 'no-hourly-rate', row: client.row }] };
    return { state: 'make', reasons: [] };
  }
  const made = { link: existing.file, invoice: existing.invoice };
  const logged = last(
    tracker.reports.filter((r) => matchKey(r.client) === matchKey(client.name) && r.month === month),
  );
  const then = parseStamp(logged?.stamp);
  const edited = then !== null && billingChanged(then, workStamp(tracker, client.name, month));
  if (unbilled === 0 && !edited) return { state: 'done', reasons: [], ...made };
  // Unbilled hours say it best; otherwise what the report says changed in the tasks.
  const changes: Reason[] =
    unbilled > 0
      ? [{ code: 'hours-unbilled', hours: unbilled }]
      : report.reasons.filter((r) => r.code.startsWith('tasks-'));
  if (changes.length === 0) changes.push({ code: 'tasks-edited' });
  const lock = lockOf(existing);
  // The client has this invoice: it stays as it is, and hours it lacks go on next month's invoice.
  if (lock) {
    const next: Reason[] = unbilled > 0 ? [{ code: 'hours-next-invoice', hours: unbilled }] : [];
    return { state: 'done', reasons: [lock, ...next], ...made };
  }
  if (stops.length > 0) return { state: 'done', reasons: [...changes, ...stops], ...made };
  if (noRate)
    return { state: 'done', reasons: [...changes, { code: 'no-hourly-rate', row: client.row }], ...made };
  return { state: 'redo', reasons: changes, ...made };
}

function draftStep(
  tracker: Tracker,
  client: Client,
  month: Month,
  report: Step,
  invoice: Step,
  notOver: Reason | null,
  inputs: CloseInputs,
): Step {
  const key = matchKey(client.name);
  const mine = tracker.drafts.filter((d) => d.kind === 'report' && matchKey(d.client) === key);
  const among = (subjects: readonly string[]) => (d: DraftLogEntry) =>
    subjects.some((s) => sameText(s, d.subject));
  const cover = last(
    mine.filter(
      (d) =>
        among(inputs.coverSubjects)(d) ||
        (invoice.invoice !== undefined && matchKey(d.invoice) === matchKey(invoice.invoice)),
    ),
  );
  if (cover) {
    // A cover email whose PDFs would be replaced, or that went without an invoice now due, is offered again.
    if (report.state === 'redo' || invoice.state === 'redo' || invoice.state === 'make')
      return { state: 'redo', reasons: [{ code: 'attachments-changed' }], draftId: cover.draftId };
    return { state: 'done', reasons: [], draftId: cover.draftId };
  }
  if (notOver) return { state: 'blocked', reasons: [notOver] };
  if (report.state === 'blocked') return { state: 'blocked', reasons: [{ code: 'report-first' }] };
  if (invoice.state === 'blocked') return { state: 'blocked', reasons: [{ code: 'invoice-first' }] };
  if (!client.email.trim()) return { state: 'blocked', reasons: [{ code: 'no-email', row: client.row }] };
  // An invoice the client already has is not sent a second time under a cover email.
  const existing = monthInvoice(tracker, client.name, month);
  const lock = existing ? lockOf(existing) : null;
  if (lock) return { state: 'blocked', reasons: [lock] };
  const alone = mine.some(among(inputs.reportSubjects));
  return { state: 'make', reasons: alone ? [{ code: 'mailed-without-invoice' }] : [] };
}
