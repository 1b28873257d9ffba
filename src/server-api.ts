// The functions the sidebar may call through google.script.run, with what crosses the bridge.
// Only strings, numbers, booleans, null, and arrays/objects of those: no Date ever crosses
// (platform-notes: Dates make the call fail or arrive as null). Dates travel as YYYY-MM-DD.

import type { DeadlineWarning } from './domain/method/deadlines';
import type { BusinessHealth, ClientHealth } from './domain/method/health';
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

export interface HealthRequest {
  /** The sidebar's UI language (en, nb, is, he, ja); English otherwise. */
  language?: string;
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
  /** The freelancer's UI language (en, nb, is, he, ja); English otherwise. */
  language?: string;
}

export interface PrintResult {
  client: string;
  month: Month;
  docName: string;
  link: string;
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
  clientHealth(request?: HealthRequest): HealthResult;
  writeDashboard(request?: HealthRequest): { tab: string; rows: number };
  printTrackingSheet(request: PrintRequest): PrintResult;
}
