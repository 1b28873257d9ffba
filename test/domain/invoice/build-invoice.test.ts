// Invoices as data: exact minor units, lines per goal or task, numbering, reruns, deposits, wording.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import {
  allocate,
  fillNumber,
  invoiceDocName,
  planDepositInvoice,
  planMonthlyInvoice,
  refusalToReplace,
} from '../../../src/domain/invoice/build-invoice';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { WORDS } from '../../../src/domain/messages';
import { renderIn } from '../../../src/domain/messages/client';
import type { Say } from '../../../src/domain/problems';
import { sayText } from '../../../src/domain/problems/render';
import { formatMinor, fromMinor, lineAmount, minorDigits, toMinor } from '../../../src/domain/invoice/money';
import { readTracker } from '../../../src/domain/read-tracker';
import { LANGUAGES, type Language } from '../../../src/domain/types';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);
const TASK_HEADER = ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Billable', 'Invoice'];

function tracker(
  options: {
    tasks?: unknown[][];
    invoices?: unknown[][];
    settings?: unknown[][];
    clients?: unknown[][];
  } = {},
) {
  return readTracker(
    {
      Clients: options.clients ?? [
        ['Client', 'Language', 'Currency', 'Hourly rate', 'Payment terms (days)', 'Estimate', 'Deposit %'],
        ['Acme Ltd', 'en', 'EUR', 72.5, 14, 10000, ''],
        ['陶房', 'ja', 'JPY', 7500, 30, '', ''],
      ],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Status'],
        ['Acme Ltd', 'Second goal', 2, 'open'],
        ['Acme Ltd', 'Top goal', 1, 'open'],
      ],
      Tasks: [
        TASK_HEADER,
        ...(options.tasks ?? [
          [day('2026-09-30'), 'Acme Ltd', 'September', 'Top goal', '', 5, true, ''],
          [day('2026-10-01'), 'Acme Ltd', 'First', 'Top goal', '', 1.25, true, ''],
          [day('2026-10-15'), 'Acme Ltd', 'Second', 'Second goal', '', 2, true, ''],
          [day('2026-10-20'), 'Acme Ltd', 'Fix', '', 'A', 1.1, true, ''],
          [day('2026-10-21'), 'Acme Ltd', 'Routine', '', 'B', 0.5, true, ''],
          [day('2026-10-22'), 'Acme Ltd', 'Unbilled', '', 'B', 3, false, ''],
          [day('2026-10-23'), 'Acme Ltd', 'Billed before', '', 'B', 4, true, 'OLD-1'],
          [day('2026-10-10'), '陶房', 'Glaze', '', 'A', 1, true, ''],
        ]),
      ],
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Paid on', 'Reminder stage', 'Sent on'],
        ...(options.invoices ?? []),
      ],
      Settings: [['Setting', 'Value'], ...(options.settings ?? [])],
    },
    TZ,
  );
}

describe('money in minor units', () => {
  it('knows the currencies without decimals and rounds without float noise', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('ISK')).toBe(0);
    expect(minorDigits('EUR')).toBe(2);
    expect(toMinor(12.345, 'EUR')).toBe(1235);
    expect(toMinor(1.005, 'EUR')).toBe(101);
    expect(fromMinor(123456, 'EUR')).toBe(1234.56);
    expect(lineAmount(1.1, 7250)).toBe(7975);
    expect(formatMinor(750000, 'JPY', 'ja')).toBe('7,500円'.replace('7,500', '750,000'));
    expect(formatMinor(7500, 'JPY', 'ja')).toBe('7,500円');
    expect(formatMinor(123456, 'EUR', 'en')).toBe('€1,234.56');
  });
  it('allocates a total over lines exactly, whatever the weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2400 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          const sum = parts.reduce((a, b) => a + b, 0);
          return weights.every((w) => w > 0) ? sum === total : sum <= total;
        },
      ),
    );
  });
});

