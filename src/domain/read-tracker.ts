// Turns the raw values of the tracking tabs into clients, goals, tasks, invoices and settings.
// Every row that cannot be used is left out with a diagnostic naming sheet, row and column, so no
// feature ever drops data silently. Columns are found by header, so users may reorder or add columns.

import { isBlank, readBoolean, readChoice, readDate, readNumber, readText, sheetError, shown } from './cells';
import { addDays, isLocalDate, isValidTimeZone } from './dates';
import { isKnownCurrency } from './format';
import { driveFileId } from './mail/compose';
import {
  type Parsed,
  parseBillingRhythm,
  parseDeposit,
  parseResponseTime,
  parseWorkingHours,
} from './settings-values';
import {
  SETTING_ROWS,
  type TabName,
  type TabSpec,
  findHeaderRow,
  noHeaderMessage,
  matchKey,
  normalizeHeader,
  tabSpec,
} from './tabs';
import {
  CADENCES,
  CLIENT_STATUSES,
  type Client,
  type Diagnostic,
  DRAFT_KINDS,
  type DraftLogEntry,
  GOAL_STATUSES,
  type Goal,
  type Invoice,
  LANGUAGES,
  type Language,
  MARKS,
  type ReportLogEntry,
  type ScoreWeights,
  type Settings,
  type Task,
  type Tracker,
} from './types';

/** A tab's values as getValues() returned them, header row first; null when the tab is missing. */
export type RawTabs = Partial<Record<TabName, unknown[][] | null>>;

export const DEFAULT_PAYMENT_TERMS = 14;
export const DEFAULT_REMINDER_DAYS = [1, 7, 14];
export const DEFAULT_WEIGHTS: ScoreWeights = { goal: 1, a: 1, b: 0 };

interface Columns {
  /** Column index (0-based) by the spec's key; absent when the header is missing. */
  index: Map<string, number>;
  header: (key: string) => string;
}

/** Finds each spec column by header; reports duplicated headers (the first one is used). */
export function findColumns(
  spec: TabSpec,
  headerRow: readonly unknown[],
  diagnostics: Diagnostic[],
  row = 1,
): Columns {
  const index = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const normalized = normalizeHeader(cell);
    if (!normalized) return;
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalized);
    if (!column) return;
    if (index.has(column.key)) {
      diagnostics.push({
        sheet: spec.name,
        row,
        column: column.header,
        message: `The column “${column.header}” appears twice; the first one (column ${columnLetter(index.get(column.key)!)}) is used. Rename or delete column ${columnLetter(i)}.`,
        severity: 'warning',
      });
      return;
    }
    index.set(column.key, i);
  });
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  return { index, header };
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Iterates a tab's data rows with helpers that record problems against the right cell. */
class TabReader {
  readonly columns: Columns;
  readonly usable: boolean;
  /** 0-based index of the header row in `values`; data rows follow it. */
  readonly headerIndex: number;

  constructor(
    readonly spec: TabSpec,
    readonly values: unknown[][] | null | undefined,
    readonly timeZone: string,
    readonly diagnostics: Diagnostic[],
    required: readonly string[],
  ) {
    this.headerIndex = values ? findHeaderRow(spec, values) : -1;
    if (!values || values.length === 0 || this.headerIndex < 0) {
      this.columns = { index: new Map(), header: () => '' };
      this.usable = false;
      if (values === null || values === undefined) {
        diagnostics.push({
          sheet: spec.name,
          row: 1,
          column: '',
          message: `There is no ${spec.name} tab. Run Extensions › Freelance Value Tracker › Set up tracking sheet.`,
          severity: 'error',
          scope: 'tab',
        });
      } else if (values.length > 0 && required.length > 0) {
        diagnostics.push({
          sheet: spec.name,
          row: 1,
          column: '',
          message: noHeaderMessage(spec),
          severity: 'error',
          scope: 'tab',
        });
      }
      return;
    }
    const headerRow = this.headerIndex + 1;
    this.columns = findColumns(spec, values[this.headerIndex] ?? [], diagnostics, headerRow);
    const missing = required.filter((k) => !this.columns.index.has(k));
    for (const key of missing) {
      diagnostics.push({
        sheet: spec.name,
        row: headerRow,
        column: this.columns.header(key),
        message: `The ${spec.name} tab has no “${this.columns.header(key)}” column, so its rows cannot be read. Add the header in row ${headerRow} or run Set up tracking sheet.`,
        severity: 'error',
        scope: 'tab',
      });
    }
    this.usable = missing.length === 0;
  }

