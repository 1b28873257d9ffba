// The credit note: the invoice's lines and VAT per rate negated, its own number and date, the invoice
// cited by number and date, titled as an accountant of the seller's country would.

import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import { planMonthlyInvoice } from '../../../src/domain/invoice/build-invoice';
import { creditNoteModel } from '../../../src/domain/invoice/credit-note';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { readTracker } from '../../../src/domain/read-tracker';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);
const CLIENT_HEADER = [
  'Client',
  'Language',
  'Currency',
  'Hourly rate',
  'Address',
  'Country',
  'Organisation number',
];

function invoiceFor(client: unknown[], settings: unknown[][]) {
  const tracker = readTracker(
    {
      Clients: [CLIENT_HEADER, client],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Status'],
        [client[0], 'More bookings', 1, 'open'],
      ],
      Tasks: [
        ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Billable', 'Invoice'],
        [day('2026-10-01'), client[0], 'Booking page', 'More bookings', '', 10, true, ''],
        [day('2026-10-02'), client[0], 'Fix', '', 'A', 0.5, true, ''],
      ],
      Invoices: [['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Sent on']],
      Settings: [['Setting', 'Value'], ...settings],
    },
    TZ,
  );
  return planMonthlyInvoice(tracker, String(client[0]), '2026-10', '2026-11-01', null);
}

const NO_SELLER = [
  ['Business name', 'Solberg Digital AS'],
  ['Business address', 'Storgata 12\n0155 Oslo'],
  ['Business country', 'NO'],
  ['Organisation number', '998 877 660'],
  ['VAT registered', 'yes'],
  ['Payment details', 'IBAN NO93 8601 1117 947'],
];
const bakery = ['Bakeriet Solsikke AS', 'nb', 'NOK', 1100, 'Torget 2\n7011 Trondheim', 'NO', '923456783'];

