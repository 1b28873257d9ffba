// Turns the raw values of the tracking tabs into clients, goals, tasks, invoices and settings.
// Every row that cannot be used is left out with a diagnostic naming sheet, row and column, so no
// feature ever drops data silently. Columns are found by header, so users may reorder or add columns.

import { cut, isBlank, readBoolean, readChoice, readDate, readNumber, readText, sheetError } from './cells';
import { addDays, isLocalDate, isValidTimeZone } from './dates';
import { isKnownCurrency } from './format';
import { driveFileId } from './mail/compose';
import { type Say, say } from './problems';
import { diagnostic } from './problems/render';
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
  noHeaderSays,
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
      diagnostics.push(
        diagnostic({
          sheet: spec.name,
          row,
          column: column.header,
          says: [
            say('duplicateColumn', {
              column: column.header,
              first: columnLetter(index.get(column.key)!),
              second: columnLetter(i),
            }),
          ],
          severity: 'warning',
        }),
      );
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
        diagnostics.push(
          diagnostic({
            sheet: spec.name,
            row: 1,
            column: '',
            says: [say('noTab', { tab: spec.name })],
            severity: 'error',
            scope: 'tab',
          }),
        );
      } else if (values.length > 0 && required.length > 0) {
        diagnostics.push(
          diagnostic({
            sheet: spec.name,
            row: 1,
            column: '',
            says: noHeaderSays(spec),
            severity: 'error',
            scope: 'tab',
          }),
        );
      }
      return;
    }
    const headerRow = this.headerIndex + 1;
    this.columns = findColumns(spec, values[this.headerIndex] ?? [], diagnostics, headerRow);
    const missing = required.filter((k) => !this.columns.index.has(k));
    for (const key of missing) {
      diagnostics.push(
        diagnostic({
          sheet: spec.name,
          row: headerRow,
          column: this.columns.header(key),
          says: [
            say('missingColumn', {
              tab: spec.name,
              column: this.columns.header(key),
              row: String(headerRow),
            }),
          ],
          severity: 'error',
          scope: 'tab',
        }),
      );
    }
    this.usable = missing.length === 0;
  }

  /** Data rows that hold anything, with their row number as Sheets shows it. Blank rows are skipped. */
  *rows(): Generator<{ row: number; cell: (key: string) => unknown }> {
    if (!this.usable || !this.values) return;
    const own = [...this.columns.index.values()];
    // An unticked box holds FALSE in Sheets, which on its own is no entry
    // (docs/platform.md#first-audit-of-the-bundles-calls).
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

  problem(row: number, key: string, says: Say[], severity: Diagnostic['severity'], client?: string): void {
    const d = diagnostic({ sheet: this.spec.name, row, column: this.columns.header(key), says, severity });
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
  const warn = (name: string, says: Say[]) =>
    diagnostics.push(
      diagnostic({
        sheet: 'Settings',
        row: where(name),
        column: 'Value',
        says: [say('settingName', { setting: name }), ...says],
        severity: 'warning',
      }),
    );

  const spec = (key: keyof Settings) => SETTING_ROWS.find((s) => s.key === key)!;
  const settingValue = (key: keyof Settings) => {
    const s = spec(key);
    return byName.has(normalizeHeader(s.name)) ? text(s.name) : s.defaultValue;
  };

  // A value that reaches clients and cannot be read: warn, and leave its line out of the terms email.
  const structured = <T>(key: keyof Settings, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    warn(spec(key).name, parsed.says);
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
    warn('Default language', [
      say('cellNotOneOf', { value: cut(lang), choices: { list: [...LANGUAGES] } }),
      say('usesEnglish'),
    ]);

  let defaultCurrency = 'EUR';
  const currency = settingValue('defaultCurrency').toUpperCase();
  if (currency && isKnownCurrency(currency)) defaultCurrency = currency;
  else if (currency)
    warn('Default currency', [
      say('notCurrency', { value: cut(currency) }),
      say('usesCurrency', { currency: 'EUR' }),
    ]);

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
    else warn('Reminder days', [say('reminderDaysBad', { value: cut(daysText) })]);
  }

  let scoreWeights = DEFAULT_WEIGHTS;
  const weightsText = settingValue('scoreWeights');
  if (weightsText) {
    const parsed = parseWeights(weightsText);
    if (parsed) scoreWeights = parsed;
    else warn('Score weights', [say('scoreWeightsBad', { value: cut(weightsText) })]);
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
        [error ? say('clientNameError', { error }) : say('noClientName')],
        'error',
      );
      continue;
    }
    const key = matchKey(name);
    if (seen.has(key)) {
      reader.problem(
        row,
        'client',
        [say('duplicateClient', { value: cut(name), row: String(seen.get(key)) })],
        'error',
        name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, says: Say[]) => reader.problem(row, k, says, 'warning', name);

    const language = readChoice(cell('language'), LANGUAGES);
    if (!language.ok)
      warn('language', [
        ...language.says,
        say('usesDefaultLanguage', { language: settings.defaultLanguage }),
      ]);
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    let currency = settings.defaultCurrency;
    if (currencyText && isKnownCurrency(currencyText)) currency = currencyText;
    else if (currencyText)
      warn('currency', [
        say('notCurrency', { value: cut(currencyText) }),
        say('usesCurrency', { currency: settings.defaultCurrency }),
      ]);
    const rate = readNumber(cell('hourlyRate'));
    let hourlyRate: number | null = null;
    if (!rate.ok) warn('hourlyRate', [...rate.says, say('costsLeftOut')]);
    else if (rate.value !== null && rate.value < 0) warn('hourlyRate', [say('rateBelowZero')]);
    else hourlyRate = rate.value;
    const terms = readNumber(cell('paymentTerms'), say('typeWholeDays'));
    let paymentTermsDays = DEFAULT_PAYMENT_TERMS;
    if (!terms.ok || (terms.value !== null && (!Number.isInteger(terms.value) || terms.value < 0))) {
      warn('paymentTerms', [
        ...(terms.ok ? [say('notWholeDays', { value: terms.value! })] : terms.says),
        say('usesDefaultTerms', { n: DEFAULT_PAYMENT_TERMS }),
      ]);
    } else if (terms.value !== null) paymentTermsDays = terms.value;
    const cadence = readChoice(cell('cadence'), CADENCES);
    if (!cadence.ok) warn('cadence', [...cadence.says, say('noUpdatesPlanned')]);
    const status = readChoice(cell('status'), CLIENT_STATUSES);
    if (!status.ok) warn('status', [...status.says, say('treatedAsActive')]);
    const timeZoneText = readText(cell('timeZone'), timeZone);
    if (timeZoneText && !isValidTimeZone(timeZoneText))
      warn('timeZone', [say('notTimeZone', { value: cut(timeZoneText) })]);
    const email = readText(cell('email'), timeZone);
    const newRate = readNumber(cell('newRate'));
    if (!newRate.ok) warn('newRate', newRate.says);
    const newRateFrom = readDate(cell('newRateFrom'), timeZone);
    if (!newRateFrom.ok) warn('newRateFrom', newRateFrom.says);
    const estimate = readNumber(cell('estimate'));
    if (!estimate.ok || (estimate.value !== null && estimate.value < 0))
      warn('estimate', [
        ...(estimate.ok ? [say('belowZero', { value: estimate.value! })] : estimate.says),
        say('noDeposit'),
      ]);
    const deposit = readNumber(cell('depositPercent'));
    const depositOk = deposit.ok && (deposit.value === null || (deposit.value >= 0 && deposit.value <= 100));
    if (!depositOk)
      warn('depositPercent', [
        ...(deposit.ok ? [say('depositRange', { value: deposit.value! })] : deposit.says),
        say('usesDefaultDeposit'),
      ]);
    const termsConfirmed = readDate(cell('termsConfirmed'), timeZone);
    if (!termsConfirmed.ok) warn('termsConfirmed', termsConfirmed.says);

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
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('goalNoClient')],
        'error',
        clientName || undefined,
      );
      continue;
    }
    const text = readText(cell('goal'), timeZone);
    if (!text || sheetError(cell('goal'))) {
      reader.problem(row, 'goal', [say('goalEmpty')], 'error', client.name);
      continue;
    }
    const key = `${client.name.toLowerCase()}\u0000${text.toLowerCase()}`;
    if (seen.has(key)) {
      reader.problem(
        row,
        'goal',
        [say('duplicateGoal', { row: String(seen.get(key)), client: cut(client.name) })],
        'error',
        client.name,
      );
      continue;
    }
    seen.set(key, row);
    const warn = (k: string, says: Say[]) => reader.problem(row, k, says, 'warning', client.name);
    const priority = readNumber(cell('priority'), say('typePriority'));
    let rank = Number.MAX_SAFE_INTEGER;
    if (!priority.ok || priority.value === null || !Number.isInteger(priority.value) || priority.value < 1) {
      const found = !priority.ok
        ? priority.says
        : [
            priority.value === null
              ? say('priorityEmpty')
              : say('notWholeFromOne', { value: priority.value }),
          ];
      warn('priority', [...found, say('listedAfterRanked')]);
    } else rank = priority.value;
    const number = (k: string) => {
      const n = readNumber(cell(k));
      if (!n.ok) warn(k, [...n.says, say('progressWithout')]);
      return n.ok ? n.value : null;
    };
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) warn('due', due.says);
    const status = readChoice(cell('status'), GOAL_STATUSES);
    if (!status.ok) warn('status', [...status.says, say('treatedAsOpen')]);
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
    const errors: [string, Say[]][] = [];
    if (!client)
      errors.push([
        'client',
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('taskNoClient')],
      ]);
    const date = readDate(cell('date'), timeZone);
    if (!date.ok) errors.push(['date', date.says]);
    else if (date.value === null) errors.push(['date', [say('taskNoDate')]]);
    const hours = readNumber(cell('hours'));
    if (!hours.ok) errors.push(['hours', hours.says]);
    else if (hours.value === null) errors.push(['hours', [say('taskNoHours')]]);
    else if (hours.value < 0 || hours.value > 24)
      errors.push(['hours', [say('hoursRange', { value: hours.value })]]);
    const goalText = readText(cell('goal'), timeZone);
    const mark = readChoice(cell('mark'), MARKS);
    let goal: Goal | undefined;
    const goalError = sheetError(cell('goal'));
    if (goalError) errors.push(['goal', [say('cellError', { error: goalError })]]);
    else if (goalText && client) {
      goal = goalsByClient.get(client.name.toLowerCase())?.get(goalText.toLowerCase());
      if (!goal) {
        const other = goalOwners.get(goalText.toLowerCase());
        errors.push([
          'goal',
          [
            other
              ? say('goalOfOther', { goal: cut(goalText), other: cut(other), client: cut(client.name) })
              : say('notAGoal', { goal: cut(goalText) }),
          ],
        ]);
      }
    }
    if (!mark.ok) errors.push(['mark', [...mark.says, say('useMark')]]);
    else if (goalText && mark.value) errors.push(['mark', [say('goalAndMark')]]);
    else if (!goalText && !mark.value) errors.push(['goal', [say('noGoalNoMark')]]);
    const billable = readBoolean(cell('billable'));
    if (!billable.ok) errors.push(['billable', billable.says]);
    if (errors.length > 0) {
      for (const [key, says] of errors) reader.problem(row, key, says, 'error', owner);
      continue;
    }
    const optionalDate = (k: string) => {
      const d = readDate(cell(k), timeZone);
      if (!d.ok) reader.problem(row, k, d.says, 'warning', owner);
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
  const names = { list: missing.map((k) => reader.columns.header(k)) };
  return diagnostic({
    sheet: 'Invoices',
    row: reader.headerIndex + 1,
    column: reader.columns.header(missing[0]!),
    says: [say('paymentsBlocked', { n: missing.length, columns: names })],
    severity: 'warning',
  });
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
    const errors: [string, Say[]][] = [];
    const number = readText(cell('invoice'), timeZone);
    if (!number || sheetError(cell('invoice'))) errors.push(['invoice', [say('invoiceNoNumber')]]);
    else if (seen.has(matchKey(number)))
      errors.push([
        'invoice',
        [say('duplicateInvoice', { invoice: cut(number), row: String(seen.get(matchKey(number))) })],
      ]);
    if (!client)
      errors.push([
        'client',
        [clientName ? say('notAClient', { client: cut(clientName) }) : say('invoiceNoClient')],
      ]);
    const issued = readDate(cell('issued'), timeZone);
    if (!issued.ok) errors.push(['issued', issued.says]);
    else if (!issued.value) errors.push(['issued', [say('noIssueDate')]]);
    const amount = readNumber(cell('amount'));
    if (!amount.ok) errors.push(['amount', amount.says]);
    else if (amount.value === null) errors.push(['amount', [say('noAmount')]]);
    else if (amount.value < 0) errors.push(['amount', [say('amountBelowZero')]]);
    const due = readDate(cell('due'), timeZone);
    if (!due.ok) errors.push(['due', due.says]);
    const paidOn = readDate(cell('paidOn'), timeZone);
    if (!paidOn.ok) errors.push(['paidOn', paidOn.says]);
    const stageRule = say('typeStage');
    const stage = readNumber(cell('reminderStage'), stageRule);
    if (!stage.ok) errors.push(['reminderStage', [...stage.says, say('clearToStartOver')]]);
    else if (stage.value !== null && (!Number.isInteger(stage.value) || stage.value < 0 || stage.value > 3)) {
      const found = Number.isInteger(stage.value)
        ? say('stageOutOfRange', { value: stage.value })
        : say('notWholeNumber', { value: stage.value });
      errors.push(['reminderStage', [found, stageRule, say('clearToStartOver')]]);
    }
    const last = readDate(cell('lastReminder'), timeZone);
    if (!last.ok) errors.push(['lastReminder', last.says]);
    const currencyText = readText(cell('currency'), timeZone).toUpperCase();
    if (currencyText && !isKnownCurrency(currencyText))
      errors.push(['currency', [say('notCurrency', { value: cut(currencyText) })]]);
    if (number && !seen.has(matchKey(number))) seen.set(matchKey(number), row);
    // A computed Due past 9999 cannot be written as a day, and every later date step would throw.
    const computedDue =
      issued.ok && issued.value && due.ok && due.value === null && client
        ? addDays(issued.value, client.paymentTermsDays)
        : null;
    if (computedDue !== null && !isLocalDate(computedDue)) {
      errors.push(['due', [say('dueTooLate', { n: client!.paymentTermsDays })]]);
    }
    if (errors.length > 0) {
      for (const [key, says] of errors) reader.problem(row, key, says, 'error', owner);
      continue;
    }
    const file = readText(cell('file'), timeZone);
    // getValues gives a link chip's or a HYPERLINK's label, never its link, so a label here would
    // quietly send reminders without the invoice: say so where the user can fix it
    // (docs/platform.md#first-audit-of-the-bundles-calls).
    if (file && !driveFileId(file) && !/^https?:\/\//i.test(file))
      reader.problem(row, 'file', [say('notDriveLink', { value: cut(file) })], 'warning', owner);
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
    stamp: readText(cell('stamp'), timeZone),
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
