// An invoice as data: which tasks it bills, its lines, number, dates and totals in minor units. Pure.
// Monthly: billable hours of the month not yet on another invoice, plus hours logged late for a month
// the add-on already billed; less what is left of an earlier deposit, until it is used up.
// Deposit: a share of the client's estimate, billed before work starts.

import { matchKey } from '../match-key';
import { type Say, say } from '../problems';
import { refuse } from '../problems/render';
import { addDays, monthOf, monthRange } from '../dates';
import { formatMonth, formatPercent } from '../format';
import { WORDS } from '../messages';
import { renderIn } from '../messages/client';
import { clientIsPerson, findClient, sum } from '../report/build-report';
import type { Client, Language, LocalDate, Month, Settings, Task, Tracker } from '../types';
import { formatMinor, lineAmount, toMinor } from './money';
import { documentWords } from './document-words';
import { chooseNumber } from './numbering';
import { type InvoiceTax, planInvoiceTax } from './tax-plan';
import { DEPOSIT_SUFFIX, depositDeduction, depositLedger, findDeposit } from './deposit-carry';
import { utf8 } from '../mail/mime';
import { sha256Hex } from '../report/report-key';

export interface InvoiceLine {
  description: string;
  /** Null for a line that is not hours (a deposit, a deduction). */
  hours: number | null;
  rateMinor: number | null;
  amountMinor: number;
}

export interface InvoiceModel {
  kind: 'monthly' | 'deposit';
  number: string;
  client: Client;
  language: Language;
  currency: string;
  /** The month billed; null for a deposit. */
  month: Month | null;
  issued: LocalDate;
  due: LocalDate;
  termsDays: number;
  lines: InvoiceLine[];
  hours: number;
  subtotalMinor: number;
  deposit: { invoice: string; amountMinor: number } | null;
  totalMinor: number;
  /** Sheet rows of the tasks this invoice bills (to mark with its number). */
  taskRows: number[];
  /** Rows marked with this number earlier that it no longer bills (to clear). */
  unmarkRows: number[];
  /** Identifies the invoice's Doc and PDF in Drive across runs (appProperties). */
  key: string;
  settings: Settings;
  /** VAT, identifiers and the rest a tax office asks for; null when Business country is blank. */
  tax: InvoiceTax | null;
  /** The series counter to store once the invoice is made; null when it kept its number. */
  nextCounter: number | null;
  /** On a credit note: the invoice it cancels in full, by number and date. */
  credit?: { invoice: string; issued: LocalDate };
}

export { DEPOSIT_SUFFIX, findDeposit } from './deposit-carry';

/** The client's part of an invoice number: ASCII letters and digits of the name, else C + its row. */
export function clientCode(client: Client): string {
  // Letters NFKD does not decompose get their usual Latin spelling (Norðurljós → NORDURLJOS).
  const spelled = client.name
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss');
  const ascii = spelled
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, 10);
  return ascii || `C${client.row}`;
}

/** Fills {CLIENT}, {YYYY} and {MM}; anything else in the pattern stays as written. */
export function fillNumber(pattern: string, client: Client, month: Month): string {
  const text = pattern
    .replace(/\{CLIENT\}/gi, clientCode(client))
    .replace(/\{YYYY\}/gi, month.slice(0, 4))
    .replace(/\{MM\}/gi, month.slice(5, 7))
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
  return text || `${clientCode(client)}-${month}`;
}

/**
 * Stable key for the add-on's own invoice for a client and month (or the client's deposit), kept in the
 * Doc's and PDF's Drive appProperties, where key and value together may take at most 124 bytes of UTF-8
 * (developers.google.com/drive/api/guides/properties). Built as the report key is: the month (or
 * "deposit") and the SHA-256 of the client's name in its matching form, 72 bytes whatever the name.
 */
export function invoiceKey(client: Client, month: Month | null): string {
  return `${month ?? 'deposit'}-${sha256Hex(utf8(matchKey(client.name)))}`;
}

/** The property names the add-on keeps on its invoice files and on the Invoices folder. */
export const INVOICE_PROPERTY = 'fvtInvoice';
export const FOLDER_PROPERTY = 'fvtInvoiceFolder';
export const NUMBER_PROPERTY = 'fvtNumber';

/** Whether a property fits Drive's 124 bytes of UTF-8, key and value together. */
export function propertyFits(key: string, value: string): boolean {
  return utf8(key).length + utf8(value).length <= 124;
}

/**
 * The Invoices folder's mark: the report folder's name exactly as typed, hashed so any name fits.
 * Files marked with the earlier, unhashed keys are not looked for: they can only exist in a test
 * project (no install route reached Google before), and a published add-on cannot see a test
 * project's files anyway (docs/install.md); on the same project a rerun makes the invoice's files once
 * more, under the same number (kept in the Tasks marks), and bills nothing twice.
 */
