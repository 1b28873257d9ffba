// Entry points: the menu, the sidebar and every google.script.run target. Each only wires an action;
// scripts/build.ts turns every export here into a top-level function Apps Script can find.

import { servedIn } from './actions/context';
import { setUp, setUpFromMenu } from './actions/setup';
import { check } from './actions/check';
import { closeMonthClient as closeClient, monthEndPlan as planMonth } from './actions/close-month';
import {
  morningStatus as mornings,
  prepareMorningReminders as prepareMornings,
  setMorningReminders as setMornings,
} from './actions/mornings';
import { createDrafts as drafts, listReminders as reminders } from './actions/drafts';
import { createInvoice as invoice } from './actions/invoice';
import { createCreditNote as credit } from './actions/credit';
import { listInvoices as invoiceList } from './actions/invoice-list';
import { withdrawInvoice as withdraw } from './actions/withdraw';
import { generateReport as generate } from './actions/report';
import { importTimeEntries as importEntries } from './actions/import';
import { runSelfTest as selfTest } from './actions/self-test';
import { WORDS } from './domain/messages';
import { renderIn } from './domain/messages/client';
import { clientHealth as healthOf, writeDashboard as dashboard } from './actions/health';
import { printTrackingSheet as print } from './actions/print';
import { loadSidebar as load, selectCell as select } from './actions/sidebar';
import { confirmTerms as confirm } from './actions/terms';
import { listUnclassified as unclassified, saveClassification as classify } from './actions/classify';
import { startTimer as start, stopTimer as stop, timerStatus as timerNow } from './actions/timer';
import { localeLanguage, setUiLanguage as setLanguage, uiLanguage } from './actions/ui-language';
import type { Language } from './domain/types';
import type {
  CellRef,
  ClassifyList,
  ClassifyListRequest,
  ClassifySaveRequest,
  ClassifySaveResult,
  TimerStartRequest,
  TimerStartResult,
  TimerStatus,
  TimerStopRequest,
  TimerStopResult,
  DraftRequest,
  DraftsResult,
  ReminderItem,
  CheckResult,
  ImportRequest,
  ImportResult,
  CloseClientRequest,
  CloseClientResult,
  MonthEndRequest,
  MorningStatus,
  InvoiceRequest,
  CreditRequest,
  CreditResult,
  InvoiceListItem,
  InvoiceListRequest,
  WithdrawRequest,
  WithdrawResult,
  InvoiceResult,
  HealthRequest,
  HealthResult,
  PrintRequest,
  PrintResult,
  ReportRequest,
  ReportResult,
  SelfTestResult,
  ServerApi,
  SetupRequest,
  SetupResult,
  SidebarState,
  TermsRequest,
} from './server-api';

const TITLE = 'Freelance Value Tracker';

/**
 * Runs in AuthMode.NONE when the add-on is installed but not yet used in this file: only the menu
 * may be built here, nothing that needs authorization.
 * https://developers.google.com/apps-script/add-ons/lifecycle
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = WORDS[menuLanguage(e)].server.menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menu.sidebar, 'showSidebar')
    .addItem(menu.setup, 'setUpFromMenu')
    .addItem(menu.check, 'checkFromMenu')
    .addSeparator()
    .addItem(menu.selfTest, 'runSelfTestFromMenu')
    .addToUi();
}

/**
 * The menu's language. In AuthMode.NONE user properties are off limits (the AuthMode reference's
 * onOpen example), and whether the locale may be read is not documented: it is tried, and English
 * stands in if it is refused. Otherwise the user's pick, else their locale.
 */
