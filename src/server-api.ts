// The functions the sidebar may call through google.script.run, with what crosses the bridge.
// Only strings, numbers, booleans, null, and arrays/objects of those: no Date ever crosses
// (Dates make the call fail or arrive as null: docs/platform.md#htmlservice-and-googlescriptrun).
// Dates travel as YYYY-MM-DD.

import type { Diagnostic, DraftKind, Language, LocalDate, Month } from './domain/types';
import type { DeadlineWarning } from './domain/method/deadlines';
import type { BusinessHealth, ClientHealth } from './domain/method/health';
import type { MonthEndPlan } from './domain/month-end/close-plan';
import type { DelegateCandidate, PrivateView } from './domain/report/private-view';
import type { ClassifyList } from './domain/method/classify';
import type { InvoiceListItem } from './domain/invoice/invoice-list';

export type { ClassifyList, DelegateCandidate, InvoiceListItem, PrivateView };
import type {
  ClassifyListRequest,
  ClassifySaveRequest,
  ClassifySaveResult,
  CloseClientRequest,
  CloseClientResult,
  ImportRequest,
  ImportResult,
  MonthEndRequest,
  MorningStatus,
  TimerStartRequest,
  TimerStartResult,
  TimerStatus,
  TimerStopRequest,
  TimerStopResult,
} from './server-api-work';
export type * from './server-api-work';

export interface ClientChoice {
  name: string;
  language: string;
  /** Months (YYYY-MM) with at least one task: the sidebar warns before an empty report. */
  taskMonths: Month[];
}

/**
 * One line of the reminders checklist: facts, not sentences, so the sidebar words them in the UI
 * language. `key` names the item across calls (kind, client, invoice, stage).
 */
export interface ReminderItem {
  key: string;
  kind: DraftKind;
  client: string;
  /** The client's row in the Clients tab (terms: the sidebar offers to fill Terms confirmed). */
  clientRow: number;
  invoice: string;
  /** Payment reminders: 1 friendly, 2 firm, 3 final. */
  stage: number | null;
  /** Payment reminders: days past the due date today. */
  daysLate: number;
  amount: number | null;
  currency: string;
  /** Progress updates: tasks since the last update. */
  tasks: number;
  /** Rate changes: the new rate and its first day. */
  newRate: number | null;
  newRateFrom: LocalDate | null;
}

export interface SidebarState {
  /** The sheet has no tracking tabs yet: the sidebar offers setup. */
  setupNeeded: boolean;
  clients: ClientChoice[];
  /** Last month, in the spreadsheet's time zone. */
  defaultMonth: Month;
  today: LocalDate;
  /** The sidebar's language: the user's pick, else their Google locale. */
  uiLanguage: Language;
  /** True when the user picked the language in the sidebar (remembered per user). */
  languagePicked: boolean;
  reminders: ReminderItem[];
  problems: Diagnostic[];
  /** The freelancer's timer for this spreadsheet, kept on the server: shown again on reopening. */
  timer: TimerStatus;
}

export interface CheckResult {
  problems: Diagnostic[];
  /** Rows read per tab, so the freelancer sees the check looked at their data. */
  rowsRead: Record<string, number>;
}

export interface Totals {
  tasks: number;
  hours: number;
  goalHours: number;
  aHours: number;
  bHours: number;
  cost: number;
  currency: string;
}

export interface ReportRequest {
  client: string;
  month: Month;
  /** The sidebar's language, for error messages. */
  ui?: Language;
}

export interface ReportResult {
  client: string;
  month: Month;
  docName: string;
  link: string;
  /** Opens or downloads the report as a PDF, for the freelancer (the Doc's export link). */
  pdfLink: string;
  /** True when an earlier report for the same client and month was replaced. */
  replaced: boolean;
  excluded: Diagnostic[];
  totals: Totals;
  privateView: PrivateView;
}

