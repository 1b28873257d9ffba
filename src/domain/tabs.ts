// The tracking sheet's layout: tabs, their columns, help text, and the native rules that guard them.
// Pure data: the spreadsheet adapter turns these specs into Sheets validation and formatting rules.

import { type Say, say } from './problems';
import { BILLING_RHYTHM_CHOICES } from './settings-values';
import { CADENCES, CLIENT_STATUSES, GOAL_STATUSES, LANGUAGES, MARKS } from './types';

export type TabName = 'Clients' | 'Goals' | 'Tasks' | 'Invoices' | 'Settings' | 'Reports' | 'Drafts';

/** How a column is validated. `reject` refuses bad input; otherwise Sheets only shows a warning. */
export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; reject: boolean }
  | { kind: 'column'; tab: TabName; column: string; reject: boolean }
  | { kind: 'date'; reject: boolean }
  | { kind: 'number'; min?: number; max?: number; reject: boolean }
  | { kind: 'checkbox' }
  | { kind: 'email'; reject: boolean }
  | { kind: 'url'; reject: boolean }
  /** A custom formula; `{cell}` stands for the first data cell of the column, e.g. C2. */
  | { kind: 'formula'; formula: string; reject: boolean };

export interface ColumnSpec {
  /** Key used by the code; the header is what the user sees and what we match on. */
  key: string;
  header: string;
  width: number;
  help: string;
  validation?: ValidationSpec;
  /** Number format for the column's data cells, e.g. 'yyyy-mm-dd'. */
  format?: string;
}

export interface TabSpec {
  name: TabName;
  columns: readonly ColumnSpec[];
  /** Tabs the add-on writes to itself (logs) rather than the user. */
  log?: boolean;
}

const DATE_FORMAT = 'yyyy-mm-dd';
// Exact comparison (=) rather than COUNTIF: COUNTIF treats * ? ~ in a name as wildcards. Whole columns
// less a match in the header row, not $C$2:$C: Excel and LibreOffice have no open-ended ranges.
const UNIQUE_FORMULA = '=SUMPRODUCT(--($' + '{col}:$' + '{col}={cell}))-($' + '{col}$1={cell})=1';
// Three capital letters A-Z, spelled with CODE rather than REGEXMATCH so that the rule also works in
// the .xlsx in Excel and LibreOffice, which have no REGEXMATCH.
const CAPITAL = (i: number) => `CODE(MID({cell},${i},1))>64,CODE(MID({cell},${i},1))<91`;
const CURRENCY_FORMULA = `=AND(ISTEXT({cell}),LEN({cell})=3,${CAPITAL(1)},${CAPITAL(2)},${CAPITAL(3)})`;
const WHOLE_NUMBER = (min: number) => `=AND(ISNUMBER({cell}), {cell}=INT({cell}), {cell}>=${min})`;

