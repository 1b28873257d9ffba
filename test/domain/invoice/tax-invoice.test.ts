// Invoices a tax office accepts: VAT per rate, identifiers, the treatment's wording, refusals naming cells.

import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import { planMonthlyInvoice } from '../../../src/domain/invoice/build-invoice';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { ProblemError, sayText } from '../../../src/domain/problems/render';
import { readTracker } from '../../../src/domain/read-tracker';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);

const SELLER = [
  ['Business name', 'Solberg Digital AS'],
  ['Business address', 'Storgata 12\n0155 Oslo'],
  ['Business country', 'NO'],
  ['Organisation number', '998 877 660'],
  ['VAT registered', 'yes'],
  ['Foretaksregisteret', 'yes'],
  ['Payment details', 'IBAN NO93 8601 1117 947\nBIC DNBANOKK'],
  ['Exchange rates', 'EUR 11.5'],
];
const CLIENT_HEADER = [
  'Client',
  'Language',
  'Currency',
  'Hourly rate',
  'Address',
  'Country',
  'Organisation number',
  'VAT number',
  'Tax treatment',
];

function tracker(client: unknown[], settings: unknown[][] = SELLER) {
  return readTracker(
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
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Paid on', 'Reminder stage', 'Sent on'],
      ],
      Settings: [['Setting', 'Value'], ...settings],
    },
    TZ,
  );
}

const refusal = (run: () => unknown, language: 'en' | 'nb' | 'he' = 'en') => {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return sayText(error.says, language);
    throw error;
  }
  throw new Error('not refused');
};