describe('a credit note', () => {
  it('negates every line, the VAT per rate and the total, under its own number and date', () => {
    const invoice = invoiceFor(bakery, NO_SELLER);
    const note = creditNoteModel(invoice, { number: 'CN-2026-0001', issued: '2026-12-07' });
    expect(note.lines.map((l) => l.amountMinor)).toEqual(invoice.lines.map((l) => -l.amountMinor));
    expect(note.tax?.totals).toMatchObject({
      netMinor: -1155000,
      perRate: [{ rate: 25, baseMinor: -1155000, vatMinor: -288750 }],
      vatMinor: -288750,
      totalMinor: -1443750,
    });
    expect(note).toMatchObject({
      number: 'CN-2026-0001',
      issued: '2026-12-07',
      totalMinor: -1443750,
      credit: { invoice: invoice.number, issued: '2026-11-01' },
      taskRows: [],
    });
  });

  it('in Norwegian: Kreditnota citing the invoice by number and date, no due date or payment details', () => {
    const invoice = invoiceFor(bakery, NO_SELLER);
    const html = renderInvoiceHtml(
      creditNoteModel(invoice, { number: 'CN-2026-0001', issued: '2026-12-07' }),
    );
    expect(html).toContain('<h1 style="text-align:left;">Kreditnota</h1>');
    expect(html).toContain('<b>Kreditnotanummer:</b> CN-2026-0001');
    // Its own date is a Kreditnotadato, and its last row what is credited: nothing is to be paid.
    expect(html).toMatch(/<b>Kreditnotadato:<\/b> 7\.\s?desember 2026/);
    expect(html).not.toContain('Fakturadato');
    expect(html).toContain(
      `Kreditnotaen gjelder faktura ${invoice.number} datert 1. november 2026, som krediteres i sin helhet.`,
    );
    expect(html).toMatch(/<b>Sum kreditert<\/b>.*<b>[-−]14\s437,50\skr<\/b>/);
    expect(html).not.toContain('Å betale');
    expect(html).toContain('<title>Kreditnota CN-2026-0001 – Bakeriet Solsikke AS</title>');
    expect(html).toMatch(/[-−]14\s437,50/);
    expect(html).not.toContain('Forfall');
    expect(html).not.toContain('NO93');
    // The invoice itself still says both.
    expect(renderInvoiceHtml(invoice)).toContain('NO93');
  });

  it('in Hebrew: a foreign seller’s חשבונית זיכוי; an Israeli seller’s חשבון עסקה is cancelled, not credited', () => {
    const credit = { number: 'CN-2026-0001', issued: '2026-12-07' };
    const toIsrael = ['מאפיית השכונה', 'he', 'ILS', 300, 'רחוב הרצל 5, חיפה', 'IL', ''];
    const norwegian = renderInvoiceHtml(creditNoteModel(invoiceFor(toIsrael, NO_SELLER), credit));
    expect(norwegian).toContain('חשבונית זיכוי</h1>');
    expect(norwegian).toMatch(/חשבונית זיכוי זו מבטלת במלואה את חשבונית (<bdi>)?\u2068?2026-/);
    expect(norwegian).toContain('סה״כ לזיכוי');
    expect(norwegian).not.toContain('סה״כ לתשלום');
    const il = [
      ['Business name', 'Studio Levi'],
      ['Business address', 'Herzl 1, Tel Aviv'],
      ['Business country', 'IL'],
      ['Organisation number', '511234569'],
      ['VAT registered', 'yes'],
    ];
    const israeli = renderInvoiceHtml(creditNoteModel(invoiceFor(toIsrael, il), credit));
    expect(israeli).toContain('ביטול חשבון עסקה</h1>');
    expect(israeli).toContain('<b>מספר מסמך:</b>');
    expect(israeli).toMatch(/מסמך זה מבטל במלואו את חשבון העסקה (<bdi>)?\u2068?2026-/);
    expect(israeli).toContain('סה״כ מבוטל');
    expect(israeli.replace('אינו חשבונית מס', '')).not.toContain('חשבונית');
  });

  it('in Japan: 請求取消通知書, with the T-number and tax per rate for a registered issuer', () => {
    const client = ['陶房', 'ja', 'JPY', 1005, '', 'JP', ''];
    const registered = [
      ['Business name', '山田デザイン株式会社'],
      ['Business country', 'JP'],
      ['Organisation number', '7123456789012'],
      ['VAT registered', 'yes'],
    ];
    const plain = [
      ['Business name', '山田デザイン'],
      ['Business country', 'JP'],
      ['VAT registered', 'no'],
    ];
    const credit = { number: 'CN-2026-0001', issued: '2026-12-07' };
    const qualified = renderInvoiceHtml(creditNoteModel(invoiceFor(client, registered), credit));
    // It corrects a qualified invoice (消費税法第57条の4第4項): it names the invoice, shows the tax per
    // rate negated, and carries the T-number. 「返還請求書」 would read to a client as a demand for money.
    expect(qualified).toContain('<h1 style="text-align:left;">請求取消通知書</h1>');
    expect(qualified).toContain('登録番号 T7123456789012');
    expect(qualified).toContain('<b>通知書番号：</b>CN-2026-0001');
    expect(qualified).toContain('<b>発行日：</b>2026年12月7日');
    expect(qualified).toContain(
      '2026年11月1日付 請求書（請求書番号 2026-0001）を、下記のとおり全額取り消します。',
    );
    expect(qualified).toContain('10%対象 -10,553円 消費税');
    expect(qualified).toMatch(/<b>合計金額<\/b>.*<b>-11,608円<\/b>/);
    expect(qualified).not.toMatch(/ご請求金額|お支払い|返還/);
    const unregistered = renderInvoiceHtml(creditNoteModel(invoiceFor(client, plain), credit));
    expect(unregistered).toContain('請求取消通知書</h1>');
    expect(unregistered).not.toMatch(/適格|登録番号|消費税/);
  });
});

describe('a credit note in English', () => {
  it('is headed Credit note, dated, cites the invoice, and totals without saying anything is due', () => {
    const harbour = ['Harbour & Thread Ltd', 'en', 'GBP', 65, '1 Quay St\nBristol BS1 4DJ', 'GB', ''];
    const invoice = invoiceFor(harbour, NO_SELLER);
    const html = renderInvoiceHtml(
      creditNoteModel(invoice, { number: 'CN-2026-0001', issued: '2026-12-07' }),
    );
    expect(html).toContain('<title>Credit note CN-2026-0001 – Harbour &amp; Thread Ltd</title>');
    expect(html).toContain('<h1 style="text-align:left;">Credit note</h1>');
    expect(html).toContain(
      '<b>Credit note number:</b> CN-2026-0001<br><b>Date of issue:</b> 7 December 2026',
    );
    expect(html).toContain(
      `This credit note cancels invoice ${invoice.number}, dated 1 November 2026, in full.`,
    );
    expect(html).toMatch(/<b>Total credited<\/b>.*<b>-£682\.50<\/b>/);
    expect(html).not.toMatch(/Amount due|Due date|Payment is due/);
  });
});
