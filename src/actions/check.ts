// "Check sheet": one batch read per tab, every problem listed with sheet, row, column and the fix.

import { readTabs } from '../adapters/spreadsheet';
import { type RawTabs, readTracker } from '../domain/read-tracker';
import { TABS, type TabName } from '../domain/tabs';
import type { Tracker } from '../domain/types';
import type { CheckResult } from '../server-api';
import { actionContext } from './context';

export const USER_TABS: TabName[] = ['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings'];

export function check(): CheckResult {
  const { ss, timeZone } = actionContext();
  const raw = readTabs(ss, USER_TABS);
  return checkResult(raw, readTracker(raw, timeZone));
}

export function checkResult(raw: RawTabs, tracker: Tracker): CheckResult {
  const rowsRead: Record<string, number> = {};
  for (const spec of TABS) {
    const values = raw[spec.name];
    if (values) rowsRead[spec.name] = Math.max(0, values.length - 1);
  }
  const order = new Map(TABS.map((t, i) => [t.name as string, i]));
  const problems = [...tracker.diagnostics].sort(
    (a, b) => (order.get(a.sheet) ?? 99) - (order.get(b.sheet) ?? 99) || a.row - b.row,
  );
  return { problems, rowsRead };
}