describe('a Norwegian seller registered for VAT', () => {
  const bakery = [
    'Bakeriet Solsikke AS',
    'nb',
    'NOK',
    1100,
    'Torget 2\n7011 Trondheim',
    'NO',
    '923456783',
    '',
    '',
  ];

  it('charges 25 % MVA once on the net, prints org.nr. with MVA, Foretaksregisteret and the kontonummer', () => {
    const model = planMonthlyInvoice(tracker(bakery), 'Bakeriet Solsikke AS', '2026-10', '2026-11-01', null);
    expect(model.tax?.totals).toMatchObject({ netMinor: 1155000, vatMinor: 288750, totalMinor: 1443750 });
    expect(model.totalMinor).toBe(1443750);
    const html = renderInvoiceHtml(model);
    expect(html).toContain('<h1 style="text-align:left;">Faktura</h1>');
    expect(html).toContain('Org.nr. 998 877 660 MVA · Foretaksregisteret');
    expect(html).toContain('Org.nr. 923 456 783');
    expect(html).toContain('Torget 2<br>7011 Trondheim');
    expect(html).toContain('Arbeid mot målet: More bookings');
    expect(html).toContain('Sum eks. mva.');
    expect(html).toMatch(/Mva\. 25\s%\sav 11\s550,00\skr/);
    expect(html).toContain('Kontonummer: 8601.11.17947');
    expect(html).not.toContain('Norge'); // a domestic buyer's country is not written out
  });

  it('a client abroad: 0 % under § 6-22, the country named in the client’s language, no kontonummer', () => {
    const harbour = [
      'Harbour & Thread Ltd',
      'en',
      'GBP',
      65,
      '1 Quay St\nBristol BS1 4DJ',
      'GB',
      '',
      'GB 831 4958 16',
      '',
    ];
    const model = planMonthlyInvoice(tracker(harbour), 'Harbour & Thread Ltd', '2026-10', '2026-11-01', null);
    expect(model.tax?.totals.perRate).toEqual([{ rate: 0, category: 'Z', baseMinor: 68250, vatMinor: 0 }]);
    const html = renderInvoiceHtml(model);
    expect(html).toContain('United Kingdom');
    expect(html).toContain('Org. no. 998 877 660 MVA · Foretaksregisteret');
    expect(html).toContain(
      'No Norwegian VAT: export of services, zero-rated under section 6-22 of the Norwegian VAT Act.',
    );
    expect(html).toContain('Customer’s VAT number: GB 831 4958 16');
    expect(html).toContain('Work towards the goal: More bookings');
    expect(html).not.toContain('Account number');
  });

  it('a Norwegian-speaking client abroad: «fritatt» under § 6-22 in Norwegian, Sweden named in Norwegian', () => {
    const swede = ['Svensk Bageri AB', 'nb', 'SEK', 1100, 'Storgatan 1\n111 22 Stockholm', 'SE', '', '', ''];
    const html = renderInvoiceHtml(
      planMonthlyInvoice(tracker(swede), 'Svensk Bageri AB', '2026-10', '2026-11-01', null),
    );
    expect(html).toContain('Sverige');
    expect(html).toContain(
      'Fritatt for merverdiavgift: utførsel av tjenester, jf. merverdiavgiftsloven § 6-22.',
    );
    expect(html).toMatch(/Mva\. 0\s%\sav 11\s550,00\sSEK/);
    expect(html).not.toContain('Kontonummer');
  });

  it('a domestic client billed in euros: the MVA also in kroner at the rate from Settings, refused without one', () => {
    const euro = ['Nordic Events AS', 'en', 'EUR', 100, 'Kaigata 1\n5016 Bergen', 'NO', '987654325', '', ''];
    const model = planMonthlyInvoice(tracker(euro), 'Nordic Events AS', '2026-10', '2026-11-01', null);
    expect(model.tax?.totals.local).toMatchObject({ currency: 'NOK', vatMinor: 301875 });
    expect(renderInvoiceHtml(model)).toMatch(/VAT in NOK: NOK\s3,018\.75 \(at 1 EUR = 11\.5 NOK\)/);
    const noRate = tracker(
      euro,
      SELLER.filter(([k]) => k !== 'Exchange rates'),
    );
    expect(
      refusal(() => planMonthlyInvoice(noRate, 'Nordic Events AS', '2026-10', '2026-11-01', null)),
    ).toMatch(
      /The invoice is in EUR and charges VAT, so the VAT must also be shown in NOK\. In Settings › Exchange rates, add EUR/,
    );
    // In Hebrew the example line is held left to right as a whole (LRI…PDI), so it reads "EUR 11.5",
    // not "11.5 EUR" as the code alone isolated would render in a right-to-left sentence.
    expect(
      refusal(() => planMonthlyInvoice(noRate, 'Nordic Events AS', '2026-10', '2026-11-01', null), 'he'),
    ).toContain('למשל "\u2066\u2068EUR\u2069 11.5\u2069"');
  });

  it('refuses an invoice lacking what Norway requires, naming every cell to fill, in the sidebar’s language', () => {
    const bare = ['Bakeriet Solsikke AS', 'nb', 'NOK', 1100, '', '', '', '', ''];
    const settings = SELLER.map(([k, v]) => [k, k === 'Organisation number' ? '998 877 661' : v]);
    const text = refusal(() =>
      planMonthlyInvoice(tracker(bare, settings), 'Bakeriet Solsikke AS', '2026-10', '2026-11-01', null),
    );
    expect(text).toContain('“998 877 661” has a wrong check digit');
    expect(text).toContain('Settings › Organisation number');
    expect(text).toContain(
      '“Bakeriet Solsikke AS” has no Address, and invoices from your business country (Norway) must show it.',
    );
    expect(text).toContain('Clients tab, row 2, Country');
    const norsk = refusal(
      () => planMonthlyInvoice(tracker(bare), 'Bakeriet Solsikke AS', '2026-10', '2026-11-01', null),
      'nb',
    );
    expect(norsk).toContain(
      'Kolonnen «Address» er tom for «Bakeriet Solsikke AS», og en faktura fra Norge må ha denne opplysningen.',
    );
    expect(norsk).toContain('fanen Clients, rad 2, kolonnen «Country»');
  });
});

