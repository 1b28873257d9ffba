// "Close the month": the checklist of every client with work in a month and what each will get (the
// report, the invoice, one cover email carrying both), from one reading of seven tabs: a fixed number
// of calls whatever the number of clients or tasks. Each client is then closed by its own server call.

import { readTabs } from '../adapters/spreadsheet';
import { isMonth, previousMonth } from '../domain/dates';
import { reportSubjects } from '../domain/mail/reminders';
import { type MonthEndPlan, planMonthEnd } from '../domain/month-end/close-plan';
import { coverSubjects } from '../domain/month-end/cover-mail';
import { leftOutDates } from '../domain/month-end/left-out-dates';
import { refuse } from '../domain/problems/render';
import { readTracker } from '../domain/read-tracker';
import type { Language, LocalDate, Month, Tracker } from '../domain/types';
import { actionContext } from './context';

export const CLOSE_TABS = ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings', 'Reports', 'Drafts'] as const;

export interface MonthEndRequest {
  /** YYYY-MM; the last month when missing. */
  month?: string;
  ui?: Language;
}

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
