// An invoice as an Icelandic bookkeeper reads it: a seller in Iceland (kennitala, VSK-númer, 24 %, zero
// rating under 12. gr. laga nr. 50/1988), a Norwegian seller's kontonummer beside the invoice's own
// number, the kreditreikningur, a deposit deducted net of VAT, and the refusals in Icelandic.

import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/dates';
import { planDepositInvoice, planMonthlyInvoice } from '../../../src/domain/invoice/build-invoice';
import { creditNoteModel } from '../../../src/domain/invoice/credit-note';
import { renderInvoiceHtml } from '../../../src/domain/invoice/invoice-html';
import { ProblemError, sayText } from '../../../src/domain/problems/render';
import { readTracker } from '../../../src/domain/read-tracker';

const TZ = 'Atlantic/Reykjavik';
const day = (d: string) => startOfLocalDate(d, TZ);
const HEADER = [
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
  'VAT number',
];
const IS_SELLER = [
  ['Business name', 'Hönnun Jónu ehf.'],
  ['Business address', 'Laugavegur 1\n101 Reykjavík'],
  ['Business country', 'IS'],
  ['Organisation number', '500269-4489'],
  ['VAT registered', 'yes'],
  ['VAT number', '123456'],
];
const NO_SELLER = [
  ['Business name', 'Solberg Digital AS'],
  ['Business address', 'Storgata 12\n0155 Oslo'],
  ['Business country', 'NO'],
  ['Organisation number', '998 877 660'],
  ['VAT registered', 'yes'],
  ['Payment details', 'IBAN NO93 8601 1117 947'],
];
const domestic = [
  'Norðurljós ehf.',
  'is',
  'ISK',
  14500,
  14,
  1000000,
  25,
  'Hafnarstræti 5\n600 Akureyri',
  'IS',
  '610203-1249',
  '',
];