describe('other seller countries', () => {
  it('Israel: a demand for payment that says it is not a tax invoice', () => {
    const il = [
      ['Business name', 'Studio Levi'],
      ['Business address', 'Herzl 1, Tel Aviv'],
      ['Business country', 'IL'],
      ['Organisation number', '511234569'],
      ['VAT registered', 'yes'],
    ];
    const client = ['מאפיית השכונה', 'he', 'ILS', 300, 'רחוב הרצל 5, חיפה', 'IL', '', '', ''];
    const html = renderInvoiceHtml(
      planMonthlyInvoice(tracker(client, il), 'מאפיית השכונה', '2026-10', '2026-11-01', null),
    );
    expect(html).toContain('חשבון עסקה</h1>');
    expect(html).toContain('מסמך זה אינו חשבונית מס.');
    expect(html).toContain('עוסק מורשה 511234569');
    expect(html).toMatch(/מע״מ (<bdi>)?\u2068?18%/);
    // Not an invoice, so no word on it calls it one: its number, terms and name say חשבון עסקה.
    expect(html).toContain('<b>מספר חשבון עסקה:</b>');
    expect(html).toContain('מתאריך חשבון העסקה');
    expect(html).toMatch(/<title>חשבון עסקה /);
    expect(html.replace('אינו חשבונית מס', '')).not.toContain('חשבונית');
  });

  it('Japan, not registered: no 登録番号 and no tax rows, nothing that imitates a qualified invoice', () => {
    const jp = [
      ['Business name', '山田デザイン'],
      ['Business country', 'JP'],
      ['VAT registered', 'no'],
    ];
    const client = ['陶房', 'ja', 'JPY', 7500, '', 'JP', '', '', ''];
    const model = planMonthlyInvoice(tracker(client, jp), '陶房', '2026-10', '2026-11-01', null);
    expect(model.tax?.totals).toEqual({
      netMinor: 78750,
      perRate: [],
      vatMinor: 0,
      totalMinor: 78750,
      local: null,
    });
    const html = renderInvoiceHtml(model);
    expect(html).toContain('請求書</h1>');
    expect(html).not.toMatch(/適格|登録番号|消費税/);
  });

  it('Japan, registered: the 適格請求書 elements, the T-number and one rounding for the 10 % rate', () => {
    const jp = [
      ['Business name', '山田デザイン株式会社'],
      ['Business country', 'JP'],
      ['Organisation number', '7123456789012'],
      ['VAT registered', 'yes'],
    ];
    const client = ['陶房', 'ja', 'JPY', 1005, '', 'JP', '', '', ''];
    const model = planMonthlyInvoice(tracker(client, jp), '陶房', '2026-10', '2026-11-01', null);
    // 10.5 hours × ¥1,005 = ¥10,552.5 → 10,553 (one line total), VAT once: 1,055.3 → 1,055.
    expect(model.tax?.totals).toMatchObject({ netMinor: 10553, vatMinor: 1055, totalMinor: 11608 });
    const html = renderInvoiceHtml(model);
    // The law asks for no title; Japanese invoices (and the 国税庁's 記載例) are titled 請求書.
    expect(html).toContain('<h1 style="text-align:left;">請求書</h1>');
    expect(html).toContain('登録番号 T7123456789012');
    expect(html).toContain('<b>請求書番号：</b>2026-0001'); // a full-width colon, no space after it
    expect(html).toContain('小計（税抜）');
    expect(html).toContain('10%対象 10,553円 消費税');
    expect(html).toContain('<b>合計金額</b>');
  });

  it('in Japanese from a seller abroad: 付加価値税, never 消費税, and the reason for no tax in a word', () => {
    const client = ['陶房', 'ja', 'JPY', 7500, '京都府京都市東山区1-1', 'JP', '', '', ''];
    const html = renderInvoiceHtml(
      planMonthlyInvoice(tracker(client), '陶房', '2026-10', '2026-11-01', null),
    );
    expect(html).toContain('免税対象 78,750円 付加価値税');
    expect(html).toContain('ノルウェー付加価値税法第6-22条に基づく役務の輸出免税（税率0%）');
    expect(html).toContain('組織番号 998 877 660 MVA · Foretaksregisteret');
    expect(html).toContain('ノルウェー'); // the seller's country, named in Japanese
    expect(html).not.toContain('消費税');
    const domestic = [
      'Fjord Japan AS',
      'ja',
      'EUR',
      100,
      'Kaigata 1\n5016 Bergen',
      'NO',
      '987654325',
      '',
      '',
    ];
    const euro = renderInvoiceHtml(
      planMonthlyInvoice(tracker(domestic), 'Fjord Japan AS', '2026-10', '2026-11-01', null),
    );
    expect(euro).toContain('25%対象 €1,050.00 付加価値税');
    expect(euro).toContain('<b>発行日：</b>2026年11月1日');
    expect(euro).toMatch(/付加価値税額のNOK換算額（換算レート 11\.5）：NOK\s3,018\.75/);
    expect(euro).toContain('口座番号：8601.11.17947');
    expect(euro).not.toContain('消費税');
  });
});

