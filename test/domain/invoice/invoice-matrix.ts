// The golden matrix of invoices: per seller country (NO, IS, IL, JP, GB and Sweden for the EU) each
// treatment its rules allow, in the client's natural language, and the credit note of one sent invoice
// per country. Shared by the golden comparison (invoice-goldens.test.ts) and the assertions that do
// not depend on the goldens (invoice-fields.test.ts). Every invoice bills the same two lines of October
// 2026 work (a goal line and an A line), so a golden stays a short page an accountant can read.

import { startOfLocalDate } from '../../../src/domain/dates';
import { type InvoiceModel, planMonthlyInvoice } from '../../../src/domain/invoice/build-invoice';
import { creditNoteModel } from '../../../src/domain/invoice/credit-note';
import { readTracker } from '../../../src/domain/read-tracker';

const TZ = 'Europe/Oslo';
const day = (d: string) => startOfLocalDate(d, TZ);
export const ISSUED = '2026-11-02';
export const CREDITED = '2026-11-20';

type Rows = [string, string][];

/** Settings rows per seller country, registered for VAT; `unregistered` turns that off. */
export const SELLERS = {
  NO: [
    ['Your name', 'Ingrid Solberg'],
    ['Business name', 'Solberg Digital AS'],
    ['Business address', 'Storgata 12\n0155 Oslo'],
    ['Business country', 'NO'],
    ['Organisation number', '998 877 660'],
    ['VAT registered', 'yes'],
    ['Foretaksregisteret', 'yes'],
    ['Payment details', 'IBAN NO93 8601 1117 947\nBIC DNBANOKK'],
    ['Exchange rates', 'EUR 11.5'],
  ],
  IS: [
    ['Your name', 'Sigrún Jónsdóttir'],
    ['Business name', 'Norðurljós Hönnun ehf.'],
    ['Business address', 'Laugavegur 10\n101 Reykjavík'],
    ['Business country', 'IS'],
    ['Organisation number', '510391-2259'],
    ['VAT registered', 'yes'],
    ['VAT number', '123456'],
    ['Payment details', 'IBAN IS14 0159 2600 7654 5510 7303 39'],
  ],
  IL: [
    ['Your name', 'Noa Levi'],
    ['Business name', 'סטודיו לוי בע״מ'],
    ['Business address', 'רחוב הרצל 1\nתל אביב'],
    ['Business country', 'IL'],
    ['Organisation number', '511234569'],
    ['VAT registered', 'yes'],
    ['Payment details', 'IBAN IL62 0108 0000 0009 9999 999'],
  ],
  JP: [
    ['Your name', '山田 花子'],
    ['Business name', '山田デザイン株式会社'],
    ['Business address', '東京都渋谷区神南1-2-3'],
    ['Business country', 'JP'],
    ['Organisation number', '7123456789012'],
    ['VAT registered', 'yes'],
    ['Payment details', 'みずほ銀行 渋谷支店 普通 1234567'],
  ],
  GB: [
    ['Your name', 'Amelia Hart'],
    ['Business name', 'Hart Studio Ltd'],
    ['Business address', '4 Mill Lane\nBristol BS1 5AA'],
    ['Business country', 'GB'],
    ['Organisation number', '09876543'],
    ['VAT registered', 'yes'],
    ['VAT number', 'GB 123 4567 89'],
    ['Payment details', 'Sort code 12-34-56, account 12345678'],
    ['Exchange rates', 'EUR 0.86'],
  ],
  SE: [
    ['Your name', 'Karin Berg'],
    ['Business name', 'Berg Design AB'],
    ['Business address', 'Drottninggatan 5\n111 51 Stockholm'],
    ['Business country', 'SE'],
    ['Organisation number', '556056-6258'],
    ['VAT registered', 'yes'],
    ['Payment details', 'Bankgiro 123-4567'],
  ],
} satisfies Record<string, Rows>;

export type Seller = keyof typeof SELLERS;

/** A client row: name, language, currency, hourly rate, address, country, org. no., VAT no., treatment. */
export type ClientRow = [string, string, string, number, string, string, string, string, string];