export interface DraftRequest {
  /** Which kinds to draft; all that are due when omitted. */
  kinds?: DraftKind[];
  /** Only these checklist items (ReminderItem.key); the others are left for another day. */
  keys?: string[];
  /** For kind 'report': the report to send. */
  report?: ReportRequest;
  /** The sidebar's language, for error messages. */
  ui?: Language;
}

export interface DraftMade {
  kind: DraftKind;
  client: string;
  invoice: string;
  stage: number | null;
  to: string;
  subject: string;
  draftId: string;
  link: string;
  /** Payment reminders: the day the chaser first fell due (earlier than today when it waited). */
  dueSince?: LocalDate;
}

export interface DraftsResult {
  drafts: DraftMade[];
  /** Items left out, each with the row to fix. */
  skipped: Diagnostic[];
  /** Invoices whose file could not be attached, and why in plain words. */
  notAttached: { invoice: string; reason: string }[];
  /** Items a service refused part way; running again finishes them. */
  failed: { kind: DraftKind; client: string; invoice: string; reason: string }[];
  /** Chosen items that are no longer due (already drafted, or paid): nothing was made for them. */
  notDue: string[];
  /** A report's cover email that was already drafted: its date and, while it is in Drafts, its link. */
  existing?: { date: LocalDate; subject: string; link: string };
}

export interface TermsRequest {
  client: string;
  /** The client's row as the sidebar saw it; checked before writing. */
  row: number;
  ui?: Language;
}

export interface SetupRequest {
  sample: boolean;
}

export interface SetupResult {
  tabsCreated: string[];
  columnsAdded: string[];
  rulesAdded: number;
  sampleAdded: boolean;
}

export interface CellRef {
  sheet: string;
  row: number;
  column: string;
}

export type SelfTestStatus = 'passed' | 'failed' | 'skipped';

/** One self-test item; ids are those of docs/first-run.md. */
export interface SelfTestItem {
  id: string;
  title: string;
  status: SelfTestStatus;
  /** What was seen when passed; the error when failed; why when skipped. */
  detail: string;
}

export interface SelfTestResult {
  /** ISO instant the run started. */
  ranAt: string;
  ms: number;
  items: SelfTestItem[];
  /** The tab the report was written to, or null with the reason when it could not be. */
  tab: string | null;
  tabError: string | null;
}

export interface InvoiceRequest {
  client: string;
  /** The month billed (YYYY-MM); not needed for a deposit. */
  month?: Month;
  /** True for a deposit invoice: a share of the client's estimate, before work starts. */
  deposit?: boolean;
  /** The sidebar's language, for error messages. */
  ui?: Language;
}

export interface CreditRequest {
  /** The number of the sent invoice to cancel in full. */
  invoice: string;
  ui?: Language;
}

export interface CreditResult {
  number: string;
  invoice: string;
  /** Below zero: the invoice's amount, credited. */
  amount: number;
  currency: string;
  /** Tasks returned to unbilled. */
  tasks: number;
  docName: string;
  link: string;
  pdfLink: string;
}

export interface InvoiceListRequest {
  /** Only this client's invoices and credit notes; every client's when absent. */
  client?: string;
  /** The sidebar's language, for error messages. */
  ui?: Language;
}

export interface WithdrawRequest {
  /** The number of an invoice made but not yet sent. */
  invoice: string;
  ui?: Language;
}

export interface WithdrawResult {
  invoice: string;
  client: string;
  /** Tasks returned to unbilled by this run (0 when it was withdrawn before). */
  tasks: number;
  /** The day in Invoices › Withdrawn on: today, or the day it was first withdrawn. */
  withdrawnOn: LocalDate;
}