export const CLIENTS: TabSpec = {
  name: 'Clients',
  columns: [
    {
      key: 'client',
      header: 'Client',
      width: 170,
      help: 'The client’s name, once per client.',
      validation: { kind: 'formula', formula: UNIQUE_FORMULA, reject: true },
    },
    { key: 'contact', header: 'Contact', width: 140, help: 'The person you write to.' },
    {
      key: 'email',
      header: 'Email',
      width: 200,
      help: 'The address reminders and reports go to.',
      validation: { kind: 'email', reject: true },
    },
    {
      key: 'language',
      header: 'Language',
      width: 80,
      help: 'Language of reports and emails: en, nb, is, he or ja.',
      validation: { kind: 'list', values: LANGUAGES, reject: true },
    },
    {
      key: 'currency',
      header: 'Currency',
      width: 80,
      help: 'Three-letter currency code, e.g. EUR, NOK, ISK, ILS, JPY.',
      validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
    },
    {
      key: 'hourlyRate',
      header: 'Hourly rate',
      width: 100,
      help: 'Your rate per hour in the client’s currency.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'paymentTerms',
      header: 'Payment terms (days)',
      width: 150,
      help: 'Days the client has to pay an invoice. Blank means 14.',
      validation: { kind: 'formula', formula: WHOLE_NUMBER(0), reject: true },
    },
    {
      key: 'cadence',
      header: 'Update cadence',
      width: 120,
      help: 'How often the client gets a progress update.',
      validation: { kind: 'list', values: CADENCES, reject: true },
    },
    {
      key: 'timeZone',
      header: 'Time zone',
      width: 150,
      help: 'The client’s time zone, e.g. Europe/Oslo or Asia/Tokyo.',
      validation: {
        kind: 'formula',
        formula: '=REGEXMATCH(TO_TEXT({cell}), "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")',
        reject: false,
      },
    },
    {
      key: 'status',
      header: 'Status',
      width: 90,
      help: 'lead (not yet a client), active, paused or ended.',
      validation: { kind: 'list', values: CLIENT_STATUSES, reject: true },
    },
    { key: 'notes', header: 'Notes', width: 220, help: 'Anything else; the add-on never reads it.' },
    {
      key: 'newRate',
      header: 'New hourly rate',
      width: 120,
      help: 'A rate you plan to propose; fills the rate-change email.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'newRateFrom',
      header: 'New rate from',
      width: 120,
      help: 'The day the new rate starts.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'estimate',
      header: 'Estimate',
      width: 100,
      help: 'The agreed estimate for the work, in the client’s currency; the deposit invoice bills a share of it.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'depositPercent',
      header: 'Deposit %',
      width: 90,
      help: 'The share of the estimate billed before work starts. Blank means 10.',
      validation: { kind: 'number', min: 0, max: 100, reject: true },
    },
    // At the end, so adding it to an existing sheet moves no column the user already has.
    {
      key: 'greetingName',
      header: 'Greeting name',
      width: 120,
      help: 'How emails greet the contact: a first name (Olivia), or for Japanese clients the family name (山口 becomes 山口様). Blank: a greeting without a name.',
    },
    {
      key: 'termsConfirmed',
      header: 'Terms confirmed',
      width: 120,
      help: 'The day the client agreed your terms. Blank: a terms email is offered until the first invoice.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
  ],
};

export const GOALS: TabSpec = {
  name: 'Goals',
  columns: [
    {
      key: 'client',
      header: 'Client',
      width: 170,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    {
      key: 'goal',
      header: 'Goal',
      width: 280,
      help: 'The goal in the client’s words, specific and measurable: “500 new email subscribers”.',
    },
    {
      key: 'priority',
      header: 'Priority',
      width: 80,
      help: '1 is the client’s top priority.',
      validation: { kind: 'formula', formula: WHOLE_NUMBER(1), reject: true },
    },
    {
      key: 'target',
      header: 'Target',
      width: 80,
      help: 'The number to reach, e.g. 500.',
      validation: { kind: 'number', reject: true },
    },
    { key: 'unit', header: 'Unit', width: 110, help: 'What is counted, e.g. subscribers.' },
    {
      key: 'baseline',
      header: 'Baseline',
      width: 80,
      help: 'Where it stood when the goal was set.',
      validation: { kind: 'number', reject: true },
    },
    {
      key: 'current',
      header: 'Current',
      width: 80,
      help: 'Where it stands now.',
      validation: { kind: 'number', reject: true },
    },
    {
      key: 'due',
      header: 'Due',
      width: 100,
      help: 'When the client wants it reached.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'status',
      header: 'Status',
      width: 90,
      help: 'open, achieved or dropped.',
      validation: { kind: 'list', values: GOAL_STATUSES, reject: true },
    },
    {
      key: 'estimate',
      header: 'Estimate (hours)',
      width: 110,
      help: 'Hours you expect the goal to take; your private view sets it against the hours spent.',
      validation: { kind: 'number', min: 0, reject: false },
    },
  ],
};

export const TASKS: TabSpec = {
  name: 'Tasks',
  columns: [
    {
      key: 'date',
      header: 'Date',
      width: 100,
      help: 'The day you did the work.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'client',
      header: 'Client',
      width: 150,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    { key: 'task', header: 'Task', width: 260, help: 'What you did, in a few words.' },
    {
      key: 'goal',
      header: 'Goal',
      width: 220,
      help: 'The client goal this work serves. Leave blank and set Mark when it serves no goal.',
      validation: { kind: 'column', tab: 'Goals', column: 'goal', reject: true },
    },
    {
      key: 'mark',
      header: 'Mark',
      width: 60,
      help: 'For work that serves no goal: A = serious consequence if left undone, B = minor.',
      validation: { kind: 'list', values: MARKS, reject: true },
    },
    {
      key: 'hours',
      header: 'Hours',
      width: 70,
      help: 'Hours spent, 0 to 24.',
      validation: { kind: 'number', min: 0, max: 24, reject: true },
    },
    {
      key: 'result',
      header: 'Result',
      width: 240,
      help: 'What came of it, with numbers where you have them.',
    },
    { key: 'benefit', header: 'Client benefit', width: 240, help: 'Why it matters to the client.' },
    {
      key: 'billable',
      header: 'Billable',
      width: 70,
      help: 'Ticked when the client pays for these hours.',
      validation: { kind: 'checkbox' },
    },
    {
      key: 'deadline',
      header: 'Deadline',
      width: 100,
      help: 'When it was due, if it had a deadline.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'delivered',
      header: 'Delivered',
      width: 100,
      help: 'When you delivered it.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'invoice',
      header: 'Invoice',
      width: 110,
      help: 'Written by the add-on: the invoice that billed these hours. Blank until billed.',
    },
  ],
};

export const INVOICES: TabSpec = {
  name: 'Invoices',
  columns: [
    {
      key: 'invoice',
      header: 'Invoice',
      width: 110,
      help: 'The invoice number, once per invoice.',
      validation: { kind: 'formula', formula: UNIQUE_FORMULA, reject: true },
    },
    {
      key: 'client',
      header: 'Client',
      width: 150,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    {
      key: 'issued',
      header: 'Issued',
      width: 100,
      help: 'The invoice date.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'amount',
      header: 'Amount',
      width: 100,
      help: 'The amount to pay.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'currency',
      header: 'Currency',
      width: 80,
      help: 'Three-letter currency code; blank means the client’s.',
      validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
    },
    {
      key: 'due',
      header: 'Due',
      width: 100,
      help: 'Blank means Issued plus the client’s payment terms.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'paidOn',
      header: 'Paid on',
      width: 100,
      help: 'The day the money arrived.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'file',
      header: 'Invoice file',
      width: 200,
      help: 'Link to the invoice PDF in Drive; reminders attach it again.',
      validation: { kind: 'url', reject: false },
    },
    {
      key: 'reminderStage',
      header: 'Reminder stage',
      width: 110,
      help: 'Written by the add-on: the last reminder drafted (1 friendly, 2 firm, 3 final).',
      validation: { kind: 'number', min: 0, max: 3, reject: true },
    },
    {
      key: 'lastReminder',
      header: 'Last reminder',
      width: 110,
      help: 'Written by the add-on: when it was drafted.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    { key: 'notes', header: 'Notes', width: 200, help: 'Anything else; the add-on never reads it.' },
  ],
};

export const SETTINGS: TabSpec = {
  name: 'Settings',
  columns: [
    { key: 'setting', header: 'Setting', width: 180, help: 'The name of the setting; keep it as written.' },
    { key: 'value', header: 'Value', width: 320, help: 'Your value for the setting.' },
  ],
};

export const REPORTS: TabSpec = {
  name: 'Reports',
  log: true,
  columns: [
    { key: 'client', header: 'Client', width: 150, help: 'Written by the add-on.' },
    { key: 'month', header: 'Month', width: 80, help: 'Written by the add-on.' },
    { key: 'link', header: 'Link', width: 300, help: 'Written by the add-on: the report document.' },
    { key: 'docId', header: 'Document id', width: 200, help: 'Written by the add-on.' },
    { key: 'generated', header: 'Generated', width: 170, help: 'Written by the add-on.' },
    {
      key: 'stamp',
      header: 'Work stamp',
      width: 220,
      help: 'Written by the add-on: the month’s work when the report was made, to tell what changed since.',
    },
  ],
};

export const DRAFTS: TabSpec = {
  name: 'Drafts',
  log: true,
  columns: [
    { key: 'date', header: 'Date', width: 100, help: 'Written by the add-on.', format: DATE_FORMAT },
    { key: 'kind', header: 'Kind', width: 90, help: 'Written by the add-on.' },
    { key: 'client', header: 'Client', width: 150, help: 'Written by the add-on.' },
    { key: 'invoice', header: 'Invoice', width: 100, help: 'Written by the add-on.' },
    { key: 'stage', header: 'Stage', width: 60, help: 'Written by the add-on.' },
    { key: 'to', header: 'To', width: 200, help: 'Written by the add-on.' },
    { key: 'subject', header: 'Subject', width: 300, help: 'Written by the add-on.' },
    {
      key: 'draftId',
      header: 'Draft id',
      width: 200,
      help: 'Written by the add-on: open it in Gmail’s Drafts.',
    },
  ],
};

export const TABS: readonly TabSpec[] = [CLIENTS, GOALS, TASKS, INVOICES, SETTINGS, REPORTS, DRAFTS];

export interface SettingSpec {
  key: keyof import('./types').Settings;
  name: string;
  defaultValue: string;
  help: string;
  validation?: ValidationSpec;
}

/** The Settings tab's rows, in the order setup writes them. */
export const SETTING_ROWS: readonly SettingSpec[] = [
  { key: 'yourName', name: 'Your name', defaultValue: '', help: 'Shown on reports and under emails.' },
  { key: 'businessName', name: 'Business name', defaultValue: '', help: 'Shown on reports.' },
  {
    key: 'yourEmail',
    name: 'Your email',
    defaultValue: '',
    help: 'How clients reach you; used in the terms email.',
    validation: { kind: 'email', reject: true },
  },
  { key: 'phone', name: 'Phone', defaultValue: '', help: 'How clients reach you; used in the terms email.' },
  {
    key: 'emailSignature',
    name: 'Email signature',
    defaultValue: '',
    help: 'Ends every email. Blank means your name.',
  },
  {
    key: 'defaultLanguage',
    name: 'Default language',
    defaultValue: 'en',
    help: 'For clients with no Language: en, nb, is, he or ja.',
    validation: { kind: 'list', values: LANGUAGES, reject: true },
  },
  {
    key: 'defaultCurrency',
    name: 'Default currency',
    defaultValue: 'EUR',
    help: 'For clients and invoices with no Currency.',
    validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
  },
  {
    key: 'reportFolder',
    name: 'Report folder',
    defaultValue: 'Freelance Value Tracker reports',
    help: 'Drive folder for monthly reports; created if missing.',
  },
  {
    key: 'reminderDays',
    name: 'Reminder days',
    defaultValue: '1, 7, 14',
    help: 'Days after due for the friendly, firm and final payment reminder.',
  },
  {
    key: 'scoreWeights',
    name: 'Score weights',
    defaultValue: 'goal 1, A 1, B 0',
    help: 'How much an hour of goal, A and B work counts in your private value score.',
  },
  {
    key: 'billingRhythm',
    name: 'Billing rhythm',
    defaultValue: BILLING_RHYTHM_CHOICES['month-end'],
    help: 'How often you invoice; the terms email states it in the client’s language. Pick from the list; blank leaves it out.',
    validation: { kind: 'list', values: Object.values(BILLING_RHYTHM_CHOICES), reject: false },
  },
  {
    key: 'depositPercent',
    name: 'Deposit',
    defaultValue: '',
    help: 'A percentage of the price paid before work starts, e.g. 25%. Blank: no deposit.',
  },
  {
    key: 'workingHours',
    name: 'Working hours',
    defaultValue: 'Mon–Fri 09:00–17:00',
    help: 'Days and hours you work, e.g. “Mon–Fri 09:00–17:00”, then a time zone such as Europe/Oslo if it is not the spreadsheet’s. The terms email states them with the zone.',
  },
  {
    key: 'responseTime',
    name: 'Response time',
    defaultValue: '1 working day',
    help: 'How soon you answer, in whole working hours or days, e.g. “1 working day” or “4 working hours”.',
  },
  {
    key: 'invoiceNumber',
    name: 'Invoice number',
    defaultValue: '{CLIENT}-{YYYY}-{MM}',
    help: 'How invoices the add-on makes are numbered: {CLIENT}, {YYYY} and {MM} are filled in.',
  },
  {
    key: 'invoiceLines',
    name: 'Invoice lines',
    defaultValue: 'per goal',
    help: '“per goal”: one line per goal and for A and B work; “per task”: one line per task.',
    validation: { kind: 'list', values: ['per goal', 'per task'], reject: false },
  },
  {
    key: 'businessAddress',
    name: 'Business address',
    defaultValue: '',
    help: 'Printed on invoices.',
  },
  {
    key: 'paymentDetails',
    name: 'Payment details',
    defaultValue: '',
    help: 'Printed on invoices: bank account, IBAN and BIC, or how else to pay.',
  },
  { key: 'taxNote', name: 'Tax note', defaultValue: '', help: 'Printed on invoices, e.g. your VAT number.' },
];

export function tabSpec(name: TabName): TabSpec {
  const spec = TABS.find((t) => t.name === name);
  if (!spec) throw new Error(`Unknown tab ${name}`);
  return spec;
}

/** Header text compared the way users expect: case, spaces and punctuation spacing ignored. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/**
 * One form of a name for matching what was logged against what the sheet says now: Unicode
 * compatibility form, control and format characters dropped (a vertical tab pasted from another
 * program, a stray bidi mark), any run of spaces one space, trimmed, without case. Used on both sides
 * of every such comparison, so a name that holds odd characters still matches itself on a rerun.
 */
export function matchKey(text: unknown): string {
  return (
    String(text ?? '')
      .normalize('NFKC')
      // Spaces of every kind (tab, vertical tab, no-break) are one space; other control and format
      // characters (BEL, zero-width space, bidi marks) are invisible, so they are dropped.
      .replace(/\s+/g, ' ')
      .replace(/[\p{Cc}\p{Cf}]+/gu, '')
      .replace(/ +/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** A tab name as a person reads it: "Tasks ", "tasks" and "TASKS" are the Tasks tab. */
export function normalizeTabName(name: string): string {
  return matchKey(name);
}

/** How far down a tab the header row is looked for (blank rows or a title may stand above it). */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row of a tab's values (0-based), found as a person would: among the first rows, the one
 * naming most of the tab's columns (the earliest on a tie). -1 when no row there names any column.
 */
export function findHeaderRow(spec: TabSpec, values: readonly (readonly unknown[])[]): number {
  const wanted = new Set(spec.columns.map((c) => normalizeHeader(c.header)));
  let best = -1;
  let bestCount = 0;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) {
    const seen = new Set<string>();
    for (const cell of values[i] ?? []) {
      if (typeof cell !== 'string') continue;
      const name = normalizeHeader(cell);
      if (wanted.has(name)) seen.add(name);
    }
    if (seen.size > bestCount) {
      best = i;
      bestCount = seen.size;
    }
  }
  return best;
}

/** Whether a tab's values hold anything at all (a new tab reads as one empty cell). */
export function hasContent(values: readonly (readonly unknown[])[]): boolean {
  return values.some((line) =>
    line.some(
      (cell) => !(typeof cell === 'string' && cell.trim() === '') && cell !== null && cell !== undefined,
    ),
  );
}

/** The message for a tab whose header row cannot be found: which tab, and what to fix. */
export function noHeaderSays(spec: TabSpec): Say[] {
  const columns = { list: spec.columns.slice(0, 3).map((c) => c.header) };
  return [say('noHeaderRow', { tab: spec.name, rows: HEADER_SEARCH_ROWS, columns })];
}

/** Tabs whose names read the same: which one is meant cannot be told, so nothing is guessed. */
export function tabClashSays(name: TabName, names: readonly string[]): Say[] {
  return [say('tabClash', { tab: name, names: { list: [...names] } })];
}
