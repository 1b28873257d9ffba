// Entry points: the menu, the sidebar and every google.script.run target. Each only wires an action;
// scripts/build.ts turns every export here into a top-level function Apps Script can find.

import { setUp, setUpFromMenu } from './actions/setup';
import { check } from './actions/check';
import { createDrafts as drafts, listReminders as reminders } from './actions/drafts';
import { generateReport as generate } from './actions/report';
import { clientHealth as healthOf, writeDashboard as dashboard } from './actions/health';
import { printTrackingSheet as print } from './actions/print';
import { loadSidebar as load, selectCell as select } from './actions/sidebar';
import type {
  CellRef,
  DraftRequest,
  DraftsResult,
  ReminderItem,
  CheckResult,
  HealthRequest,
  HealthResult,
  PrintRequest,
  PrintResult,
  ReportRequest,
  ReportResult,
  ServerApi,
  SetupRequest,
  SetupResult,
  SidebarState,
} from './server-api';

const TITLE = 'Freelance Value Tracker';

/**
 * Runs in AuthMode.NONE when the add-on is installed but not yet used in this file: only the menu
 * may be built here, nothing that needs authorization.
 * https://developers.google.com/apps-script/add-ons/lifecycle
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Set up tracking sheet', 'setUpFromMenu')
    .addItem('Check sheet', 'checkFromMenu')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export { setUpFromMenu };

/** The sidebar lists every problem with a link to its cell. */
export function checkFromMenu(): void {
  showSidebar();
}

// google.script.run targets. `satisfies` keeps each one in step with ServerApi, the sidebar's contract.
export const loadSidebar: ServerApi['loadSidebar'] = (): SidebarState => load();
export const checkSheet: ServerApi['checkSheet'] = (): CheckResult => check();
export const setupTrackingSheet: ServerApi['setupTrackingSheet'] = (request: SetupRequest): SetupResult =>
  setUp(request);
export const generateReport: ServerApi['generateReport'] = (request: ReportRequest): ReportResult =>
  generate(request);
export const selectCell: ServerApi['selectCell'] = (ref: CellRef): void => select(ref);
export const listReminders: ServerApi['listReminders'] = (): ReminderItem[] => reminders();
export const createDrafts: ServerApi['createDrafts'] = (request: DraftRequest): DraftsResult =>
  drafts(request);
export const clientHealth: ServerApi['clientHealth'] = (request?: HealthRequest): HealthResult =>
  healthOf(request);
export const writeDashboard: ServerApi['writeDashboard'] = (request?: HealthRequest) => dashboard(request);
export const printTrackingSheet: ServerApi['printTrackingSheet'] = (request: PrintRequest): PrintResult =>
  print(request);