function tracker(client: unknown[], settings: unknown[][], hours = 10, invoices: unknown[][] = []) {
  return readTracker(
    {
      Clients: [HEADER, client],
      Goals: [
        ['Client', 'Goal', 'Priority', 'Status'],
        [client[0], '400 nýjar bókanir', 1, 'open'],
      ],
      Tasks: [
        ['Date', 'Client', 'Task', 'Goal', 'Mark', 'Hours', 'Billable', 'Invoice'],
        [day('2026-10-01'), client[0], 'Bókunarsíða', '400 nýjar bókanir', '', hours, true, ''],
        [day('2026-10-02'), client[0], 'Lagfæring', '', 'A', 0.5, true, ''],
      ],
      Invoices: [
        ['Invoice', 'Client', 'Issued', 'Amount', 'Currency', 'Paid on', 'Reminder stage', 'Sent on'],
        ...invoices,
      ],
      Settings: [['Setting', 'Value'], ...settings],
    },
    TZ,
  );
}
// The page as read: the body's text, a line per line, cells apart, no-break spaces as spaces.
const text = (html: string) =>
  html
    .replace(/^.*<body[^>]*>/s, '')
    .replace(/<br>|<\/p>|<\/tr>|<\/h1>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
const monthly = (client: unknown[], settings: unknown[][]) =>
  planMonthlyInvoice(tracker(client, settings), String(client[0]), '2026-10', '2026-11-01', null);

describe('an Icelandic seller', () => {
  it('a domestic invoice: seljandi and kaupandi with kennitala, the VSK-númer, 24 % on the net, Samtals', () => {
    const page = text(renderInvoiceHtml(monthly(domestic, IS_SELLER)));
    expect(page).toContain('Útgáfudagur: 1. nóvember 2026\nGjalddagi: 15. nóvember 2026');
    expect(page).toMatch(
      /Seljandi:\nHönnun Jónu ehf\.\nLaugavegur 1\n101 Reykjavík\nKt\. 500269-4489\nVSK-nr\. 123456/,
    );
    expect(page).toMatch(/Kaupandi:\nNorðurljós ehf\.\nHafnarstræti 5\n600 Akureyri\nKt\. 610203-1249/);
    expect(page).toContain('Lýsing | Klst. | Tímagjald | Fjárhæð');
    expect(page).toContain('Vinna að markmiðinu: 400 nýjar bókanir | 10 | 14.500 kr. | 145.000 kr.');
    expect(page).toContain('Samtals án VSK |  |  | 152.250 kr.');
    expect(page).toContain('VSK 24% af 152.250 kr. |  |  | 36.540 kr.');
    expect(page).toContain('Samtals |  |  | 188.790 kr.');
    expect(page).toContain('Greiðist innan 14 daga frá útgáfudegi, í síðasta lagi 15. nóvember 2026.');
    expect(page).not.toContain('Ísland'); // both in Iceland: no country line
  });

  it('a client abroad: zero-rated as «undanþegin skattskyldri veltu», countries named in Icelandic', () => {
    const abroad = [
      'Nordic Ltd',
      'is',
      'EUR',
      100,
      14,
      '',
      '',
      '1 Quay St\nBristol',
      'GB',
      '',
      'GB 831 4958 16',
    ];
    const page = text(renderInvoiceHtml(monthly(abroad, IS_SELLER)));
    expect(page).toContain('101 Reykjavík\nÍsland\nKt. 500269-4489');
    expect(page).toContain('Bristol\nBretland\nVSK-nr. GB 831 4958 16');
    expect(page).toContain(
      'Án virðisaukaskatts: sala þjónustu úr landi, undanþegin skattskyldri veltu skv. 12. gr. laga nr. 50/1988 um virðisaukaskatt.',
    );
    expect(page).toContain('VSK-númer kaupanda: GB 831 4958 16');
  });

  it('a kreditreikningur: its own number and date, the invoice cited by number and date, nothing to pay', () => {
    const invoice = monthly(domestic, IS_SELLER);
    const page = text(
      renderInvoiceHtml(creditNoteModel(invoice, { number: 'KR-2026-0001', issued: '2026-12-07' })),
    );
    expect(page).toMatch(
      /^Kreditreikningur\nNúmer kreditreiknings: KR-2026-0001\nÚtgáfudagur: 7\. desember 2026\n/m,
    );
    expect(page).toContain(
      `Kreditreikningur þessi bakfærir að fullu reikning nr. ${invoice.number}, dags. 1. nóvember 2026.`,
    );
    expect(page).toContain('Samtals |  |  | -188.790 kr.');
    expect(page).not.toMatch(/Gjalddagi|Til greiðslu|Greiðist/);
  });

  it('deducts a deposit net of VAT, capped by the net work, and charges VAT on what is left', () => {
    const deposit = planDepositInvoice(tracker(domestic, IS_SELLER), 'Norðurljós ehf.', '2026-09-01', null);
    expect(deposit.totalMinor).toBe(310000); // 25 % of 1.000.000 kr. and 24 % VAT
    const row = [
      deposit.number,
      'Norðurljós ehf.',
      day('2026-09-01'),
      310000,
      'ISK',
      '',
      '',
      day('2026-09-01'),
    ];
    // 21 hours: 304.500 kr. of work, less than the deposit's 310.000 kr. gross but more than its net.
    const t = tracker(domestic, IS_SELLER, 20.5, [row]);
    const model = planMonthlyInvoice(t, 'Norðurljós ehf.', '2026-10', '2026-11-01', null);
    expect(model.tax?.totals).toMatchObject({ netMinor: 54500, vatMinor: 13080, totalMinor: 67580 });
    expect(text(renderInvoiceHtml(model))).toContain(
      `Frádregin fyrirframgreiðsla (reikningur nr. ${deposit.number}) |  |  | -250.000 kr.`,
    );
    // Less work than the deposit's net: nothing to pay, no VAT below zero.
    const small = planMonthlyInvoice(
      tracker(domestic, IS_SELLER, 2, [row]),
      'Norðurljós ehf.',
      '2026-10',
      '2026-11-01',
      null,
    );
    expect(small.tax?.totals).toMatchObject({ netMinor: 0, vatMinor: 0, totalMinor: 0 });
  });
});

describe('a Norwegian seller to a client who reads Icelandic', () => {
  it('a domestic Norwegian invoice: the kontonummer as «Bankareikningur», not a second «Reikningsnúmer»', () => {
    const norsk = [
      'Bakeriet AS',
      'is',
      'NOK',
      1100,
      14,
      '',
      '',
      'Torget 2\n7011 Trondheim',
      'NO',
      '923456783',
      '',
    ];
    const page = text(renderInvoiceHtml(monthly(norsk, NO_SELLER)));
    expect(page).toContain('Fyrirtækjanúmer 998 877 660 MVA');
    expect(page).toContain('Bankareikningur: 8601.11.17947');
    expect(page.match(/Reikningsnúmer/g)).toHaveLength(1);
  });
});

describe('refusals in Icelandic', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ProblemError) return sayText(error.says, 'is');
      throw error;
    }
    throw new Error('not refused');
  };

  it('name the cell to fill, the seller’s country undeclined, and never call an org.nr. a kennitala', () => {
    const noKennitala = [...domestic.slice(0, 9), '', ''];
    expect(refusal(() => monthly(noKennitala, IS_SELLER))).toBe(
      'Ekkert er skráð í dálkinn „Organisation number“ hjá viðskiptavininum „Norðurljós ehf.“, en samkvæmt reglum í landi seljanda (Ísland) verður það að koma fram á reikningnum. Fylltu út eða leiðréttu dálkinn „Organisation number“ í línu 2 í flipanum Clients og búðu svo reikninginn til aftur.',
    );
    const mismatch = [...NO_SELLER, ['VAT number', 'NO 923456783 MVA']];
    const said = refusal(() => monthly(domestic, mismatch));
    expect(said).toContain('passar ekki við fyrirtækjanúmerið í Settings › Organisation number');
    expect(said).not.toContain('kennitala');
  });
});