export type Treatment = 'domestic' | 'export' | 'reverse-charge' | 'exempt' | 'unregistered';

export interface Case {
  seller: Seller;
  treatment: Treatment;
  language: string;
  client: ClientRow;
  /** The golden's name: `<seller>-<treatment>-<lang>`, or `<seller>-credit-<lang>` for a credit note. */
  file: string;
  /** A credit note of this case's invoice, sent and then cancelled. */
  credit?: boolean;
  /** Settings rows this case adds to its seller's. */
  extra?: Rows;
}

// Buyers: one domestic business per seller country, and a few abroad.
const US = (lang = 'en', currency = 'USD', rate = 120): ClientRow => [
  'Bright Path Inc.',
  lang,
  currency,
  rate,
  '500 Market Street\nSan Francisco, CA 94105',
  'US',
  '',
  '',
  'export',
];
const DE = (currency = 'EUR'): ClientRow => [
  'Lindenhof GmbH',
  'en',
  currency,
  95,
  'Lindenstraße 7\n10969 Berlin',
  'DE',
  'HRB 123456',
  'DE 123456789',
  'reverse-charge',
];
const DOMESTIC: Record<Seller, ClientRow> = {
  NO: ['Bakeriet Solsikke AS', 'nb', 'NOK', 1100, 'Torget 2\n7011 Trondheim', 'NO', '923456783', '', ''],
  IS: ['Kaffi Vest ehf.', 'is', 'ISK', 12345, 'Aðalstræti 2\n400 Ísafjörður', 'IS', '470707-1270', '', ''],
  IL: ['מאפיית השכונה בע״מ', 'he', 'ILS', 350, 'רחוב הנביאים 5\nחיפה', 'IL', '514713288', '', ''],
  // ¥1,010 an hour for 7.5 + 0.5 hours: lines of ¥7,575 and ¥505, whose VAT rounded per line would be
  // ¥758 + ¥51 = ¥809; computed once on the rate's ¥8,080 it is ¥808, as Japan requires.
  JP: ['陶房みやび', 'ja', 'JPY', 1010, '京都府京都市東山区清水1-1', 'JP', '', '', ''],
  GB: ['Harbour & Thread Ltd', 'en', 'GBP', 65, '1 Quay Street\nBristol BS1 4DJ', 'GB', '', '', ''],
  SE: ['Kafé Linnea AB', 'en', 'SEK', 950, 'Storgatan 3\n753 20 Uppsala', 'SE', '556547-5489', '', ''],
};
const LANG: Record<Seller, string> = { NO: 'nb', IS: 'is', IL: 'he', JP: 'ja', GB: 'en', SE: 'en' };
const HOURS: Record<Seller, [number, number]> = {
  NO: [10, 0.5],
  IS: [7.25, 0.5],
  IL: [10, 0.5],
  JP: [7.5, 0.5],
  GB: [10, 0.5],
  SE: [10, 0.5],
};

const withTreatment = (row: ClientRow, treatment: string): ClientRow => {
  const copy = [...row] as ClientRow;
  copy[8] = treatment;
  return copy;
};