function menuLanguage(e?: GoogleAppsScript.Events.SheetsOnOpen): Language {
  try {
    if (e && String(e.authMode) === 'NONE') return localeLanguage();
    return uiLanguage().language;
  } catch {
    return 'en';
  }
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

/** From the menu: runs the self-test, then says where the report is (the sidebar shows it too). */
export function runSelfTestFromMenu(): void {
  const result = selfTest();
  const count = (status: string) => result.items.filter((i) => i.status === status).length;
  const language = menuLanguage();
  const done = WORDS[language].server.selfTestDone(
    { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    result.tab,
    result.tabError ?? '',
  );
  SpreadsheetApp.getActiveSpreadsheet().toast(renderIn(language, done), TITLE, 10);
}

// google.script.run targets. `satisfies` keeps each one in step with ServerApi, the sidebar's contract.
export const loadSidebar: ServerApi['loadSidebar'] = (): SidebarState => servedIn(undefined, load);
export const checkSheet: ServerApi['checkSheet'] = (): CheckResult => servedIn(undefined, check);
export const setupTrackingSheet: ServerApi['setupTrackingSheet'] = (request: SetupRequest): SetupResult =>
  servedIn(undefined, () => setUp(request));
export const generateReport: ServerApi['generateReport'] = (request: ReportRequest): ReportResult =>
  servedIn(request?.ui, () => generate(request));
export const importTimeEntries: ServerApi['importTimeEntries'] = (request: ImportRequest): ImportResult =>
  servedIn(request?.ui, () => importEntries(request));
export const selectCell: ServerApi['selectCell'] = (ref: CellRef): void =>
  servedIn(undefined, () => select(ref));
export const listReminders: ServerApi['listReminders'] = (): ReminderItem[] => servedIn(undefined, reminders);
export const createDrafts: ServerApi['createDrafts'] = (request: DraftRequest): DraftsResult =>
  servedIn(request?.ui, () => drafts(request));
export const setUiLanguage: ServerApi['setUiLanguage'] = (language: Language | ''): void =>
  setLanguage(language);
export const confirmTerms: ServerApi['confirmTerms'] = (request: TermsRequest): { date: string } =>
  servedIn(request?.ui, () => confirm(request));
export const runSelfTest: ServerApi['runSelfTest'] = (): SelfTestResult => servedIn(undefined, selfTest);
export const createInvoice: ServerApi['createInvoice'] = (request: InvoiceRequest): InvoiceResult =>
  servedIn(request?.ui, () => invoice(request));
export const createCreditNote: ServerApi['createCreditNote'] = (request: CreditRequest): CreditResult =>
  servedIn(request?.ui, () => credit(request));
export const listInvoices: ServerApi['listInvoices'] = (request?: InvoiceListRequest): InvoiceListItem[] =>
  servedIn(request?.ui, () => invoiceList(request));
export const withdrawInvoice: ServerApi['withdrawInvoice'] = (request: WithdrawRequest): WithdrawResult =>
  servedIn(request?.ui, () => withdraw(request));
export const clientHealth: ServerApi['clientHealth'] = (request?: HealthRequest): HealthResult =>
  servedIn(request?.ui, () => healthOf(request));
export const writeDashboard: ServerApi['writeDashboard'] = (request?: HealthRequest) =>
  servedIn(request?.ui, () => dashboard(request));
export const printTrackingSheet: ServerApi['printTrackingSheet'] = (request: PrintRequest): PrintResult =>
  servedIn(request?.ui, () => print(request));
export const monthEndPlan: ServerApi['monthEndPlan'] = (request?: MonthEndRequest) =>
  servedIn(request?.ui, () => planMonth(request));
export const closeMonthClient: ServerApi['closeMonthClient'] = (
  request: CloseClientRequest,
): CloseClientResult => servedIn(request?.ui, () => closeClient(request));
export const morningStatus: ServerApi['morningStatus'] = (): MorningStatus => servedIn(undefined, mornings);
export const setMorningReminders: ServerApi['setMorningReminders'] = (request: {
  on: boolean;
  ui?: Language;
}) => servedIn(request?.ui, () => setMornings(request));

/**
 * The morning trigger's function (MORNING_HANDLER in domain/month-end/morning-trigger.ts), not a sidebar
 * call. It never throws: what it made or why it stopped is logged for the sidebar.
 */
export function prepareMorningReminders(event?: { triggerUid?: unknown }) {
  return prepareMornings(event);
}
export const listUnclassified: ServerApi['listUnclassified'] = (request: ClassifyListRequest): ClassifyList =>
  servedIn(request?.ui, () => unclassified(request));
export const saveClassification: ServerApi['saveClassification'] = (
  request: ClassifySaveRequest,
): ClassifySaveResult => servedIn(request?.ui, () => classify(request));
export const timerStatus: ServerApi['timerStatus'] = (): TimerStatus => servedIn(undefined, timerNow);
export const startTimer: ServerApi['startTimer'] = (request: TimerStartRequest): TimerStartResult =>
  servedIn(request?.ui, () => start(request));
export const stopTimer: ServerApi['stopTimer'] = (request: TimerStopRequest): TimerStopResult =>
  servedIn(request?.ui, () => stop(request));