describe('planMonthlyInvoice', () => {
  it('bills the month’s billable, unbilled hours × rate, one line per goal (priority order), then A and B', () => {
    const model = planMonthlyInvoice(tracker(), 'acme ltd', '2026-10', '2026-11-01', null);
    expect(model.number).toBe('2026-0001');
    expect(model.nextCounter).toBe(2);
    // Lines bill work done towards a goal, never the result; A and B work under the report's labels.
    expect(model.lines.map((l) => [l.description, l.hours])).toEqual([
      ['Work towards the goal: Top goal', 1.25],
      ['Work towards the goal: Second goal', 2],
      ['Other important work', 1.1],
      ['Routine work', 0.5],
    ]);
    expect(model.hours).toBe(4.85);
    expect(model.subtotalMinor).toBe(Math.round((485 * 7250) / 100));
    expect(model.lines.reduce((a, l) => a + l.amountMinor, 0)).toBe(model.subtotalMinor);
    expect(model.totalMinor).toBe(model.subtotalMinor);
    expect(model.due).toBe('2026-11-15');
    expect(model.taskRows).toEqual([3, 4, 5, 6]);
  });
  it('makes one line per task when Settings says so', () => {
    const model = planMonthlyInvoice(
      tracker({ settings: [['Invoice lines', 'per task']] }),
      'Acme Ltd',
      '2026-10',
      '2026-11-01',
      null,
    );
    expect(model.lines.map((l) => l.description)).toEqual([
      '2026-10-01 · First',
      '2026-10-15 · Second',
      '2026-10-20 · Fix',
      '2026-10-21 · Routine',
    ]);
  });
  it('numbers from one counter for all clients, never a number the Invoices tab holds, and keeps a draft’s number', () => {
    const t = tracker({
      settings: [['Invoice number', 'INV/{YYYY}/{CLIENT}/{SEQ:3}']],
      invoices: [['INV/2026/TOHO/007', '陶房', day('2026-10-01'), 10, 'JPY', '', '']],
    });
    // No counter yet: the series continues after the register's highest number, whatever the client.
    expect(planMonthlyInvoice(t, 'Acme Ltd', '2026-10', '2026-11-01', null)).toMatchObject({
      number: 'INV/2026/ACMELTD/008',
      nextCounter: 9,
    });
    expect(planMonthlyInvoice(t, 'Acme Ltd', '2026-10', '2026-11-01', null, 12).number).toBe(
      'INV/2026/ACMELTD/012',
    );
    // Made again while not sent: the same number, and the counter does not move.
    expect(planMonthlyInvoice(t, 'Acme Ltd', '2026-10', '2026-11-01', 'INV/2026/TOHO/007')).toMatchObject({
      number: 'INV/2026/TOHO/007',
      nextCounter: null,
    });
    // Next invoice number starts the series once, to continue the one used before.
    const started = tracker({ settings: [['Next invoice number', 'INV-1009']] });
    expect(planMonthlyInvoice(started, 'Acme Ltd', '2026-10', '2026-11-01', null).number).toBe('2026-1009');
    // A sheet still holding the old default (no counter) gets today's default.
    const old = tracker({ settings: [['Invoice number', '{CLIENT}-{YYYY}-{MM}']] });
    expect(planMonthlyInvoice(old, 'Acme Ltd', '2026-10', '2026-11-01', null).number).toBe('2026-0001');
    const noCounter = tracker({ settings: [['Invoice number', 'INV-{MM}']] });
    expect(() => planMonthlyInvoice(noCounter, 'Acme Ltd', '2026-10', '2026-11-01', null)).toThrow(
      /must contain the counter \{SEQ\} exactly once/,
    );
    expect(fillNumber('{CLIENT}-{YYYY}-{MM}', t.clients[1]!, '2026-10')).toBe('C3-2026-10');
  });
  it('refuses to make again an invoice that went to the client: only a credit note corrects it', () => {
    const t = tracker({
      invoices: [['2026-0004', 'Acme Ltd', day('2026-10-01'), 10, 'EUR', '', '', day('2026-11-02')]],
    });
    expect(() => planMonthlyInvoice(t, 'Acme Ltd', '2026-10', '2026-11-03', '2026-0004')).toThrow(
      /was sent to the client on 2 November 2026 \(Invoices row 2, Sent on\).*create a credit note/,
    );
  });
  it('refuses to replace a paid or chased invoice', () => {
    const t = tracker({
      invoices: [
        ['A-1', 'Acme Ltd', day('2026-10-01'), 10, 'EUR', '', 1],
        ['A-2', 'Acme Ltd', day('2026-10-01'), 10, 'EUR', day('2026-10-05'), ''],
        ['A-3', 'Acme Ltd', day('2026-10-01'), 10, 'EUR', '', ''],
      ],
    });
    const english = (says: Say[] | null) => (says ? sayText(says, 'en') : '');
    expect(english(refusalToReplace(t, 'A-1'))).toMatch(
      /payment reminder has been drafted for invoice “A-1” \(Invoices row 2/,
    );
    expect(english(refusalToReplace(t, 'a-2'))).toMatch(/marked paid/);
    expect(refusalToReplace(t, 'A-3')).toBeNull();
  });
  it('bills hours logged late for a month already billed, and never a task billed on another invoice', () => {
    const t = tracker({
      tasks: [
        [day('2026-10-01'), 'Acme Ltd', 'Billed', 'Top goal', '', 2, true, 'ACMELTD-2026-10'],
        [day('2026-10-30'), 'Acme Ltd', 'Logged late', '', 'A', 1, true, ''],
        [day('2026-11-02'), 'Acme Ltd', 'November', 'Top goal', '', 3, true, ''],
        [day('2026-08-02'), 'Acme Ltd', 'Never billed month', 'Top goal', '', 9, true, ''],
      ],
    });
    const model = planMonthlyInvoice(t, 'Acme Ltd', '2026-11', '2026-12-01', null);
    expect(model.taskRows).toEqual([3, 4]);
    expect(model.hours).toBe(4);
  });
  it('says plainly when there is nothing to bill or no rate', () => {
    expect(() => planMonthlyInvoice(tracker(), 'Acme Ltd', '2026-01', '2026-02-01', null)).toThrow(
      /“Acme Ltd” has no billable hours in January 2026/,
    );
    const noRate = tracker({
      clients: [
        ['Client', 'Hourly rate'],
        ['Acme Ltd', ''],
      ],
    });
    expect(() => planMonthlyInvoice(noRate, 'Acme Ltd', '2026-10', '2026-11-01', null)).toThrow(
      /Clients tab, row 2, Hourly rate/,
    );
  });
});

describe('deposits', () => {
  it('bills 10 % of the estimate by default and deducts it from the monthly invoices until used up', () => {
    const deposit = planDepositInvoice(tracker(), 'Acme Ltd', '2026-09-01', null);
    expect(deposit.number).toBe('2026-0001-DEP');
    expect(deposit.totalMinor).toBe(100000);
    const t = tracker({
      invoices: [['2026-0001-DEP', 'Acme Ltd', day('2026-09-01'), 1000, 'EUR', '', '']],
    });
    const october = planMonthlyInvoice(t, 'Acme Ltd', '2026-10', '2026-11-01', null);
    expect(october.deposit).toEqual({ invoice: '2026-0001-DEP', amountMinor: october.subtotalMinor });
    expect(october.totalMinor).toBe(0);
    const html = renderInvoiceHtml(october);
    expect(html).toContain('Less deposit (invoice 2026-0001-DEP)');
    // October billed €145.00 of it; November deducts from the €855.00 left (test/domain/invoice/deposit-carry.test.ts).
    const later = tracker({
      invoices: [
        ['2026-0001-DEP', 'Acme Ltd', day('2026-09-01'), 1000, 'EUR', '', ''],
        ['ACMELTD-2026-10', 'Acme Ltd', day('2026-11-01'), 0, 'EUR', '', ''],
      ],
      tasks: [
        [day('2026-10-01'), 'Acme Ltd', 'Billed', 'Top goal', '', 2, true, 'ACMELTD-2026-10'],
        [day('2026-11-02'), 'Acme Ltd', 'November', 'Top goal', '', 3, true, ''],
      ],
    });
    const november = planMonthlyInvoice(later, 'Acme Ltd', '2026-11', '2026-12-01', null);
    expect(november.deposit).toEqual({ invoice: '2026-0001-DEP', amountMinor: 21750 });
    expect(november.totalMinor).toBe(0);
  });
  it('needs an estimate', () => {
    expect(() => planDepositInvoice(tracker(), '陶房', '2026-09-01', null)).toThrow(
      /Clients tab, row 3, Estimate/,
    );
  });
});

describe('invoice wording', () => {
  const terms = (language: Language, days: number, due: string) =>
    renderIn(language, WORDS[language].invoice.terms(days, due));
  it('prints the payment terms in every language, with plurals and Hebrew values isolated', () => {
    expect(terms('en', 14, '15 November 2026')).toBe(
      'Payment is due within 14 days of the invoice date, by 15 November 2026.',
    );
    expect(terms('en', 1, 'x')).toContain('within 1 day of');
    expect(terms('is', 21, 'x')).toContain('innan 21 dags');
    expect(terms('is', 14, 'x')).toContain('innan 14 daga');
    expect(terms('he', 14, '15 בנובמבר')).toBe(
      'לתשלום תוך \u206814\u2069 ימים מתאריך החשבונית, עד \u206815 בנובמבר\u2069.',
    );
    expect(terms('ja', 30, '2026年12月1日')).toContain('発行日から30日以内');
    for (const language of LANGUAGES) expect(terms(language, 0, 'd')).not.toMatch(/\b0\b/);
  });
  it('escapes what the freelancer typed and renders Hebrew right to left', () => {
    const t = tracker({
      clients: [
        ['Client', 'Language', 'Currency', 'Hourly rate'],
        ['<b>Or</b>', 'he', 'ILS', 320],
      ],
      tasks: [[day('2026-10-01'), '<b>Or</b>', 'x', '', 'A', 2, true, '']],
      settings: [['Payment details', 'IBAN <script>\nBIC X']],
    });
    const html = renderInvoiceHtml(planMonthlyInvoice(t, '<b>Or</b>', '2026-10', '2026-11-01', null));
    expect(html).not.toContain('<b>Or</b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;Or&lt;/b&gt;');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('IBAN &lt;script&gt;</bdi><br><bdi>BIC X');
  });

  it('addresses a Japanese client as a Japanese invoice does: 御中 for a company, 様 for a person', () => {
    const billTo = (client: string, contact: string) => {
      const t = tracker({
        clients: [
          ['Client', 'Contact', 'Language', 'Currency', 'Hourly rate'],
          [client, contact, 'ja', 'JPY', 7500],
        ],
        tasks: [[day('2026-10-10'), client, 'Glaze', '', 'A', 1, true, '']],
      });
      const model = planMonthlyInvoice(t, client, '2026-10', '2026-11-01', null);
      const html = renderInvoiceHtml(model);
      const block = /ご請求先：<\/b><br>(.*?)<\/p>/.exec(html)![1]!;
      return { lines: block.split('<br>'), name: invoiceDocName(model), html };
    };
    expect(billTo('陶房株式会社', '').lines).toEqual(['陶房株式会社 御中']);
    expect(billTo('陶房株式会社', '山田 花子').lines).toEqual(['陶房株式会社', '山田 花子 様']);
    // A person who is their own contact: 様 once, even when the sheet already wrote it.
    expect(billTo('山田 花子', '山田 花子').lines).toEqual(['山田 花子 様']);
    expect(billTo('山田 花子様', '').lines).toEqual(['山田 花子 様']);
    expect(billTo('陶房株式会社 御中', '').lines).toEqual(['陶房株式会社 御中']);
    // A department as the contact keeps its 御中 and takes no 様.
    expect(billTo('陶房株式会社', '経理部 御中').lines).toEqual(['陶房株式会社', '経理部 御中']);
    expect(billTo('陶房株式会社', '').name).toMatch(/^請求書 .+ 陶房株式会社 御中$/);
    // The file name addresses as the document does: a name written with 様 gets no 御中.
    expect(billTo('山田 花子様', '').name).toMatch(/^請求書 .+ 山田 花子 様$/);
    expect(billTo('陶房株式会社', '').html).toContain('下記のとおりご請求申し上げます。');
    // Other languages: the client, then the contact, as the sheet has them.
    const en = renderInvoiceHtml(planMonthlyInvoice(tracker(), 'Acme Ltd', '2026-10', '2026-11-01', null));
    expect(en).not.toContain('御中');
  });
});