export function invoiceFolderKey(reportFolder: string): string {
  return sha256Hex(utf8(reportFolder));
}

/**
 * The number to use: the one the add-on gave this invoice before (found in Drive), else the pattern's,
 * made unique against the Invoices tab and the Tasks marks with -2, -3...
 */
export function uniqueNumber(base: string, tracker: Tracker, earlier: string | null): string {
  if (earlier) return earlier;
  const taken = new Set(tracker.invoices.map((i) => i.invoice.toLowerCase()));
  for (const t of tracker.tasks) if (t.invoice) taken.add(t.invoice.toLowerCase());
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Refuses to replace an invoice that was paid or chased: the client may have it already. */
export function refusalToReplace(tracker: Tracker, number: string): Say[] | null {
  const row = tracker.invoices.find((i) => i.invoice.toLowerCase() === number.toLowerCase());
  if (!row) return null;
  if (row.paidOn) return [say('alreadyPaid', { invoice: number, row: String(row.row) })];
  if (row.reminderStage > 0)
    return [
      say('alreadyChased', { invoice: number, row: String(row.row), stage: String(row.reminderStage) }),
    ];
  return null;
}

function needRate(client: Client): number {
  if (client.hourlyRate === null || client.hourlyRate === undefined || client.hourlyRate <= 0)
    refuse(say('noHourlyRate', { client: client.name, row: String(client.row) }));
  return client.hourlyRate;
}

const byDate = (a: Task, b: Task) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row);