function casesOf(seller: Seller): Case[] {
  const lang = LANG[seller];
  const home = DOMESTIC[seller];
  const own = home[2];
  const list: Case[] = [
    { seller, treatment: 'domestic', language: lang, client: home, file: `${seller}-domestic-${lang}` },
    {
      seller,
      treatment: 'export',
      language: 'en',
      client: US(
        'en',
        own === 'JPY' || own === 'ISK' ? own : 'USD',
        own === 'JPY' ? 15000 : own === 'ISK' ? 16000 : 120,
      ),
      file: `${seller}-export-en`,
    },
    {
      seller,
      treatment: 'exempt',
      language: lang,
      client: withTreatment(home, 'exempt'),
      file: `${seller}-exempt-${lang}`,
      // Sweden (art. 226(11)) requires the exemption's provision, which the freelancer writes in the tax note.
      ...(seller === 'SE' ? { extra: [['Tax note', SWEDISH_EXEMPTION] as [string, string]] } : {}),
    },
    {
      seller,
      treatment: 'unregistered',
      language: lang,
      client: home,
      file: `${seller}-unregistered-${lang}`,
    },
    {
      seller,
      treatment: 'domestic',
      language: lang,
      client: home,
      file: `${seller}-credit-${lang}`,
      credit: true,
    },
  ];
  // Reverse charge where the seller's rules suggest it for a business buyer in the EU quoting its VAT
  // number: Sweden (VAT Directive art. 44 and 196) and the UK (HMRC VAT Notice 741A, section 6).
  if (seller === 'SE' || seller === 'GB')
    list.splice(2, 0, {
      seller,
      treatment: 'reverse-charge',
      language: 'en',
      client: DE(),
      file: `${seller}-reverse-charge-en`,
    });
  return list;
}

/** A Swedish freelancer's exempt supply: private tuition, art. 132(1)(j) of the VAT Directive. */
export const SWEDISH_EXEMPTION =
  'Exempt from VAT: private tuition covering school or university education (Article 132(1)(j), Council Directive 2006/112/EC).';

export const SELLER_ORDER: Seller[] = ['NO', 'IS', 'IL', 'JP', 'GB', 'SE'];

/**
 * One more case beside the matrix: a Norwegian client billed in euros, whose MVA must also be stated in
 * kroner at the rate from Settings › Exchange rates [N4].
 */
export const EURO_CASE: Case = {
  seller: 'NO',
  treatment: 'domestic',
  language: 'en',
  client: ['Nordic Events AS', 'en', 'EUR', 100, 'Kaigata 1\n5016 Bergen', 'NO', '987654325', '', ''],
  file: 'NO-domestic-en',
};

export const CASES: Case[] = [...SELLER_ORDER.flatMap(casesOf), EURO_CASE];

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
  'Payment terms (days)',
];

/** The seller's Settings rows for a case (VAT registered off for the unregistered one). */
export function settingsOf(c: Case, extra: Rows = c.extra ?? []): Rows {
  const rows = (SELLERS[c.seller] as Rows).map(([k, v]): [string, string] =>
    k === 'VAT registered' && c.treatment === 'unregistered' ? [k, 'no'] : [k, v],
  );
  return [...rows, ...extra];
}

/** The tracker of one case: its client, one goal, two billable tasks in October 2026. */
export function trackerOf(c: Case, settings: Rows = settingsOf(c)) {
  const name = c.client[0];
  const [goalHours, aHours] = HOURS[c.seller];
  return readTracker(
    {
      Clients: [CLIENT_HEADER, [...c.client, 14]],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Status'],
        [name, goalOf(c.language), 1, 'open'],
      ],
      Tasks: [
        ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Billable', 'Invoice'],
        [day('2026-10-06'), name, 'Booking page', goalOf(c.language), '', goalHours, true, ''],
        [day('2026-10-20'), name, 'Payment fix', '', 'A', aHours, true, ''],
      ],
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Paid on', 'Reminder stage', 'Sent on'],
      ],
      Settings: [['Setting', 'Value'], ...settings],
    },
    TZ,
  );
}

/** The goal as the client and the freelancer wrote it, in the client's language. */
function goalOf(language: string): string {
  const goals: Record<string, string> = {
    nb: 'Flere bestillinger på nett',
    is: 'Fleiri bókanir á netinu',
    he: 'יותר הזמנות באתר',
    ja: 'オンライン予約を増やす',
    en: 'More online bookings',
  };
  return goals[language] ?? goals.en!;
}

/** The invoice of a case (counter 41: the series continues at 2026-0042), or its credit note. */
export function modelOf(c: Case, settings?: Rows): InvoiceModel {
  const invoice = planMonthlyInvoice(trackerOf(c, settings), c.client[0], '2026-10', ISSUED, null, 41);
  if (!c.credit) return invoice;
  return creditNoteModel(invoice, { number: 'CN-2026-0007', issued: CREDITED });
}
