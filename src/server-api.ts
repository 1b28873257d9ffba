// The functions the sidebar may call through google.script.run, with what crosses the bridge.
// Only strings, numbers, booleans, null, and arrays/objects of those: no Date ever crosses
// (platform-notes: Dates make the call fail or arrive as null). Dates travel as YYYY-MM-DD.

import type { Diagnostic, DraftKind, LocalDate, Month } from './domain/types';

export interface ClientChoice {
  name: string;
  language: string;
}

export interface ReminderItem {
  kind: DraftKind;
  client: string;
  invoice: string;
  /** Payment reminders: 1 friendly, 2 firm, 3 final. */
  stage: number | null;
  /** Plain words for the list, in the freelancer's UI language (English for now). */
  label: string;
}

export interface SidebarState {
  /** The sheet has no tracking tabs yet: the sidebar offers setup. */
  setupNeeded: boolean;
  clients: ClientChoice[];
  /** Last month, in the spreadsheet's time zone. */
  defaultMonth: Month;
  today: LocalDate;
  /** Right to left when the user's UI language is (Hebrew, Arabic...). */
  direction: 'ltr' | 'rtl';
  reminders: ReminderItem[];
  problems: Diagnostic[];
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

export interface DelegateCandidate {
  row: number;
  date: LocalDate;
  task: string;
  hours: number;
}

/** The freelancer's own view: never part of the client's report. */
export interface PrivateView {
  client: string;
  month: Month;
  goalHours: number;
  aHours: number;
  bHours: number;
  totalHours: number;
  /** 0 to 100: weighted share of hours on goal and A work. */
  score: number;
  weights: { goal: number; a: number; b: number };
  delegate: DelegateCandidate[];
}

export interface ReportRequest {
  client: string;
  month: Month;
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
  /** For kind 'report': the report to send. */
  report?: ReportRequest;
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
}

export interface DraftsResult {
  drafts: DraftMade[];
  /** Items left out, each with the row to fix. */
  skipped: Diagnostic[];
  /** Invoices whose file could not be attached, and why in plain words. */
  notAttached: { invoice: string; reason: string }[];
  /** Items a service refused part way; running again finishes them. */
  failed: { kind: DraftKind; client: string; invoice: string; reason: string }[];
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

/** One self-test item; ids are the README first-run list's. */
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
}