/** Splits a total over lines in proportion to their hours (largest remainder), so lines add up exactly. */
export function allocate(totalMinor: number, hundredths: number[]): number[] {
  const whole = hundredths.reduce((a, b) => a + b, 0);
  if (whole === 0) return hundredths.map(() => 0);
  const raw = hundredths.map((h) => (totalMinor * h) / whole);
  const floors = raw.map(Math.floor);
  let left = totalMinor - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

export function planMonthlyInvoice(
  tracker: Tracker,
  clientName: string,
  month: Month,
  today: LocalDate,
  earlierNumber: string | null,
  counter: number | null = null,
): InvoiceModel {
  const client = findClient(tracker, clientName);
  const rate = needRate(client);
  const language = client.language || tracker.settings.defaultLanguage;
  const currency = client.currency || tracker.settings.defaultCurrency;
  const t = WORDS[language].invoice;
  const mine = tracker.tasks.filter((task) => task.client === client.name);
  const { first, last } = monthRange(month);
  // Drive keeps the number on the Doc; if the Doc is gone, the month's tasks still carry it: a mark
  // that the Invoices tab lists for this client, on no task after the month (so not a later month's
  // invoice that billed this month's late hours).
  const marked = mine.find(
    (x) =>
      x.invoice &&
      x.date >= first &&
      x.date <= last &&
      mine.every((y) => y.invoice !== x.invoice || y.date <= last) &&
      tracker.invoices.some(
        (row) => row.client === client.name && matchKey(row.invoice) === matchKey(x.invoice!),
      ),
  );
  const chosen = chooseNumber(tracker, today, earlierNumber ?? marked?.invoice ?? null, counter, {
    suffix: '',
    clientCode: clientCode(client),
  });
  const number = chosen.number;
  // Months the add-on has billed for this client (on invoices other than this one).
  const billedMonths = new Set(
    mine.filter((x) => x.invoice && x.invoice !== number).map((x) => monthOf(x.date)),
  );
  const open = (task: Task) => task.billable && task.hours > 0 && (!task.invoice || task.invoice === number);
  const billed = mine
    .filter(
      (task) =>
        open(task) &&
        ((task.date >= first && task.date <= last) ||
          (task.date < first && billedMonths.has(monthOf(task.date)))),
    )
    .sort(byDate);
  const unmarkRows = mine.filter((x) => x.invoice === number && !billed.includes(x)).map((x) => x.row);
  if (billed.length === 0) refuse(say('noBillableHours', { client: client.name, month: { month } }));
  const rateMinor = toMinor(rate, currency);
  const hours = sum(billed);
  const subtotalMinor = lineAmount(hours, rateMinor);

  const groups: { description: string; tasks: Task[] }[] = [];
  if (tracker.settings.invoiceLines === 'task') {
    for (const task of billed)
      groups.push({
        description: [task.date, task.task || task.goal].filter(Boolean).join(' · '),
        tasks: [task],
      });
  } else {
    const goals = tracker.goals
      .filter((g) => g.client === client.name)
      .sort((a, b) => a.priority - b.priority || a.row - b.row);
    for (const goal of goals) {
      const own = billed.filter((x) => x.goal === goal.goal);
      if (own.length) groups.push({ description: renderIn(language, t.goalLine(goal.goal)), tasks: own });
    }
    const a = billed.filter((x) => x.goal === '' && x.mark === 'A');
    const b = billed.filter((x) => x.goal === '' && x.mark === 'B');
    // The report's own labels for A and B work, so the client reads the same words in both.
    const report = WORDS[language].report;
    if (a.length) groups.push({ description: renderIn(language, report.aRow), tasks: a });
    if (b.length) groups.push({ description: renderIn(language, report.bRow), tasks: b });
  }
  const amounts = allocate(
    subtotalMinor,
    groups.map((g) => Math.round(sum(g.tasks) * 100)),
  );
  const lines: InvoiceLine[] = groups.map((g, i) => ({
    description: g.description,
    hours: sum(g.tasks),
    rateMinor,
    amountMinor: amounts[i]!,
  }));

  // What the other invoices left of the deposit, up to this month's work (src/domain/invoice/deposit-carry.ts).
  const ledger = depositLedger(tracker, client, number, rateMinor);
  const lineAmounts = lines.map((l) => l.amountMinor);
  const tax = planInvoiceTax(tracker.settings, client, currency, lineAmounts, ledger);
  // With VAT the deposit's net is deducted; without, the amount as recorded.
  const deducted = tax ? tax.deductedMinor : ledger ? depositDeduction(ledger, subtotalMinor, null) : 0;
  const deposit = ledger && deducted > 0 ? { invoice: ledger.invoice, amountMinor: deducted } : null;
  const termsDays = client.paymentTermsDays;
  return {
    kind: 'monthly',
    number,
    client,
    language,
    currency,
    month,
    issued: today,
    due: addDays(today, termsDays),
    termsDays,
    lines,
    hours,
    subtotalMinor,
    deposit,
    totalMinor: tax ? tax.totals.totalMinor : subtotalMinor - (deposit?.amountMinor ?? 0),
    taskRows: billed.map((x) => x.row),
    unmarkRows,
    key: invoiceKey(client, month),
    settings: tracker.settings,
    tax,
    nextCounter: chosen.nextCounter,
  };
}

export function planDepositInvoice(
  tracker: Tracker,
  clientName: string,
  today: LocalDate,
  earlierNumber: string | null,
  counter: number | null = null,
): InvoiceModel {
  const client = findClient(tracker, clientName);
  const language = client.language || tracker.settings.defaultLanguage;
  const currency = client.currency || tracker.settings.defaultCurrency;
  const t = WORDS[language].invoice;
  if (client.estimate === null || client.estimate === undefined || client.estimate <= 0)
    refuse(say('noEstimate', { client: client.name, row: String(client.row) }));
  const percent = client.depositPercent ?? 10;
  const estimateMinor = toMinor(client.estimate, currency);
  const amountMinor = Math.round((estimateMinor * percent) / 100);
  const existing = findDeposit(tracker, client);
  // One series for deposits too; -DEP is a label after the number, so the deposit can be found again.
  const chosen = chooseNumber(tracker, today, earlierNumber ?? existing?.invoice ?? null, counter, {
    suffix: DEPOSIT_SUFFIX,
    clientCode: clientCode(client),
  });
  const number = chosen.number;
  const tax = planInvoiceTax(tracker.settings, client, currency, [amountMinor], null);
  const termsDays = client.paymentTermsDays;
  return {
    kind: 'deposit',
    number,
    client,
    language,
    currency,
    month: null,
    issued: today,
    due: addDays(today, termsDays),
    termsDays,
    lines: [
      {
        description: renderIn(
          language,
          t.depositLine(
            formatPercent(percent / 100, language),
            formatMinor(estimateMinor, currency, language),
          ),
        ),
        hours: null,
        rateMinor: null,
        amountMinor,
      },
    ],
    hours: 0,
    subtotalMinor: amountMinor,
    deposit: null,
    totalMinor: tax ? tax.totals.totalMinor : amountMinor,
    taskRows: [],
    unmarkRows: [],
    key: invoiceKey(client, null),
    settings: tracker.settings,
    tax,
    nextCounter: chosen.nextCounter,
  };
}

export function invoiceDocName(model: InvoiceModel): string {
  const name = documentWords(model.language, model.tax?.parties.kind).docName(
    model.number,
    model.client.name,
    clientIsPerson(model.client),
  );
  return renderIn(model.language, name);
}

export function invoicePeriod(model: InvoiceModel): string {
  if (!model.month) return '';
  return renderIn(
    model.language,
    WORDS[model.language].invoice.period(formatMonth(model.month, model.language)),
  );
}