  /** Data rows that hold anything, with their row number as Sheets shows it. Blank rows are skipped. */
  *rows(): Generator<{ row: number; cell: (key: string) => unknown }> {
    if (!this.usable || !this.values) return;
    const own = [...this.columns.index.values()];
    // An unticked box holds FALSE in Sheets (platform-notes), which on its own is no entry.
    const boxes = this.spec.columns
      .filter((c) => c.validation?.kind === 'checkbox')
      .map((c) => this.columns.index.get(c.key));
    for (let i = this.headerIndex + 1; i < this.values.length; i++) {
      const line = this.values[i] ?? [];
      if (own.every((c) => isBlank(line[c]) || (line[c] === false && boxes.indexOf(c) >= 0))) continue;
      yield {
        row: i + 1,
        cell: (key: string) => {
          const c = this.columns.index.get(key);
          return c === undefined ? '' : line[c];
        },
      };
    }
  }

  problem(
    row: number,
    key: string,
    message: string,
    severity: Diagnostic['severity'],
    client?: string,
  ): void {
    const d: Diagnostic = { sheet: this.spec.name, row, column: this.columns.header(key), message, severity };
    if (client) d.client = client;
    this.diagnostics.push(d);
  }
}

function parseSettings(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
): Settings {
  const byName = new Map<string, { value: unknown; row: number }>();
  const reader = new TabReader(tabSpec('Settings'), values, timeZone, diagnostics, ['setting', 'value']);
  for (const { row, cell } of reader.rows()) {
    const name = normalizeHeader(readText(cell('setting'), timeZone));
    if (name && !byName.has(name)) byName.set(name, { value: cell('value'), row });
  }
  const text = (name: string) => readText(byName.get(normalizeHeader(name))?.value ?? '', timeZone);
  const where = (name: string) => byName.get(normalizeHeader(name))?.row ?? 1;
  const warn = (name: string, message: string) =>
    diagnostics.push({
      sheet: 'Settings',
      row: where(name),
      column: 'Value',
      message: `${name}: ${message}`,
      severity: 'warning',
    });

  const spec = (key: keyof Settings) => SETTING_ROWS.find((s) => s.key === key)!;
  const settingValue = (key: keyof Settings) => {
    const s = spec(key);
    return byName.has(normalizeHeader(s.name)) ? text(s.name) : s.defaultValue;
  };

  // A value that reaches clients and cannot be read: warn, and leave its line out of the terms email.
  const structured = <T>(key: keyof Settings, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    warn(spec(key).name, parsed.message);
    return null;
  };
  const rawValue = (key: keyof Settings): unknown => {
    const found = byName.get(normalizeHeader(spec(key).name));
    return found ? found.value : spec(key).defaultValue;
  };

  let defaultLanguage: Language = 'en';
  const lang = settingValue('defaultLanguage');
  if (lang && (LANGUAGES as readonly string[]).includes(lang.toLowerCase()))
    defaultLanguage = lang.toLowerCase() as Language;
  else if (lang)
    warn('Default language', `${shown(lang)} is not one of ${LANGUAGES.join(', ')}; English is used.`);

  let defaultCurrency = 'EUR';
  const currency = settingValue('defaultCurrency').toUpperCase();
  if (currency && isKnownCurrency(currency)) defaultCurrency = currency;
  else if (currency) warn('Default currency', `${shown(currency)} is not a currency code; EUR is used.`);

  let reminderDays = DEFAULT_REMINDER_DAYS;
  const daysText = settingValue('reminderDays');
  if (daysText) {
    const days = daysText
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    const valid =
      days.length > 0 && days.every((d, i) => Number.isInteger(d) && d >= 0 && (i === 0 || d > days[i - 1]!));
    if (valid) reminderDays = days;
    else
      warn(
        'Reminder days',
        `${shown(daysText)} should be whole days after due in rising order, like “1, 7, 14”; 1, 7, 14 is used.`,
      );
  }

  let scoreWeights = DEFAULT_WEIGHTS;
  const weightsText = settingValue('scoreWeights');
  if (weightsText) {
    const parsed = parseWeights(weightsText);
    if (parsed) scoreWeights = parsed;
    else
      warn(
        'Score weights',
        `${shown(weightsText)} should look like “goal 1, A 1, B 0”; that default is used.`,
      );
  }

  return {
    yourName: settingValue('yourName'),
    businessName: settingValue('businessName'),
    yourEmail: settingValue('yourEmail'),
    phone: settingValue('phone'),
    emailSignature: settingValue('emailSignature'),
    defaultLanguage,
    defaultCurrency,
    reportFolder: settingValue('reportFolder') || spec('reportFolder').defaultValue,
    reminderDays,
    scoreWeights,
    billingRhythm: structured('billingRhythm', parseBillingRhythm(settingValue('billingRhythm'))),
    depositPercent: structured('depositPercent', parseDeposit(rawValue('depositPercent'))),
    workingHours: structured('workingHours', parseWorkingHours(settingValue('workingHours'), timeZone)),
    responseTime: structured('responseTime', parseResponseTime(settingValue('responseTime'))),
    invoiceNumber: settingValue('invoiceNumber') || spec('invoiceNumber').defaultValue,
    invoiceLines: /task/i.test(settingValue('invoiceLines')) ? 'task' : 'group',
    businessAddress: settingValue('businessAddress'),
    paymentDetails: settingValue('paymentDetails'),
    taxNote: settingValue('taxNote'),
  };
}

