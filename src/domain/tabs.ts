// The tracking sheet's layout: tabs, their columns, help text, and the native rules that guard them.
// Pure data: the spreadsheet adapter turns these specs into Sheets validation and formatting rules.
// Each tab's spec lives under tabs/; this module lists them and gathers what callers use.

import { CLIENTS } from './tabs/clients';
import { GOALS } from './tabs/goals';
import { INVOICES } from './tabs/invoices';
import { DRAFTS, REPORTS } from './tabs/logs';
import { SETTINGS } from './tabs/settings';
import type { TabName, TabSpec } from './tabs/spec';
import { TASKS } from './tabs/tasks';

export const TABS: readonly TabSpec[] = [CLIENTS, GOALS, TASKS, INVOICES, SETTINGS, REPORTS, DRAFTS];

export function tabSpec(name: TabName): TabSpec {
  const spec = TABS.find((t) => t.name === name);
  if (!spec) throw new Error(`Unknown tab ${name}`);
  return spec;
}

export { normalizeHeader, normalizeTabName } from './match-key';
export { CLIENTS } from './tabs/clients';
export { GOALS } from './tabs/goals';
export { HEADER_SEARCH_ROWS, findHeaderRow, hasContent, noHeaderSays, tabClashSays } from './tabs/header-row';
export { INVOICES } from './tabs/invoices';
export { DRAFTS, REPORTS } from './tabs/logs';
export { SETTINGS, SETTING_ROWS } from './tabs/settings';
export type { ColumnSpec, SettingSpec, TabName, TabSpec, ValidationSpec } from './tabs/spec';
export { TASKS } from './tabs/tasks';
