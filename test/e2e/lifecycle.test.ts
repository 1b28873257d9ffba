// Issued means fixed, on the production bundle: the cover email that carries the invoice fills its
// Sent on (never over the user's date, never when the PDF could not be attached); Withdraw invoice keeps
// the number in Invoices, marked, returns its tasks and never gives the number again; a withdrawn or
// credited invoice owes nothing to reminders and health.

import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime';
import type { MonthEndPlan } from '../../src/domain/month-end/close-plan';
import { startOfLocalDate } from '../../src/domain/dates';
import type {
  CloseClientResult,
  CreditResult,
  DraftsResult,
  HealthResult,
  InvoiceResult,
  WithdrawResult,
} from '../../src/server-api';
import { TODAY, sampleRuntime, snapshot } from '../support/runtime';

function table(runtime: Runtime, tab: string) {
  const sheet = runtime.spreadsheet.getSheetByName(tab)!;
  const values = sheet.getDataRange().getValues();
  const header = values[0]!.map(String);
  const col = (name: string) => header.indexOf(name);
  return { sheet, values, header, col };
}

/** The invoice's row (Sheets numbering) and a reader of its cells by header. */
function invoiceRow(runtime: Runtime, number: string) {
  const t = table(runtime, 'Invoices');
  const index = t.values.findIndex((r) => r[t.col('Invoice')] === number);
  expect(index).toBeGreaterThan(0);
  return { row: index + 1, cell: (h: string) => t.values[index]![t.col(h)], set: setter(t, index + 1) };
}

const setter = (t: ReturnType<typeof table>, row: number) => (h: string, v: unknown) =>
  t.sheet.getRange(row, t.col(h) + 1).setValue(v);

const day = (runtime: Runtime, d: string) => startOfLocalDate(d, runtime.timeZone);

const marked = (runtime: Runtime, number: string) => {
  const t = table(runtime, 'Tasks');
  return t.values.filter((r) => r[t.col('Invoice')] === number).length;
};

/** The client's overdue invoices on a later day, the clock set back afterwards. */
function overdueAt(runtime: Runtime, when: string, client = 'Bakeriet Solsikke AS') {
  const now = runtime.ctx.now;
  runtime.setNow(when);
  const health = runtime.run<HealthResult>('clientHealth', { ui: 'en' });
  runtime.setNow(now);
  const { invoices, amount } = health.clients.find((c) => c.client === client)!.overdue;
  return { invoices, amount };
}

describe('Sent on, filled by the cover email that carries the invoice', () => {
  const MONTH = '2026-11';
  const CLOSE_DAY = '2026-12-02';

  it('is set once, kept on a second run, left alone when typed or when the PDF is missing; then fixed', async () => {
    const runtime = await sampleRuntime({ today: CLOSE_DAY });
    const clients = runtime
      .run<MonthEndPlan>('monthEndPlan', { month: MONTH })
      .clients.filter((c) => c.ticked)
      .map((c) => c.client);
    expect(clients.length).toBeGreaterThanOrEqual(3);
    const [first, typed, unattached] = clients as [string, string, string];

    // 1. Closed by the add-on: the draft carries the PDF, so the invoice is sent today.
    const closed = runtime.run<CloseClientResult>('closeMonthClient', { month: MONTH, client: first });
    expect(closed.notAttached).toEqual([]);
    const number = closed.invoice!.number;
    expect(invoiceRow(runtime, number).cell('Sent on')).toEqual(day(runtime, CLOSE_DAY));

    // A redo days later (a task added) drafts the email again but keeps the first day; a day the
    // freelancer typed over it stays through the next redo too.
    const addTask = (date: string) => {
      const t = table(runtime, 'Tasks');
      const line = t.header.map((h) =>
        h === 'Date'
          ? day(runtime, date)
          : h === 'Client'
            ? first
            : h === 'Task'
              ? `Late fix ${date}`
              : h === 'Mark'
                ? 'A'
                : h === 'Hours'
                  ? 1
                  : h === 'Billable'
                    ? true
                    : '',
      );
      t.sheet.getRange(t.sheet.getLastRow() + 1, 1, 1, line.length).setValues([line]);
    };
    for (const [now, sentOn] of [
      ['2026-12-05', CLOSE_DAY],
      ['2026-12-07', '2026-12-01'],
    ] as const) {
      runtime.setNow(now);
      if (sentOn !== CLOSE_DAY) invoiceRow(runtime, number).set('Sent on', day(runtime, sentOn));
      addTask(now === '2026-12-05' ? '2026-11-27' : '2026-11-28');
      const redone = runtime.run<CloseClientResult>('closeMonthClient', {
        month: MONTH,
        client: first,
        redo: true,
      });
      expect(redone.draft).not.toBeNull();
      expect(redone.invoice).toBeNull();
      expect(invoiceRow(runtime, number).cell('Sent on')).toEqual(day(runtime, sentOn));
    }

    // Fixed now: Create invoice refuses to make it again, Create credit note cancels it.
    expect(() => runtime.run('createInvoice', { client: first, month: MONTH })).toThrow(/Sent on/);
    const credit = runtime.run<CreditResult>('createCreditNote', { invoice: number });
    expect(credit.invoice).toBe(number);

    // A day typed before Close the month: the plan drafts no cover email for an invoice already sent,
    // and the day stays.
    runtime.setNow(CLOSE_DAY);
    const made = runtime.run<InvoiceResult>('createInvoice', { client: typed, month: MONTH });
    invoiceRow(runtime, made.number).set('Sent on', day(runtime, '2026-11-30'));
    runtime.run<CloseClientResult>('closeMonthClient', { month: MONTH, client: typed });
    expect(invoiceRow(runtime, made.number).cell('Sent on')).toEqual(day(runtime, '2026-11-30'));

    // 3. The PDF could not be attached: the invoice has not gone out with this draft, Sent on stays blank.
    const loose = runtime.run<InvoiceResult>('createInvoice', { client: unattached, month: MONTH });
    invoiceRow(runtime, loose.number).set('Invoice file', '');
    const third = runtime.run<CloseClientResult>('closeMonthClient', { month: MONTH, client: unattached });
    expect(third.notAttached.join(' ')).toContain(loose.number);
    expect(invoiceRow(runtime, loose.number).cell('Sent on')).toBe('');
    // Still a draft: made again under its number.
    expect(runtime.run<InvoiceResult>('createInvoice', { client: unattached, month: MONTH }).number).toBe(
      loose.number,
    );
  });
});