/** "goal 1, A 0.7, B 0.2" in any order; every weight between 0 and 1... or any non-negative number. */
export function parseWeights(text: string): ScoreWeights | null {
  const weights: Partial<ScoreWeights> = {};
  for (const part of text.split(/[,;]+/)) {
    const m = /^\s*(goal|a|b)\s*[:=]?\s*(\d+(?:\.\d+)?)\s*$/i.exec(part);
    if (!m) return null;
    weights[m[1]!.toLowerCase() as keyof ScoreWeights] = Number(m[2]);
  }
  if (weights.goal === undefined || weights.a === undefined || weights.b === undefined) return null;
  if (Math.max(weights.goal, weights.a, weights.b) === 0) return null;
  return weights as ScoreWeights;
}

function parseClients(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  settings: Settings,
): Client[] {
  const reader = new TabReader(tabSpec('Clients'), values, timeZone, diagnostics, ['client']);
  const clients: Client[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const name = readText(cell('client'), timeZone);
    const error = sheetError(cell('client'));
    if (!name || error) {
      reader.problem(
        row,
        'client',
        error
          ? `The client name shows the error ${error}.`
          : 'The row has no client name. Type the client’s name, or clear the row.',
        'error',
      );
      continue;
    }
    const key = matchKey(name);
    if (seen.has(key)) {
      reader.problem(
        row,
        'client',
        `${shown(name)} is already in row ${seen.get(key)}. Client names must be unique: rename or delete this row.`,
        'error',
        name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, message: string) => reader.problem(row, k, message, 'warning', name);

    const language = readChoice(cell('language'), LANGUAGES);
    if (!language.ok)
      warn(
        'language',
        `${language.message}; ${settings.defaultLanguage} (Settings › Default language) is used.`,
      );
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    let currency = settings.defaultCurrency;
    if (currencyText && isKnownCurrency(currencyText)) currency = currencyText;
    else if (currencyText)
      warn('currency', `${shown(currencyText)} is not a currency code; ${settings.defaultCurrency} is used.`);
    const rate = readNumber(cell('hourlyRate'));
    let hourlyRate: number | null = null;
    if (!rate.ok) warn('hourlyRate', `${rate.message}. Costs are left out of reports until it is fixed.`);
    else if (rate.value !== null && rate.value < 0) warn('hourlyRate', 'is below zero; costs are left out.');
    else hourlyRate = rate.value;
    const terms = readNumber(cell('paymentTerms'), 'type whole days such as 30');
    let paymentTermsDays = DEFAULT_PAYMENT_TERMS;
    if (!terms.ok || (terms.value !== null && (!Number.isInteger(terms.value) || terms.value < 0))) {
      warn(
        'paymentTerms',
        `${terms.ok ? `${terms.value} is not a whole number of days` : terms.message}. ${DEFAULT_PAYMENT_TERMS} is used.`,
      );
    } else if (terms.value !== null) paymentTermsDays = terms.value;
    const cadence = readChoice(cell('cadence'), CADENCES);
    if (!cadence.ok) warn('cadence', `${cadence.message}; no updates are planned.`);
    const status = readChoice(cell('status'), CLIENT_STATUSES);
    if (!status.ok) warn('status', `${status.message}; the client is treated as active.`);
    const timeZoneText = readText(cell('timeZone'), timeZone);
    if (timeZoneText && !isValidTimeZone(timeZoneText))
      warn('timeZone', `${shown(timeZoneText)} is not a time zone name like Europe/Oslo.`);
    const email = readText(cell('email'), timeZone);
    const newRate = readNumber(cell('newRate'));
    if (!newRate.ok) warn('newRate', newRate.message);
    const newRateFrom = readDate(cell('newRateFrom'), timeZone);
    if (!newRateFrom.ok) warn('newRateFrom', newRateFrom.message);
    const estimate = readNumber(cell('estimate'));
    if (!estimate.ok || (estimate.value !== null && estimate.value < 0))
      warn(
        'estimate',
        `${estimate.ok ? shown(estimate.value) : estimate.message}: no deposit can be billed.`,
      );
    const deposit = readNumber(cell('depositPercent'));
    const depositOk = deposit.ok && (deposit.value === null || (deposit.value >= 0 && deposit.value <= 100));
    if (!depositOk)
      warn(
        'depositPercent',
        `${deposit.ok ? shown(deposit.value) : deposit.message} should be 0 to 100; 10 is used.`,
      );
    const termsConfirmed = readDate(cell('termsConfirmed'), timeZone);
    if (!termsConfirmed.ok) warn('termsConfirmed', termsConfirmed.message);

    clients.push({
      row,
      name,
      contact: readText(cell('contact'), timeZone),
      greetingName: readText(cell('greetingName'), timeZone),
      email,
      language: language.ok ? (language.value ?? '') : '',
      currency,
      hourlyRate,
      paymentTermsDays,
      cadence: cadence.ok ? (cadence.value ?? 'none') : 'none',
      timeZone: timeZoneText,
      status: status.ok ? (status.value ?? 'active') : 'active',
      notes: readText(cell('notes'), timeZone),
      newRate: newRate.ok ? newRate.value : null,
      newRateFrom: newRateFrom.ok ? newRateFrom.value : null,
      estimate: estimate.ok && (estimate.value ?? 0) >= 0 ? estimate.value : null,
      depositPercent: depositOk ? ((deposit as { value: number | null }).value ?? 10) : 10,
      termsConfirmed: termsConfirmed.ok ? termsConfirmed.value : null,
    });
  }
  return clients;
}

function parseGoals(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
): Goal[] {
  const reader = new TabReader(tabSpec('Goals'), values, timeZone, diagnostics, ['client', 'goal']);
  const goals: Goal[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    if (!client) {
      reader.problem(
        row,
        'client',
        clientName
          ? `${shown(clientName)} is not in the Clients tab. Pick a client from the list.`
          : 'The goal has no client. Pick one from the list.',
        'error',
        clientName || undefined,
      );
      continue;
    }
    const text = readText(cell('goal'), timeZone);
    if (!text || sheetError(cell('goal'))) {
      reader.problem(
        row,
        'goal',
        'The goal is empty. Write it as the client would, with a number: “500 new email subscribers”.',
        'error',
        client.name,
      );
      continue;
    }
    const key = `${client.name.toLowerCase()}\u0000${text.toLowerCase()}`;
    if (seen.has(key)) {
      reader.problem(
        row,
        'goal',
        `The same goal is already in row ${seen.get(key)} for ${shown(client.name)}. Tasks link to goals by their text, so each must be unique per client.`,
        'error',
        client.name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, message: string) => reader.problem(row, k, message, 'warning', client.name);
    const priority = readNumber(cell('priority'), 'type a whole number from 1');
    let rank = Number.MAX_SAFE_INTEGER;
    if (!priority.ok || priority.value === null || !Number.isInteger(priority.value) || priority.value < 1) {
      warn(
        'priority',
        `${priority.ok ? (priority.value === null ? 'is empty' : `${priority.value} is not a whole number from 1`) : priority.message}. The goal is listed after the ranked ones.`,
      );
    } else rank = priority.value;
    const number = (k: string) => {
      const n = readNumber(cell(k));
      if (!n.ok) warn(k, `${n.message}. Progress is shown without it.`);
      return n.ok ? n.value : null;
    };
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) warn('due', due.message);
    const status = readChoice(cell('status'), GOAL_STATUSES);
    if (!status.ok) warn('status', `${status.message}; the goal is treated as open.`);
    goals.push({
      row,
      client: client.name,
      goal: text,
      priority: rank,
      target: number('target'),
      unit: readText(cell('unit'), timeZone),
      baseline: number('baseline'),
      current: number('current'),
      due: due.ok ? due.value : null,
      status: status.ok ? (status.value ?? 'open') : 'open',
      estimate: number('estimate'),
    });
  }
  return goals;
}

function parseTasks(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
  goals: Goal[],
): Task[] {
  const reader = new TabReader(tabSpec('Tasks'), values, timeZone, diagnostics, ['date', 'client', 'hours']);
  const goalsByClient = new Map<string, Map<string, Goal>>();
  const goalOwners = new Map<string, string>();
  for (const g of goals) {
    const key = g.client.toLowerCase();
    if (!goalsByClient.has(key)) goalsByClient.set(key, new Map());
    goalsByClient.get(key)!.set(g.goal.toLowerCase(), g);
    goalOwners.set(g.goal.toLowerCase(), g.client);
  }
  const tasks: Task[] = [];
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    const owner = client?.name ?? (clientName || undefined);
    const errors: [string, string][] = [];
    if (!client)
      errors.push([
        'client',
        clientName
          ? `${shown(clientName)} is not in the Clients tab. Pick a client from the list.`
          : 'The task has no client. Pick one from the list.',
      ]);
    const date = readDate(cell('date'), timeZone);
    if (!date.ok) errors.push(['date', date.message]);
    else if (date.value === null)
      errors.push(['date', 'The task has no date. Pick the day you did the work.']);
    const hours = readNumber(cell('hours'));
    if (!hours.ok) errors.push(['hours', hours.message]);
    else if (hours.value === null)
      errors.push(['hours', 'The task has no hours. Type the hours spent, e.g. 1.5.']);
    else if (hours.value < 0 || hours.value > 24)
      errors.push(['hours', `${hours.value} is outside 0 to 24 hours.`]);
    const goalText = readText(cell('goal'), timeZone);
    const mark = readChoice(cell('mark'), MARKS);
    let goal: Goal | undefined;
    if (sheetError(cell('goal'))) errors.push(['goal', `shows the error ${sheetError(cell('goal'))}.`]);
    else if (goalText && client) {
      goal = goalsByClient.get(client.name.toLowerCase())?.get(goalText.toLowerCase());
      if (!goal) {
        const other = goalOwners.get(goalText.toLowerCase());
        errors.push([
          'goal',
          other
            ? `${shown(goalText)} is a goal of ${shown(other)}, not of ${shown(client.name)}. Pick one of the goals of ${shown(client.name)}.`
            : `${shown(goalText)} is not a goal in the Goals tab. Pick a goal from the list.`,
        ]);
      }
    }
    if (!mark.ok) errors.push(['mark', `${mark.message}: use A (serious if left undone) or B (minor).`]);
    else if (goalText && mark.value)
      errors.push([
        'mark',
        'The task has both a goal and a mark. Keep the goal, or clear it and keep the mark.',
      ]);
    else if (!goalText && !mark.value)
      errors.push([
        'goal',
        'The task has neither a goal nor a mark. Link it to a goal, or mark it A (serious if left undone) or B (minor).',
      ]);
    const billable = readBoolean(cell('billable'));
    if (!billable.ok) errors.push(['billable', billable.message]);
    if (errors.length > 0) {
      for (const [key, message] of errors) reader.problem(row, key, message, 'error', owner);
      continue;
    }
    const optionalDate = (k: string) => {
      const d = readDate(cell(k), timeZone);
      if (!d.ok) reader.problem(row, k, d.message, 'warning', owner);
      return d.ok ? d.value : null;
    };
    tasks.push({
      row,
      date: (date as { value: string }).value,
      client: client!.name,
      task: readText(cell('task'), timeZone),
      goal: goal?.goal ?? '',
      mark: goal ? '' : ((mark as { value: 'A' | 'B' }).value ?? ''),
      hours: (hours as { value: number }).value,
      result: readText(cell('result'), timeZone),
      benefit: readText(cell('benefit'), timeZone),
      billable: (billable as { value: boolean | null }).value ?? false,
      deadline: optionalDate('deadline'),
      delivered: optionalDate('delivered'),
      invoice: readText(cell('invoice'), timeZone),
    });
  }
  return tasks;
}

