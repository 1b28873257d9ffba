// Client health: the sidebar's section and the Dashboard tab (on request). Reads each tab once,
// computes in memory, writes the Dashboard in one block of values.

import { say } from '../domain/problems';
import { refuse } from '../domain/problems/render';
import { findOwnTab, readTabs } from '../adapters/spreadsheet';
import { cellText } from '../domain/escape';
import { DASHBOARD_MARKER, dashboardRows } from '../domain/method/dashboard';
import { deadlineWarnings } from '../domain/method/deadlines';
import { health } from '../domain/method/health';
import { WORDS } from '../domain/messages';
import { renderIn } from '../domain/messages/client';
import { readTracker } from '../domain/read-tracker';
import { LANGUAGES, type Language } from '../domain/types';
import type { HealthRequest, HealthResult } from '../server-api';
import { actionContext, withDocumentLock } from './context';

const TABS_READ = ['Clients', 'Tasks', 'Invoices', 'Settings', 'Reports', 'Drafts'] as const;
export const DASHBOARD_TAB = 'Dashboard';

function uiLanguage(request: HealthRequest | undefined): Language {
  const asked = request?.ui;
  return (LANGUAGES as readonly string[]).includes(String(asked)) ? (asked as Language) : 'en';
}

export function clientHealth(request?: HealthRequest): HealthResult {
  const { ss, timeZone, today } = actionContext();
  const language = uiLanguage(request);
  const tracker = readTracker(readTabs(ss, [...TABS_READ]), timeZone);
  const result = health(tracker, today);
  const t = WORDS[language].health;
  return {
    today,
    clients: result.clients.map((h) => ({
      ...h,
      reasonText: h.reasons.map((r) => renderIn(language, t.reason(r))),
    })),
    business: result.business,
    deadlines: deadlineWarnings(tracker.tasks, today),
  };
}

/** Writes (or rewrites) the Dashboard tab; refuses a Dashboard tab the add-on did not write. */
export function writeDashboard(request?: HealthRequest): { tab: string; rows: number } {
  const { ss, timeZone, today } = actionContext();
  const language = uiLanguage(request);
  return withDocumentLock('dashboard', () => {
    const tracker = readTracker(readTabs(ss, [...TABS_READ]), timeZone);
    const rows = dashboardRows(health(tracker, today), today, language).map((r) =>
      r.map((v) => (typeof v === 'string' ? cellText(v) : v)),
    );
    let sheet = findOwnTab(ss, DASHBOARD_TAB);
    let oldRows = 0;
    let oldColumns = 0;
    if (sheet) {
      oldRows = sheet.getLastRow();
      oldColumns = sheet.getLastColumn();
      const first = oldRows > 0 ? String(sheet.getRange(1, 1).getValue()) : DASHBOARD_MARKER;
      if (first !== DASHBOARD_MARKER)
        refuse(say('tabNotOurs', { tab: DASHBOARD_TAB, marker: DASHBOARD_MARKER }));
    } else sheet = ss.insertSheet(DASHBOARD_TAB);
    // One block covering the old content too, so no stale row of an earlier run survives.
    const height = Math.max(rows.length, oldRows);
    const width = Math.max(rows[0]!.length, oldColumns);
    const block = Array.from({ length: height }, (_, i) =>
      Array.from({ length: width }, (_, j) => rows[i]?.[j] ?? ''),
    );
    if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, height, width).setValues(block);
    return { tab: DASHBOARD_TAB, rows: rows.length };
  });
}
