// Turns the raw values of the tracking tabs into clients, goals, tasks, invoices and settings.
// Every row that cannot be used is left out with a diagnostic naming sheet, row and column, so no
// feature ever drops data silently. Columns are found by header, so users may reorder or add columns.
// The tab reader and each tab's parser live under read-tracker/; this module puts them together.

import type { TabName } from './tabs';
import type { Diagnostic, Tracker } from './types';
import { ClientNames, parseClients } from './read-tracker/clients';
import { parseGoals } from './read-tracker/goals';
import { parseInvoices } from './read-tracker/invoices';
import { parseDrafts, parseReports } from './read-tracker/logs';
import { parseSettings } from './read-tracker/settings';
import { parseTasks } from './read-tracker/tasks';

/** A tab's values as getValues() returned them, header row first; null when the tab is missing. */
export type RawTabs = Partial<Record<TabName, unknown[][] | null>>;

/** Reads every tab given; tabs not given are treated as not needed (not as missing). */
export function readTracker(raw: RawTabs, timeZone: string): Tracker {
  const diagnostics: Diagnostic[] = [];
  const given = (name: TabName) => (name in raw ? raw[name] : undefined);
  const settings = parseSettings('Settings' in raw ? raw.Settings : [], timeZone, diagnostics);
  const clients = 'Clients' in raw ? parseClients(given('Clients'), timeZone, diagnostics, settings) : [];
  const byName = new ClientNames(clients);
  const goals = 'Goals' in raw ? parseGoals(given('Goals'), timeZone, diagnostics, byName) : [];
  const tasks = 'Tasks' in raw ? parseTasks(given('Tasks'), timeZone, diagnostics, byName, goals) : [];
  const blocked: { diagnostic?: Diagnostic } = {};
  const invoices =
    'Invoices' in raw ? parseInvoices(given('Invoices'), timeZone, diagnostics, byName, blocked) : [];
  const tracker: Tracker = {
    clients,
    goals,
    tasks,
    invoices,
    settings,
    reports: parseReports(given('Reports'), timeZone),
    drafts: parseDrafts(given('Drafts'), timeZone),
    diagnostics,
  };
  if (blocked.diagnostic) tracker.paymentsBlocked = blocked.diagnostic;
  return tracker;
}