export interface InvoiceResult {
  number: string;
  client: string;
  kind: 'monthly' | 'deposit';
  /** The month billed, '' for a deposit. */
  month: string;
  /** The amount due, in the currency's units (deposit deducted). */
  amount: number;
  /** The amount as printed on the invoice, in the client's language. */
  amountText: string;
  currency: string;
  issued: LocalDate;
  due: LocalDate;
  hours: number;
  /** Tasks billed on it. */
  tasks: number;
  depositDeducted: number;
  docName: string;
  /** The invoice's Google Doc, for the freelancer. */
  link: string;
  /** The PDF, also written to Invoices › Invoice file; payment reminders attach it. */
  pdfLink: string;
  /** True when the same invoice was made before and was replaced in place. */
  replaced: boolean;
  /** Before VAT, the VAT per rate (none when the seller is not VAT-registered), and what the client pays (= amount). */
  net: number;
  vat: { rate: number; base: number; amount: number }[];
  total: number;
}

export interface HealthRequest {
  /** The sidebar's UI language; English when absent or not one of ours. */
  ui?: Language;
}

export interface HealthResult {
  today: LocalDate;
  clients: (ClientHealth & { reasonText: string[] })[];
  business: BusinessHealth;
  deadlines: { upcoming: DeadlineWarning[]; overdue: DeadlineWarning[] };
}

export interface PrintRequest {
  client: string;
  month: Month;
  /** The freelancer's UI language; English when absent or not one of ours. */
  ui?: Language;
}

export interface PrintResult {
  client: string;
  month: Month;
  docName: string;
  link: string;
  /** The PDF saved beside the Doc (replaced in place when printed again), ready to print. */
  pdfLink: string;
  replaced: boolean;
}

/** Every google.script.run target; the sidebar's bridge is typed from this and nothing else. */
export interface ServerApi {
  loadSidebar(): SidebarState;
  checkSheet(): CheckResult;
  setupTrackingSheet(request: SetupRequest): SetupResult;
  generateReport(request: ReportRequest): ReportResult;
  listReminders(): ReminderItem[];
  createDrafts(request: DraftRequest): DraftsResult;
  selectCell(ref: CellRef): void;
  runSelfTest(): SelfTestResult;
  createInvoice(request: InvoiceRequest): InvoiceResult;
  /** Cancels a sent invoice in full with a credit note; its tasks return to unbilled. */
  createCreditNote(request: CreditRequest): CreditResult;
  /** The Invoices tab as the sidebar lists it: each row's state, credit notes flagged. Reads only. */
  listInvoices(request?: InvoiceListRequest): InvoiceListItem[];
  /** Withdraws an invoice not yet sent: its number stays in Invoices, marked; its tasks return to unbilled. */
  withdrawInvoice(request: WithdrawRequest): WithdrawResult;
  /** Remembers the sidebar's language for this user ('' follows the Google locale again). */
  setUiLanguage(language: Language | ''): void;
  /** Writes today into the client's Terms confirmed cell; returns the date written. */
  confirmTerms(request: TermsRequest): { date: LocalDate };
  clientHealth(request?: HealthRequest): HealthResult;
  writeDashboard(request?: HealthRequest): { tab: string; rows: number };
  printTrackingSheet(request: PrintRequest): PrintResult;
  /** Close the month: the checklist of what each client with work in the month gets. Reads only. */
  monthEndPlan(request?: MonthEndRequest): MonthEndPlan;
  /** Close the month for one client: one server call each, so none comes near the time limit. */
  closeMonthClient(request: CloseClientRequest): CloseClientResult;
  /** The morning reminders: on or off, and what they prepared since the sidebar last looked. */
  morningStatus(): MorningStatus;
  setMorningReminders(request: { on: boolean; ui?: Language }): MorningStatus;
  listUnclassified(request: ClassifyListRequest): ClassifyList;
  saveClassification(request: ClassifySaveRequest): ClassifySaveResult;
  timerStatus(): TimerStatus;
  startTimer(request: TimerStartRequest): TimerStartResult;
  stopTimer(request: TimerStopRequest): TimerStopResult;
  importTimeEntries(request: ImportRequest): ImportResult;
}
