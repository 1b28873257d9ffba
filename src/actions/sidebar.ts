// What the sidebar shows when it opens, and jumping to a cell from a listed problem.

import { findTabs, hasTrackingTabs, readTabs } from '../adapters/spreadsheet';
import { previousMonth } from '../domain/dates';
import { type DueItem, dueReminders } from '../domain/mail/reminders';
import { readTracker } from '../domain/read-tracker';
import { HEADER_SEARCH_ROWS, TABS, findHeaderRow, normalizeHeader } from '../domain/tabs';
import type { Tracker } from '../domain/types';
import type { CellRef, ReminderItem, SidebarState } from '../server-api';
import { USER_TABS, checkResult } from './check';
import { actionContext } from './context';

const RTL_LOCALES = /^(ar|fa|he|iw|ur|yi|ps|sd|ug|dv|ku)(\b|_|-)/i;

export function loadSidebar(): SidebarState {
  const { ss, timeZone, today } = actionContext();
  const direction = RTL_LOCALES.test(Session.getActiveUserLocale()) ? 'rtl' : 'ltr';
  if (!hasTrackingTabs(ss)) {
    return {
      setupNeeded: true,
      clients: [],
      defaultMonth: previousMonth(today),
      today,
      direction,
      reminders: [],
      problems: [],
    };
  }
  const raw = readTabs(ss, [...USER_TABS, 'Drafts']);
  const tracker = readTracker(raw, timeZone);
  return {
    setupNeeded: false,
    clients: tracker.clients
      .filter((c) => c.status === 'active')
      .map((c) => ({ name: c.name, language: c.language || tracker.settings.defaultLanguage })),
    defaultMonth: previousMonth(today),
    today,
    direction,
    reminders: reminderItems(tracker, today),
    problems: checkResult(raw, tracker).problems,
  };
}

export function reminderItems(tracker: Tracker, today: string): ReminderItem[] {
  return dueReminders(tracker, today).map((item) => ({
    kind: item.kind,
    client: item.client.name,
    invoice: item.invoice?.invoice ?? '',
    stage: item.stage ?? null,
    label: reminderLabel(item),
  }));
}

const STAGES = ['', 'friendly reminder', 'firm reminder', 'final reminder'];

function reminderLabel(item: DueItem): string {
  switch (item.kind) {
    case 'payment':
      return `Invoice ${item.invoice?.invoice} (${item.client.name}) is overdue: ${STAGES[item.stage ?? 1] ?? 'reminder'}`;
    case 'update':
      return `Progress update due for ${item.client.name}`;
    case 'terms':
      return `Confirm terms in writing with ${item.client.name}`;
    case 'check-in':
      return `Check in with ${item.client.name} after the project`;
    case 'rate-change':
      return `Propose the new rate to ${item.client.name}`;
    default:
      return `Send the monthly report to ${item.client.name}`;
  }
}

export function selectCell(ref: CellRef): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const spec = TABS.find((t) => t.name === ref.sheet);
  const sheet = spec ? findTabs(ss, [spec.name]).get(spec.name) : ss.getSheetByName(String(ref.sheet));
  if (!sheet) throw new Error(`There is no ${ref.sheet} tab any more.`);
  const row = Math.max(1, Math.floor(Number(ref.row)) || 1);
  let column = 1;
  if (spec && ref.column) {
    // The header row may stand below a title: look for it where the reader does.
    const lastRow = Math.max(1, Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS));
    const top = sheet.getRange(1, 1, lastRow, Math.max(1, sheet.getLastColumn())).getValues();
    const header = top[Math.max(0, findHeaderRow(spec, top))] ?? [];
    const found = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(ref.column));
    if (found >= 0) column = found + 1;
  }
  sheet.getRange(row, column).activate();
}