describe('Withdraw invoice', () => {
  const MONTH = '2026-10';
  const CLIENT = 'Bakeriet Solsikke AS';

  it('keeps the number, marked; returns the tasks; the next invoice takes the next number; twice is harmless', async () => {
    const runtime = await sampleRuntime();
    const made = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    const owing = overdueAt(runtime, '2027-03-01');
    const billed = marked(runtime, made.number);
    expect(billed).toBe(made.tasks);
    const files = runtime.drive.listAll().length;

    runtime.calls.reset();
    const withdrawn = runtime.run<WithdrawResult>('withdrawInvoice', { invoice: made.number });
    expect(withdrawn).toEqual({ invoice: made.number, client: CLIENT, tasks: billed, withdrawnOn: TODAY });
    // One read, one Withdrawn on write, one RangeList clearing the marks: no call per task.
    expect(runtime.calls.summary().total).toBeLessThanOrEqual(12);
    const row = invoiceRow(runtime, made.number);
    expect(row.cell('Withdrawn on')).toEqual(day(runtime, TODAY));
    expect(row.cell('Invoice file')).toBe(made.pdfLink);
    expect(marked(runtime, made.number)).toBe(0);
    expect(runtime.drive.listAll().length).toBe(files);

    // Twice: the first day is reported, nothing is written.
    runtime.setNow('2026-11-23');
    const before = snapshot(runtime.spreadsheet);
    const again = runtime.run<WithdrawResult>('withdrawInvoice', { invoice: made.number });
    expect(again).toEqual({ ...withdrawn, tasks: 0 });
    expect(snapshot(runtime.spreadsheet)).toEqual(before);

    // The hours are billed again under the next number; the withdrawn one's files stay its own.
    const next = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    expect(next.number).not.toBe(made.number);
    expect([next.hours, next.amount, next.tasks]).toEqual([made.hours, made.amount, made.tasks]);
    expect(runtime.drive.findByLink(made.pdfLink).bytes.length).toBeGreaterThan(0);
    expect(next.pdfLink).not.toBe(made.pdfLink);
    expect(runtime.drive.listAll().length).toBe(files + 2);
    // Made again while a draft, the new one keeps its number, and the withdrawn one's files still stay.
    const remade = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    expect([remade.number, remade.replaced]).toEqual([next.number, true]);
    expect(runtime.drive.listAll().length).toBe(files + 2);
    expect(invoiceRow(runtime, made.number).cell('Withdrawn on')).toEqual(day(runtime, TODAY));

    // Long after its due day, the withdrawn invoice is neither chased nor overdue.
    runtime.setNow('2027-03-01');
    const drafts = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    expect(drafts.drafts.map((d) => d.invoice)).not.toContain(made.number);
    // The new invoice took the withdrawn one's place: as many overdue as before it was withdrawn.
    expect(overdueAt(runtime, '2027-03-01')).toEqual(owing);
  });

  it('refuses a sent invoice, a credit note and a credited invoice, naming the row', async () => {
    const runtime = await sampleRuntime();
    const made = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    const row = invoiceRow(runtime, made.number);
    row.set('Sent on', day(runtime, TODAY));
    expect(() => runtime.run('withdrawInvoice', { invoice: made.number })).toThrow(
      new RegExp(`row ${row.row}, Sent on\\).*credit note`),
    );
    const credit = runtime.run<CreditResult>('createCreditNote', { invoice: made.number });
    expect(() => runtime.run('withdrawInvoice', { invoice: made.number })).toThrow(
      new RegExp(`row ${row.row}.*${credit.number}`),
    );
    expect(() => runtime.run('withdrawInvoice', { invoice: credit.number })).toThrow(/is a credit note/);
    expect(() => runtime.run('withdrawInvoice', { invoice: 'NO-SUCH' })).toThrow(/no invoice “NO-SUCH”/);
    // In the sidebar's language.
    expect(() => runtime.run('withdrawInvoice', { invoice: credit.number, ui: 'nb' })).toThrow(/kreditnota/);
  });

  it('a credited invoice and its credit note are not overdue in health', async () => {
    const runtime = await sampleRuntime();
    const made = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    invoiceRow(runtime, made.number).set('Sent on', day(runtime, TODAY));
    const owing = overdueAt(runtime, '2027-03-01');
    runtime.run<CreditResult>('createCreditNote', { invoice: made.number });
    // Neither the credited invoice nor its credit note (below zero, never paid) is overdue.
    const after = overdueAt(runtime, '2027-03-01');
    expect(after.invoices).toBe(owing.invoices - 1);
    expect(after.amount).toBeCloseTo(owing.amount - made.amount, 2);
  });
});