describe('a UK seller, read by a UK accountant', () => {
  const GB = [
    ['Business name', 'Ashdown Studio Ltd'],
    ['Business address', '12 Mill Lane\nLewes BN7 2AB'],
    ['Business country', 'GB'],
    ['VAT registered', 'yes'],
    ['VAT number', 'GB 123 4567 82'],
    ['Exchange rates', 'EUR 0.87'],
  ];
  const plan = (client: unknown[], settings = GB) =>
    renderInvoiceHtml(
      planMonthlyInvoice(tracker(client, settings), String(client[0]), '2026-10', '2026-11-01', null),
    );

  it('domestic: VAT at 20 % on the net, the VAT in sterling for an invoice in euros', () => {
    const html = plan([
      'Harbour & Thread Ltd',
      'en',
      'EUR',
      100,
      '1 Quay St\nBristol BS1 4DJ',
      'GB',
      '',
      '',
      '',
    ]);
    expect(html).toContain('<b>Date of issue:</b> 1 November 2026');
    expect(html).toContain('VAT reg. no. GB 123 4567 82');
    expect(html).toMatch(/VAT at 20% on €1,050\.00/);
    expect(html).toContain('<b>Amount due</b>');
    expect(html).toContain('VAT in sterling: £182.70 (at 1 EUR = 0.87 GBP)');
  });

  it('outside the scope, reverse charge, exempt: no “VAT 0%” row, the reason said under the table', () => {
    const us = plan(['Acme Inc', 'en', 'USD', 90, '1 Main St\nBoston MA 02110', 'US', '', '', '']);
    expect(us).toContain('United States');
    expect(us).toContain('outside the scope of VAT in the supplier’s country');
    const de = plan([
      'Müller GmbH',
      'en',
      'EUR',
      80,
      'Hauptstr. 1\n10115 Berlin',
      'DE',
      '',
      'DE123456789',
      '',
    ]);
    expect(de).toContain('Reverse charge: the customer accounts for the VAT');
    expect(de).toContain('Customer’s VAT number: DE123456789');
    const exempt = plan(['Harbour & Thread Ltd', 'en', 'GBP', 65, '1 Quay St', 'GB', '', '', 'exempt']);
    expect(exempt).toContain('Exempt from VAT.');
    for (const html of [us, de, exempt]) {
      expect(html).toContain('Total excluding VAT');
      expect(html).not.toMatch(/VAT at 0%/);
    }
  });

  it('refusals name the country in brackets, as CLDR’s names take no article', () => {
    const noVat = GB.filter(([k]) => k !== 'VAT number');
    const text = refusal(() =>
      planMonthlyInvoice(
        tracker(['Acme Inc', 'en', 'USD', 90, '1 Main St', 'US', '', '', ''], noVat),
        'Acme Inc',
        '2026-10',
        '2026-11-01',
        null,
      ),
    );
    expect(text).toBe(
      'Settings › VAT number is empty, and invoices from your business country (United Kingdom) must show it. Fill in or correct Settings › VAT number, then create the invoice again.',
    );
  });
});
