// A deposit larger than a month's work is carried to the client's next invoices until it is used up:
// over two and three months, used up exactly, a draft made again, an invoice credited, in yen, with VAT
// and without. Each invoice is planned, then recorded as Create invoice records it (its Invoices row,
// its tasks marked), so the next one reads only what the add-on itself wrote.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import {
  type InvoiceModel,
  planDepositInvoice,
  planMonthlyInvoice,
} from '../../../src/domain/invoice/build-invoice';
import { creditNoteModel } from '../../../src/domain/invoice/credit-note';
import { depositDeduction, depositLeft, netOf } from '../../../src/domain/invoice/deposit-carry';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { fromMinor } from '../../../src/domain/invoice/money';
import { readTracker } from '../../../src/domain/read-tracker';
import { vatOn } from '../../../src/domain/tax/compute';
import type { LocalDate, Month } from '../../../src/domain/types';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);
const CLIENT_HEADER = [
  'Client',
  'Language',
  'Currency',
  'Hourly rate',
  'Payment terms (days)',
  'Estimate',
  'Deposit %',
  'Address',
  'Country',
  'Organisation number',
];
const INVOICE_HEADER = [
  'Invoice',
  'Client',
  'Issued',
  'Amount',
  'Currency',
  'Paid on',
  'Reminder stage',
  'Sent on',
  'Credit note for',
  'Withdrawn on',
];
const TASK_HEADER = ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Billable', 'Invoice'];

/** A client's tracker as the add-on leaves it: Tasks and Invoices grow as invoices are made. */
class Book {
  tasks: unknown[][] = [];
  invoices: unknown[][] = [];
  counter: number | null = null;
  constructor(
    readonly client: unknown[],
    readonly settings: unknown[][] = [],
  ) {}
  get name() {
    return String(this.client[0]);
  }
  tracker() {
    return readTracker(
      {
        Clients: [CLIENT_HEADER, this.client],
        Goals: [
          ['Client', 'Goal', 'Priority', 'Status'],
          [this.name, 'Launch', 1, 'open'],
        ],
        Tasks: [TASK_HEADER, ...this.tasks],
        Invoices: [INVOICE_HEADER, ...this.invoices],
        Settings: [['Setting', 'Value'], ...this.settings],
      },
      TZ,
    );
  }
  /** Hours logged on a day, billable, not yet invoiced (as tasks of at most 8 hours). */
  log(date: string, hours: number) {
    for (let left = hours; left > 0; left -= 8)
      this.tasks.push([day(date), this.name, `Work of ${date}`, 'Launch', '', Math.min(left, 8), true, '']);
  }
  /** Records an invoice as Create invoice does: its row (replaced when made again), its tasks marked. */
  record(model: InvoiceModel, sentOn: string | null = null) {
    if (model.nextCounter !== null) this.counter = model.nextCounter;
    const row = [
      model.number,
      model.client.name,
      day(model.issued),
      fromMinor(model.totalMinor, model.currency),
      model.currency,
      '',
      '',
      sentOn ? day(sentOn) : '',
      '',
    ];
    const at = this.invoices.findIndex((r) => r[0] === model.number);
    if (at >= 0) this.invoices[at] = row;
    else this.invoices.push(row);
    for (const r of model.taskRows) this.tasks[r - 2]![7] = model.number;
    for (const r of model.unmarkRows) this.tasks[r - 2]![7] = '';
    return model;
  }
  deposit(today = '2026-09-01') {
    return this.record(planDepositInvoice(this.tracker(), this.name, today, null, this.counter), today);
  }
  plan(month: Month, today: LocalDate, earlier: string | null = null) {
    return planMonthlyInvoice(this.tracker(), this.name, month, today, earlier, this.counter);
  }
  /** The invoice planned again as Create credit note plans it: its row read as a draft (src/actions/credit.ts). */
  planAsDraft(month: Month, number: string) {
    const tracker = this.tracker();
    const invoices = tracker.invoices.map((i) =>
      i.invoice === number ? { ...i, sentOn: null, paidOn: null, reminderStage: 0 } : i,
    );
    const row = invoices.find((i) => i.invoice === number)!;
    return planMonthlyInvoice({ ...tracker, invoices }, this.name, month, row.issued, number);
  }
  /** Plans, records and sends the month's invoice. */
  monthly(month: Month, today: LocalDate) {
    return this.record(this.plan(month, today), today);
  }
  /** A credit note as Create credit note records it: its own row citing the invoice, the tasks unbilled. */
  credit(number: string, today: LocalDate) {
    const invoice = this.invoices.find((r) => r[0] === number)!;
    this.invoices.push([
      `CN-${number}`,
      this.name,
      day(today),
      -Number(invoice[3]),
      invoice[4],
      '',
      '',
      '',
      number,
    ]);
    for (const task of this.tasks) if (task[7] === number) task[7] = '';
  }
}

