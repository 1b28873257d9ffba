// Icelandic words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'Reikningur',
  depositTitle: 'Reikningur vegna fyrirframgreiðslu',
  number: 'Reikningsnúmer',
  issued: 'Reikningsdagur',
  due: 'Gjalddagi',
  from: 'Frá',
  billTo: 'Greiðandi',
  period: (month) => msg`Vinna í ${month}`,
  description: 'Lýsing',
  hours: 'Klst.',
  rate: 'Tímagjald',
  amount: 'Upphæð',
  aWork: 'Önnur mikilvæg vinna',
  bWork: 'Venjubundin vinna',
  subtotal: 'Samtals',
  depositDeducted: (invoice) => msg`Fyrirframgreiðsla dregin frá (reikningur ${invoice})`,
  total: 'Til greiðslu',
  terms: (days, due) =>
    days === 0
      ? msg`Greiðist við móttöku reiknings (${due}).`
      : msg`Greiðist innan ${count(LOCALE, { one: '# dags', other: '# daga' }, days)} frá reikningsdegi, í síðasta lagi ${due}.`,
  depositLine: (percent, estimate) =>
    msg`Fyrirframgreiðsla: ${percent} af umsaminni kostnaðaráætlun, ${estimate}`,
  depositNote: 'Innheimt áður en vinna hefst og dregin frá reikningi fyrir verkið.',
  paymentDetails: 'Greiðsluupplýsingar',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`Reikningur ${invoice} – ${client}`,
  qualifiedTitle: 'Reikningur',
  demandTitle: 'Greiðslubeiðni',
  notTaxInvoice: 'Þetta er ekki skattreikningur.',
  creditTitle: 'Kreditreikningur',
  qualifiedCreditTitle: 'Kreditreikningur',
  creditNumber: 'Númer kreditreiknings',
  creditIssued: 'Reikningsdagur',
  creditTotal: 'Til greiðslu',
  creditCites: (invoice, date) =>
    msg`Þessi kreditreikningur bakfærir reikning nr. ${invoice} frá ${date} að fullu.`,
  goalLine: (goal) => msg`Vinna að markmiðinu: ${goal}`,
  net: 'Samtals án VSK',
  vatLine: (rate, base) => msg`VSK ${rate} af ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`Virðisaukaskattur í ${currency} á genginu ${exchangeRate}: ${amount}`,
  reasons: {
    'no-export-6-22':
      'Án norsks virðisaukaskatts: útflutningur þjónustu, sbr. 6-22. gr. norsku virðisaukaskattslaganna.',
    'is-export-12':
      'Án virðisaukaskatts: útflutningur þjónustu, sbr. 12. gr. laga nr. 50/1988 um virðisaukaskatt.',
    'il-export-30a5':
      'Virðisaukaskattur 0%: útflutningur þjónustu skv. 30. gr. (a)(5) ísraelskra laga um virðisaukaskatt.',
    'jp-export-7':
      'Án japansks neysluskatts: útflutningur undanþeginn skv. 7. gr. japönsku neysluskattslaganna.',
    'outside-scope': 'Án virðisaukaskatts: þjónustan telst veitt í landi kaupanda.',
    'reverse-charge':
      'Öfug skattskylda: kaupandi greiðir virðisaukaskattinn (196. gr. tilskipunar ráðsins 2006/112/EB).',
    exempt: 'Undanþegið virðisaukaskatti.',
  },
  buyerVat: (vatNumber) => msg`VSK-númer kaupanda: ${vatNumber}`,
  identifiers: {
    'no-org': 'Fyrirtækjanúmer',
    'is-kennitala': 'Kt.',
    'is-vat': 'VSK-nr.',
    'il-company': 'Fyrirtækjanúmer',
    'il-dealer': 'VSK-nr.',
    'jp-corporate': 'Fyrirtækjanúmer',
    'jp-registration': 'Skráningarnúmer',
    'gb-company': 'Fyrirtækjanúmer',
    'gb-vat': 'VSK-nr.',
    'se-org': 'Fyrirtækjanúmer',
    'se-vat': 'VSK-nr.',
    org: 'Skráningarnúmer',
    vat: 'VSK-nr.',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: 'Reikningsnúmer',
};
