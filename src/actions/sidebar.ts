// What the sidebar shows when it opens (in the user's UI language), and jumping to a cell.

import {
  activeSpreadsheet,
  hasTrackingTabs,
  readTabs,
  selectCell as selectCellIn,
} from '../adapters/spreadsheet';
import { daysBetween, previousMonth } from '../domain/dates';
import { type DueItem, dueReminders } from '../domain/mail/reminders';
import { readTracker } from '../domain/read-tracker';
import type { Tracker } from '../domain/types';
import type { CellRef, ReminderItem, SidebarState } from '../server-api';
import { USER_TABS, checkResult } from './check';
import { actionContext } from './context';
import { timerStatusOf } from './timer';
import { uiLanguage } from './ui-language';

export function loadSidebar(): SidebarState {
  const { ss, timeZone, today } = actionContext();
  const { language, picked } = uiLanguage();
  const base = {
    defaultMonth: previousMonth(today),
    today,
    uiLanguage: language,
    languagePicked: picked,
    timer: timerStatusOf(ss.getId()),
  };
  if (!hasTrackingTabs(ss)) return { ...base, setupNeeded: true, clients: [], reminders: [], problems: [] };
  const raw = readTabs(ss, [...USER_TABS, 'Drafts']);
  const tracker = readTracker(raw, timeZone);
  const months = taskMonths(tracker);
  return {
    ...base,
    setupNeeded: false,
    clients: tracker.clients
      .filter((c) => c.status === 'active')
      .map((c) => ({
        name: c.name,
        language: c.language || tracker.settings.defaultLanguage,
        taskMonths: months.get(c.name) ?? [],
      })),
    reminders: reminderItems(tracker, today),
    problems: checkResult(raw, tracker).problems,
  };
}

/** Months with tasks, per client: one pass over the tasks however many clients there are. */
function taskMonths(tracker: Tracker): Map<string, string[]> {
  const months = new Map<string, Set<string>>();
  for (const t of tracker.tasks) {
    const set = months.get(t.client) ?? new Set<string>();
    set.add(t.date.slice(0, 7));
    months.set(t.client, set);
  }
  const sorted = new Map<string, string[]>();
  for (const [client, set] of months) sorted.set(client, [...set].sort());
  return sorted;
}

/** Names a checklist item across calls: the same due item gets the same key until it is drafted. */
export function reminderKey(item: DueItem): string {
  return [item.kind, item.client.name, item.invoice?.invoice ?? '', item.stage ?? ''].join('\u001f');
}

/** Payment chasers first (money owed matters most), then the rest in the order they were found. */
const KIND_ORDER = ['payment', 'terms', 'update', 'rate-change', 'check-in', 'report'];

export function reminderItems(tracker: Tracker, today: string): ReminderItem[] {
  return dueReminders(tracker, today)
    .map((item, i) => ({ item, i }))
    .sort((a, b) => KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind) || a.i - b.i)
    .map(({ item }) => ({
      key: reminderKey(item),
      kind: item.kind,
      client: item.client.name,
      clientRow: item.client.row,
      invoice: item.invoice?.invoice ?? '',
      stage: item.stage ?? null,
      daysLate: item.invoice ? Math.max(0, daysBetween(item.invoice.due, today)) : 0,
      amount: item.invoice?.amount ?? null,
      currency: item.invoice?.currency ?? item.client.currency,
      tasks: item.tasks?.length ?? 0,
      newRate: item.kind === 'rate-change' ? item.client.newRate : null,
      newRateFrom: item.kind === 'rate-change' ? item.client.newRateFrom : null,
    }));
}

export function selectCell(ref: CellRef): void {
  selectCellIn(activeSpreadsheet(), ref);
}