/**
 * Payment chasers are recorded in the invoice's own Reminder stage and Last reminder cells, which the
 * freelancer sees and may clear to start over. Without them a chaser could not be recorded and the
 * next run would draft it again. The Drafts log is deliberately not used as a second record instead:
 * two records of the same stage could disagree (a cleared stage cell against an old log row), and the
 * user's tab is never restructured outside setup, so the fix is setup's, and the message says so.
 */
function paymentsBlocked(reader: TabReader): Diagnostic | undefined {
  if (!reader.usable) return undefined;
  const missing = ['reminderStage', 'lastReminder'].filter((k) => !reader.columns.index.has(k));
  if (missing.length === 0) return undefined;
  const names = missing.map((k) => `“${reader.columns.header(k)}”`).join(' and ');
  return {
    sheet: 'Invoices',
    row: reader.headerIndex + 1,
    column: reader.columns.header(missing[0]!),
    message: `Payment reminders are not drafted: the Invoices tab has no ${names} column to record them in, so the next run would draft them again. Run Set up tracking sheet to add ${missing.length > 1 ? 'them' : 'it'}.`,
    severity: 'warning',
  };
}

function parseInvoices(
  values: unknown[][] | null | undefined,
  timeZone: string,
  diagnostics: Diagnostic[],
  clients: ClientNames,
  blocked: { diagnostic?: Diagnostic },
): Invoice[] {
  const reader = new TabReader(tabSpec('Invoices'), values, timeZone, diagnostics, [
    'invoice',
    'client',
    'issued',
    'amount',
  ]);
  blocked.diagnostic = paymentsBlocked(reader);
  if (blocked.diagnostic) diagnostics.push(blocked.diagnostic);
  const invoices: Invoice[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of reader.rows()) {
    const clientName = readText(cell('client'), timeZone);
    const client = clients.get(clientName);
    const owner = client?.name ?? (clientName || undefined);
    const errors: [string, string][] = [];
    const number = readText(cell('invoice'), timeZone);
    if (!number || sheetError(cell('invoice')))
      errors.push(['invoice', 'The invoice has no number. Type its number as on the invoice.']);
    else if (seen.has(matchKey(number)))
      errors.push([
        'invoice',
        `Invoice ${shown(number)} is already in row ${seen.get(matchKey(number))}. Invoice numbers must be unique.`,
      ]);
    if (!client)
      errors.push([
        'client',
        clientName
          ? `${shown(clientName)} is not in the Clients tab. Pick a client from the list.`
          : 'The invoice has no client. Pick one from the list.',
      ]);
    const issued = readDate(cell('issued'), timeZone);
    if (!issued.ok) errors.push(['issued', issued.message]);
    else if (!issued.value) errors.push(['issued', 'The invoice has no issue date.']);
    const amount = readNumber(cell('amount'));
    if (!amount.ok) errors.push(['amount', amount.message]);
    else if (amount.value === null) errors.push(['amount', 'The invoice has no amount.']);
    else if (amount.value < 0) errors.push(['amount', 'The amount is below zero.']);
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) errors.push(['due', due.message]);
    const paidOn = readDate(cell('paidOn'), timeZone);
    if (!paidOn.ok) errors.push(['paidOn', paidOn.message]);
    const stageRule = 'the reminder stage is a whole number from 0 to 3';
    const stage = readNumber(cell('reminderStage'), stageRule);
    if (!stage.ok) errors.push(['reminderStage', `${stage.message}. Clear it to start over.`]);
    else if (stage.value !== null && (!Number.isInteger(stage.value) || stage.value < 0 || stage.value > 3)) {
      const found = Number.isInteger(stage.value)
        ? `${stage.value} is outside 0 to 3`
        : `${stage.value} is not a whole number`;
      errors.push(['reminderStage', `${found}; ${stageRule}. Clear it to start over.`]);
    }
    const last = readDate(cell('lastReminder'), timeZone);
    if (!last.ok) errors.push(['lastReminder', last.message]);
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    if (currencyText && !isKnownCurrency(currencyText))
      errors.push(['currency', `${shown(currencyText)} is not a currency code.`]);
    if (number && !seen.has(matchKey(number))) seen.set(matchKey(number), row);
    // A computed Due past 9999 cannot be written as a day, and every later date step would throw.
    const computedDue =
      issued.ok && issued.value && due.ok && due.value === null && client
        ? addDays(issued.value, client.paymentTermsDays)
        : null;
    if (computedDue !== null && !isLocalDate(computedDue)) {
      errors.push([
        'due',
        `Issued plus ${client!.paymentTermsDays} days of payment terms is past the year 9999; type the Due date.`,
      ]);
    }
    if (errors.length > 0) {
      for (const [key, message] of errors) reader.problem(row, key, message, 'error', owner);
      continue;
    }
    const file = readText(cell('file'), timeZone);
    // getValues gives a link chip's or a HYPERLINK's label, never its link (platform-notes), so a label
    // here would quietly send reminders without the invoice: say so where the user can fix it.
    if (file && !driveFileId(file) && !/^https?:\/\//i.test(file))
      reader.problem(
        row,
        'file',
        `${shown(file)} is not a link to a file in Drive. A link chip or a HYPERLINK formula shows the add-on only its label; paste the file’s link (https://drive.google.com/file/d/…) so reminders can attach the invoice.`,
        'warning',
        owner,
      );
    const issuedOn = (issued as { value: string }).value;
    const dueOn = (due as { value: string | null }).value;
    invoices.push({
      row,
      invoice: number,
      client: client!.name,
      issued: issuedOn,
      amount: (amount as { value: number }).value,
      currency: currencyText || client!.currency,
      due: dueOn ?? computedDue!,
      dueWasComputed: dueOn === null,
      paidOn: (paidOn as { value: string | null }).value,
      file,
      reminderStage: (stage as { value: number | null }).value ?? 0,
      lastReminder: (last as { value: string | null }).value,
      notes: readText(cell('notes'), timeZone),
    });
  }
  return invoices;
}