describe('a credit note credits exactly what the invoice said', () => {
  const MONTH = '2026-10';
  const CLIENT = 'Bakeriet Solsikke AS';

  /** The client's Hourly rate cell, typed over as the freelancer would. */
  function setRate(runtime: Runtime, rate: number) {
    const t = table(runtime, 'Clients');
    const index = t.values.findIndex((r) => r[t.col('Client')] === CLIENT);
    setter(t, index + 1)('Hourly rate', rate);
  }

  it('after a rate change, from what the invoice billed; without that record, refused when the tasks no longer add up', async () => {
    const runtime = await sampleRuntime();
    const made = runtime.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    const html = runtime.drive.findByLink(made.link).html;
    setRate(runtime, 5000);
    // The rate change alone would bill more now.
    invoiceRow(runtime, made.number).set('Sent on', day(runtime, TODAY));

    const credit = runtime.run<CreditResult>('createCreditNote', { invoice: made.number });
    expect([credit.amount, credit.currency]).toEqual([-made.amount, made.currency]);
    expect(invoiceRow(runtime, credit.number).cell('Amount')).toBe(-made.amount);
    // Its lines are the invoice's lines, every amount negated.
    const note = runtime.drive.findByLink(credit.link).html;
    const amounts = (text: string) => [...text.matchAll(/(-?\d[\d\s\u00a0]*,\d{2})/g)].map((m) => m[1]);
    expect(amounts(note).length).toBeGreaterThan(0);
    for (const a of amounts(html).filter((x) => !x!.startsWith('0,')))
      expect(note.replace(/[−-]/g, '')).toContain(a!.replace(/^-/, ''));

    // An invoice with no record of what it billed (made before this was kept): rebuilt from its tasks,
    // refused with the row and the Amount cell while those come to another amount.
    const other = await sampleRuntime();
    const old = other.run<InvoiceResult>('createInvoice', { client: CLIENT, month: MONTH });
    other.properties.document.values.clear();
    invoiceRow(other, old.number).set('Sent on', day(other, TODAY));
    const row = invoiceRow(other, old.number).row;
    const t = table(other, 'Clients');
    const rate = t.values.find((r) => r[t.col('Client')] === CLIENT)![t.col('Hourly rate')];
    setRate(other, 5000);
    expect(() => other.run('createCreditNote', { invoice: old.number })).toThrow(
      new RegExp(`Invoices row ${row}, Amount`),
    );
    // Both amounts as money in the reader's language ("kr 1,234.50"), not a bare number and a code.
    expect(() => other.run('createCreditNote', { invoice: old.number })).toThrow(
      /tasks now come to NOK\s?[\d,]+\.\d\d, not the NOK\s?[\d,]+\.\d\d in/,
    );
    // Put back, the tasks add up to the invoice again: credited in full.
    setRate(other, Number(rate));
    const fallback = other.run<CreditResult>('createCreditNote', { invoice: old.number });
    expect(fallback.amount).toBe(-old.amount);
  });
});