// The page as read: the body's text, a line per line, cells apart, no-break spaces as spaces.
const text = (html: string) =>
  html
    .replace(/^.*<body[^>]*>/s, '')
    .replace(/<br>|<\/p>|<\/tr>|<\/h1>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
const deducted = (model: InvoiceModel) => model.deposit?.amountMinor ?? 0;

/** No Business country: no tax section, the deposit's amount is its net. €100 an hour, a €3,000 deposit. */
const acme = () => new Book(['Acme Ltd', 'en', 'EUR', 100, 14, 10000, 30, '', '', '']);

describe('a deposit larger than the first month', () => {
  it('is carried over two months: what October could not take comes off November', () => {
    const book = acme();
    const deposit = book.deposit();
    expect(deposit.totalMinor).toBe(300000);
    book.log('2026-10-05', 10);
    const october = book.monthly('2026-10', '2026-11-01');
    expect(deducted(october)).toBe(100000);
    expect(october.totalMinor).toBe(0);
    book.log('2026-11-05', 25);
    const november = book.monthly('2026-11', '2026-12-01');
    expect(november.deposit).toEqual({ invoice: deposit.number, amountMinor: 200000 });
    expect(november.totalMinor).toBe(50000);
    const page = text(renderInvoiceHtml(november));
    expect(page).toContain('Subtotal |  |  | €2,500.00');
    expect(page).toContain(`Less deposit (invoice ${deposit.number}) |  |  | -€2,000.00`);
    expect(page).toContain('Amount due |  |  | €500.00');
    // Used up: December has no deposit line at all.
    book.log('2026-12-03', 2);
    const december = book.monthly('2026-12', '2027-01-02');
    expect(december.deposit).toBeNull();
    expect(december.totalMinor).toBe(20000);
    expect(renderInvoiceHtml(december)).not.toContain('Less deposit');
  });

  it('is carried over three months, each invoice showing the part it deducts', () => {
    const book = acme();
    const deposit = book.deposit();
    const hours: [Month, string, number][] = [
      ['2026-10', '2026-11-01', 10],
      ['2026-11', '2026-12-01', 12],
      ['2026-12', '2027-01-02', 15],
    ];
    const made = hours.map(([month, today, h]) => {
      book.log(`${month}-10`, h);
      return book.monthly(month, today);
    });
    expect(made.map(deducted)).toEqual([100000, 120000, 80000]);
    expect(made.map((m) => m.totalMinor)).toEqual([0, 0, 70000]);
    expect(text(renderInvoiceHtml(made[2]!))).toContain(
      `Less deposit (invoice ${deposit.number}) |  |  | -€800.00`,
    );
    expect(new Set(made.map((m) => m.number)).size).toBe(3);
  });

  it('used up exactly: November takes the last euro, December deducts nothing', () => {
    const book = acme();
    book.deposit();
    book.log('2026-10-05', 10);
    book.monthly('2026-10', '2026-11-01');
    book.log('2026-11-05', 20);
    const november = book.monthly('2026-11', '2026-12-01');
    expect(deducted(november)).toBe(200000);
    expect(november.totalMinor).toBe(0);
    book.log('2026-12-05', 1);
    expect(book.monthly('2026-12', '2027-01-02').deposit).toBeNull();
  });

  it('a draft made again under its number does not count its own deduction', () => {
    const book = acme();
    book.deposit();
    book.log('2026-10-05', 10);
    const october = book.record(book.plan('2026-10', '2026-11-01')); // neither is sent yet
    book.log('2026-11-05', 12);
    const draft = book.record(book.plan('2026-11', '2026-12-01'));
    expect(deducted(draft)).toBe(120000);
    const again = book.record(book.plan('2026-11', '2026-12-02', draft.number));
    expect(again.number).toBe(draft.number);
    expect(deducted(again)).toBe(120000);
    expect(again.totalMinor).toBe(0);
    // Hours logged late for November: the draft made again takes more of what October left, no more.
    book.log('2026-11-20', 10);
    const bigger = book.record(book.plan('2026-11', '2026-12-03', draft.number));
    expect(bigger.number).toBe(draft.number);
    expect(deducted(bigger)).toBe(200000);
    expect(bigger.totalMinor).toBe(20000);
    // October made again (it is still a draft): November's deduction stays counted, nothing twice.
    const again10 = book.plan('2026-10', '2026-12-04', october.number);
    expect(again10.number).toBe(october.number);
    expect(deducted(again10)).toBe(100000);
  });

  it('a credited invoice gives its deduction back to what is left, and its credit note mirrors it', () => {
    const book = acme();
    book.deposit();
    book.log('2026-10-05', 10);
    const october = book.monthly('2026-10', '2026-11-01');
    book.log('2026-11-05', 25);
    const november = book.monthly('2026-11', '2026-12-01');
    expect([deducted(october), deducted(november)]).toEqual([100000, 200000]);
    // The credit note is planned from November made again as a draft (src/actions/credit.ts):
    // it shows exactly the deduction November had, so it credits the €500.00 the Invoices tab records.
    const asDraft = book.planAsDraft('2026-11', november.number);
    const note = creditNoteModel(asDraft, { number: 'CN-2026-0001', issued: '2026-12-07' });
    expect(note.deposit).toEqual({ invoice: november.deposit!.invoice, amountMinor: -200000 });
    expect(note.totalMinor).toBe(-50000);
    // October credited: its €1,000 is back; December takes it, and October's hours billed again
    // take what December leaves.
    book.credit(october.number, '2026-12-07');
    book.log('2026-12-03', 8);
    const december = book.monthly('2026-12', '2027-01-02');
    expect(deducted(december)).toBe(80000);
    const rebilled = book.monthly('2026-10', '2027-01-03');
    expect(rebilled.number).not.toBe(october.number);
    expect(rebilled.taskRows).toEqual([1, 2].map((i) => i + 1));
    expect(deducted(rebilled)).toBe(20000);
    expect(rebilled.totalMinor).toBe(80000);
  });

  it('a credited deposit is deducted from nothing', () => {
    const book = acme();
    const deposit = book.deposit();
    book.credit(deposit.number, '2026-09-15');
    book.log('2026-10-05', 10);
    const october = book.monthly('2026-10', '2026-11-01');
    expect(october.deposit).toBeNull();
    expect(october.totalMinor).toBe(100000);
  });

  it('a withdrawn deposit invoice is deducted from nothing', () => {
    const book = acme();
    const deposit = book.deposit();
    // Made, never sent, withdrawn: its number stays in Invoices, marked (Withdraw invoice).
    const row = book.invoices.find((r) => r[0] === deposit.number)!;
    row[7] = '';
    row[9] = day('2026-09-02');
    book.log('2026-10-05', 10);
    const october = book.monthly('2026-10', '2026-11-01');
    expect(october.deposit).toBeNull();
    expect(october.totalMinor).toBe(100000);
  });

  it('a withdrawn invoice took nothing of the deposit: November deducts what October would have', () => {
    const book = acme();
    book.deposit();
    book.log('2026-10-05', 10);
    const october = book.record(book.plan('2026-10', '2026-11-01'));
    expect(deducted(october)).toBe(100000);
    // October's invoice withdrawn before it went out: its row marked, its tasks unbilled.
    const row = book.invoices.find((r) => r[0] === october.number)!;
    row[9] = day('2026-11-02');
    for (const task of book.tasks) if (task[7] === october.number) task[7] = '';
    const again = book.monthly('2026-10', '2026-11-03');
    expect(again.number).not.toBe(october.number);
    expect(deducted(again)).toBe(deducted(october));
  });

  it('an invoice issued before the deposit took nothing of it, even billed at an older, lower rate', () => {
    const book = acme();
    book.log('2026-08-05', 10);
    const august = book.monthly('2026-08', '2026-08-31');
    expect(august.deposit).toBeNull();
    book.invoices[0]![3] = 900; // billed at €90 an hour; the Clients tab now says €100
    book.deposit('2026-09-01');
    book.log('2026-10-05', 10);
    expect(deducted(book.monthly('2026-10', '2026-11-01'))).toBe(100000);
    book.log('2026-11-05', 25);
    expect(deducted(book.monthly('2026-11', '2026-12-01'))).toBe(200000);
  });

  it('hours marked with an invoice whose Invoices row is gone count as having taken their part', () => {
    const book = acme();
    book.deposit();
    book.tasks.push([day('2026-10-05'), 'Acme Ltd', 'Old work', 'Launch', '', 10, true, 'OLD-1']);
    book.log('2026-11-05', 25);
    expect(deducted(book.monthly('2026-11', '2026-12-01'))).toBe(200000);
  });
});

const JP_REGISTERED = [
  ['Business name', '山田デザイン株式会社'],
  ['Business country', 'JP'],
  ['Organisation number', '7123456789012'],
  ['VAT registered', 'yes'],
];
const JP_UNREGISTERED = [
  ['Business name', '山田デザイン'],
  ['Business country', 'JP'],
  ['VAT registered', 'no'],
];

describe('in yen, a currency without minor units', () => {
  // ¥7,500 an hour; 10 % of ¥1,234,567 is ¥123,456.7, billed as ¥123,457.
  const kobo = (settings: unknown[][]) =>
    new Book(['陶房', 'ja', 'JPY', 7500, 30, 1234567, 10, '', 'JP', ''], settings);

  it('a registered seller: the deposit net of its 10 % 消費税, VAT once on what is left', () => {
    const book = kobo(JP_REGISTERED);
    const deposit = book.deposit();
    expect(deposit.tax?.totals).toMatchObject({ netMinor: 123457, vatMinor: 12346, totalMinor: 135803 });
    book.log('2026-10-05', 8); // ¥60,000
    const october = book.monthly('2026-10', '2026-11-01');
    expect(deducted(october)).toBe(60000);
    expect(october.tax?.totals).toMatchObject({ netMinor: 0, vatMinor: 0, totalMinor: 0 });
    book.log('2026-11-05', 10); // ¥75,000
    const november = book.monthly('2026-11', '2026-12-01');
    expect(deducted(november)).toBe(63457);
    // ¥11,543 net, 消費税 1,154.3 → 1,154 rounded once.
    expect(november.tax?.totals).toMatchObject({ netMinor: 11543, vatMinor: 1154, totalMinor: 12697 });
    expect(renderInvoiceHtml(november)).toContain('63,457円');
    book.log('2026-12-05', 2);
    const december = book.monthly('2026-12', '2027-01-04');
    expect(december.deposit).toBeNull();
    expect(december.tax?.totals).toMatchObject({ netMinor: 15000, vatMinor: 1500, totalMinor: 16500 });
  });

  it('a seller not registered: the deposit as paid, no tax anywhere', () => {
    const book = kobo(JP_UNREGISTERED);
    expect(book.deposit().totalMinor).toBe(123457);
    book.log('2026-10-05', 8);
    book.monthly('2026-10', '2026-11-01');
    book.log('2026-11-05', 10);
    const november = book.monthly('2026-11', '2026-12-01');
    expect(deducted(november)).toBe(63457);
    expect(november.tax?.totals).toMatchObject({ netMinor: 11543, vatMinor: 0, totalMinor: 11543 });
  });
});

const NO_SELLER = (registered: boolean) => [
  ['Business name', 'Solberg Digital AS'],
  ['Business address', 'Storgata 12\n0155 Oslo'],
  ['Business country', 'NO'],
  ['Organisation number', '998 877 660'],
  ['VAT registered', registered ? 'yes' : 'no'],
];

describe('in kroner, from a Norwegian seller', () => {
  // 1 000 kr an hour; 10 % of 123 456,70 kr is 12 345,67 kr.
  const bakery = (registered: boolean) =>
    new Book(
      ['Bakeriet AS', 'en', 'NOK', 1000, 14, 123456.7, 10, 'Torget 2\n7011 Trondheim', 'NO', '923456783'],
      NO_SELLER(registered),
    );

  it('registered for VAT: the deposit’s net (its 25 % MVA taken out exactly) carried to the next month', () => {
    const book = bakery(true);
    const deposit = book.deposit();
    expect(deposit.tax?.totals).toMatchObject({ netMinor: 1234567, vatMinor: 308642, totalMinor: 1543209 });
    book.log('2026-10-05', 10);
    const october = book.monthly('2026-10', '2026-11-01');
    expect(deducted(october)).toBe(1000000);
    expect(october.tax?.totals.totalMinor).toBe(0);
    book.log('2026-11-05', 5);
    const november = book.monthly('2026-11', '2026-12-01');
    expect(deducted(november)).toBe(234567);
    // 2 654,33 kr net, 25 % = 663,5825 → 663,58, VAT once on the sum.
    expect(november.tax?.totals).toMatchObject({ netMinor: 265433, vatMinor: 66358, totalMinor: 331791 });
    book.log('2026-12-05', 1);
    expect(book.monthly('2026-12', '2027-01-04').deposit).toBeNull();
  });

  it('not registered: the deposit as paid, carried the same way', () => {
    const book = bakery(false);
    expect(book.deposit().totalMinor).toBe(1234567);
    book.log('2026-10-05', 10);
    book.monthly('2026-10', '2026-11-01');
    book.log('2026-11-05', 5);
    const november = book.monthly('2026-11', '2026-12-01');
    expect(deducted(november)).toBe(234567);
    expect(november.tax?.totals).toMatchObject({ netMinor: 265433, vatMinor: 0, totalMinor: 265433 });
  });
});

describe('the arithmetic of what is left', () => {
  it('reads an amount back to its net exactly, and the net of no VAT is the amount', () => {
    for (const [net, bp] of [
      [1234567, 2500],
      [123457, 1000],
      [250000, 2400],
      [1, 2550],
      [99999, 800],
    ] as const)
      expect(netOf(net + vatOn(net, bp / 100), bp)).toBe(net);
    expect(netOf(12345, null)).toBe(12345);
  });

  it('over any run of invoices the client gets back exactly its deposit, or all the work if less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.constantFrom(null, 2500, 2400, 2550, 1000, 800, 2000),
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 6 }),
        (depositNet, bp, works) => {
          const vat = (net: number) => (bp === null ? 0 : vatOn(net, bp / 100));
          const ledger = {
            invoice: 'D',
            grossMinor: depositNet + vat(depositNet),
            others: [] as { workMinor: number; amountMinor: number }[],
          };
          let left = depositNet;
          let back = 0;
          for (const work of works) {
            const d = depositDeduction(ledger, work, bp);
            expect(d).toBe(Math.min(left, work));
            left -= d;
            back += d;
            ledger.others.push({ workMinor: work, amountMinor: work - d + vat(work - d) });
            expect(depositLeft(ledger, bp)).toBe(left);
          }
          const total = works.reduce((a, b) => a + b, 0);
          expect(back).toBe(Math.min(depositNet, total));
        },
      ),
    );
  });
});
