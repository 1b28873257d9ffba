// "Close the month": the checklist of every client with work in a month and what each will get (the
// report, the invoice, one cover email carrying both), from one reading of seven tabs: a fixed number
// of calls whatever the number of clients or tasks. Each client is then closed by its own server call.

import { readTabs } from '../adapters/spreadsheet';
import { isMonth, previousMonth } from '../domain/dates';
import { reportSubjects } from '../domain/mail/reminders';
import { type MonthEndPlan, planMonthEnd, stepsToRun } from '../domain/month-end/close-plan';
import { coverSubjects } from '../domain/month-end/cover-mail';
import { leftOutDates } from '../domain/month-end/left-out-dates';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import { matchKey } from '../domain/match-key';
import type { LocalDate, Month, Tracker } from '../domain/types';
import type { CloseClientRequest, CloseClientResult, MonthEndRequest } from '../server-api';
import { actionContext } from './context';
import { CLOSE_TABS, createCoverDraft } from './cover-draft';
import { createInvoice } from './invoice';
import { generateReport } from './report';

/** The month asked for, or the last one: the month a freelancer closes on the first of the next. */
export function closeMonthOf(request: MonthEndRequest | undefined, today: LocalDate): Month {
  const month = typeof request?.month === 'string' ? request.month.trim() : '';
  return isMonth(month) ? month : previousMonth(today);
}

/** Reads the tabs once and plans the month; the tracker comes back for a client's own call to use. */
export function readAndPlan(month: Month): { plan: MonthEndPlan; tracker: Tracker; timeZone: string } {
  const { ss, timeZone, today } = actionContext();
  const raw = readTabs(ss, [...CLOSE_TABS]);
  const tracker = readTracker(raw, timeZone);
  // A plan from a tab that could not be read would leave clients out without a word: name the tab.
  const unreadable = tracker.diagnostics.find(
    (d) => d.scope === 'tab' && ['Clients', 'Goals', 'Tasks'].includes(d.sheet),
  );
  if (unreadable) refuse(...unreadable.says);
  const plan = planMonthEnd(tracker, month, today, {
    coverSubjects: coverSubjects(month),
    reportSubjects: reportSubjects(month),
    leftOutDates: leftOutDates(raw, tracker, timeZone),
  });
  return { plan, tracker, timeZone };
}

/** The checklist the sidebar shows before anything is made. Reads only. */
export function monthEndPlan(request?: MonthEndRequest): MonthEndPlan {
  const { today } = actionContext();
  return readAndPlan(closeMonthOf(request, today)).plan;
}

/**
 * Closes one client's month in one server call, far below the six-minute limit of an execution: plans
 * again from a fresh reading (a second click, or a run after a redo, makes nothing twice), then makes
 * what is due through the very actions of the report, invoice and draft buttons.
 */
export function closeMonthClient(request: CloseClientRequest): CloseClientResult {
  const { today } = actionContext();
  const month = closeMonthOf(request, today);
  const name = typeof request?.client === 'string' ? request.client : '';
  const mine = readAndPlan(month).plan.clients.find((c) => matchKey(c.client) === matchKey(name));
  const result: CloseClientResult = {
    client: mine?.client ?? name,
    month,
    report: null,
    invoice: null,
    draft: null,
    skipped: [],
    notAttached: [],
  };
  if (!mine) return result;
  const steps = stepsToRun(mine, request.redo === true);
  for (const step of ['report', 'invoice', 'draft'] as const)
    if (!steps.includes(step))
      result.skipped.push({ step, state: mine[step].state, reasons: mine[step].reasons });
  const ask = { client: mine.client, month, ui: request.ui };
  if (steps.includes('report')) {
    const made = generateReport(ask);
    result.report = { link: made.link, pdfLink: made.pdfLink, replaced: made.replaced };
  }
  if (steps.includes('invoice')) {
    const made = createInvoice(ask);
    result.invoice = {
      number: made.number,
      link: made.link,
      pdfLink: made.pdfLink,
      amountText: made.amountText,
      replaced: made.replaced,
    };
  }
  if (steps.includes('draft')) {
    const made = createCoverDraft(mine.client, month);
    result.draft = { subject: made.subject, to: made.to, link: made.link, draftId: made.draftId };
    result.notAttached.push(...made.notAttached);
  }
  return result;
}