function parseReports(values: unknown[][] | null | undefined, timeZone: string): ReportLogEntry[] {
  if (!values) return [];
  const reader = new TabReader(tabSpec('Reports'), values, timeZone, [], ['client', 'month']);
  return [...reader.rows()].map(({ row, cell }) => ({
    row,
    client: readText(cell('client'), timeZone),
    month: readText(cell('month'), timeZone),
    link: readText(cell('link'), timeZone),
    docId: readText(cell('docId'), timeZone),
    generated: readText(cell('generated'), timeZone),
  }));
}

function parseDrafts(values: unknown[][] | null | undefined, timeZone: string): DraftLogEntry[] {
  if (!values) return [];
  const reader = new TabReader(tabSpec('Drafts'), values, timeZone, [], ['date', 'kind', 'client']);
  const entries: DraftLogEntry[] = [];
  for (const { row, cell } of reader.rows()) {
    const date = readDate(cell('date'), timeZone);
    const kind = readChoice(cell('kind'), DRAFT_KINDS);
    if (!date.ok || !date.value || !kind.ok || !kind.value) continue;
    const stage = readNumber(cell('stage'));
    entries.push({
      row,
      date: date.value,
      kind: kind.value,
      client: readText(cell('client'), timeZone),
      invoice: readText(cell('invoice'), timeZone),
      stage: stage.ok ? stage.value : null,
      to: readText(cell('to'), timeZone),
      subject: readText(cell('subject'), timeZone),
      draftId: readText(cell('draftId'), timeZone),
    });
  }
  return entries;
}

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

/** Clients by name as other tabs write it: matched by matchKey, so case and odd spaces do not matter. */
class ClientNames {
  private readonly byKey: Map<string, Client>;
  constructor(clients: readonly Client[]) {
    this.byKey = new Map(clients.map((c) => [matchKey(c.name), c]));
  }
  get(name: string): Client | undefined {
    return this.byKey.get(matchKey(name));
  }
}
