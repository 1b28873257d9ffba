// Icelandic words of the invoice, as an Icelandic bookkeeper would print them: the terms of lög nr.
// 50/1988 um virðisaukaskatt and reglugerð nr. 50/1993 (seljandi, kaupandi, kennitala, VSK-númer,
// kreditreikningur). Why each term was chosen: docs/language/is.md.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'Reikningur',
  depositTitle: 'Reikningur vegna fyrirframgreiðslu',
  number: 'Reikningsnúmer',
  // «Útgáfudagur» and «Samtals» read right on the invoice and on the credit note alike (which has
  // neither a «reikningsdagur» of its own nor anything «til greiðslu»).
  issued: 'Útgáfudagur',
  due: 'Gjalddagi',
  // The parties as the VAT law and the invoice regulation name them.
  from: 'Seljandi',
  billTo: 'Kaupandi',
  period: (month) => msg`Vinna í ${month}`,
  description: 'Lýsing',
  hours: 'Klst.',
  rate: 'Tímagjald',
  // «Fjárhæð», not «upphæð»: the word of accounts and of the law.
  amount: 'Fjárhæð',
  // The report's labels (report.aRow, report.bRow), which the invoice lines print.
  aWork: 'Önnur mikilvæg verk',
  bWork: 'Venjubundin verk',
  subtotal: 'Samtals fyrir frádrátt',
  depositDeducted: (invoice) => msg`Frádregin fyrirframgreiðsla (reikningur nr. ${invoice})`,
  total: 'Samtals',
  terms: (days, due) =>
    days === 0
      ? msg`Greiðist við móttöku reiknings (${due}).`
      : msg`Greiðist innan ${count(LOCALE, { one: '# dags', other: '# daga' }, days)} frá útgáfudegi, í síðasta lagi ${due}.`,
  depositLine: (percent, estimate) =>
    msg`Fyrirframgreiðsla: ${percent} af umsaminni kostnaðaráætlun (${estimate})`,
  depositNote: 'Innheimt áður en vinna hefst og dregin frá reikningi fyrir verkið.',
  paymentDetails: 'Greiðsluupplýsingar',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`Reikningur ${invoice} – ${client}`,
  qualifiedTitle: 'Reikningur',
  demandTitle: 'Greiðslubeiðni',
  // Iceland has no separate "tax invoice": the English term says which Israeli document this is not.
  notTaxInvoice:
    'Þetta skjal er ekki skattreikningur (tax invoice) í skilningi ísraelskra laga um virðisaukaskatt.',
  creditTitle: 'Kreditreikningur',
  qualifiedCreditTitle: 'Kreditreikningur',
  creditNumber: 'Númer kreditreiknings',
  creditIssued: 'Útgáfudagur',
  creditTotal: 'Samtals',
  creditCites: (invoice, date) =>
    msg`Kreditreikningur þessi bakfærir að fullu reikning nr. ${invoice}, dags. ${date}.`,
  // Israel: the document is a Greiðslubeiðni (חשבון עסקה), not a reikningur, so none of its words call it
  // one. The noun is feminine (hennar, felld). It is no bookkeeping document, so it is not credited but
  // cancelled, «felld niður» as a claim is; not «ógilt», the sidebar's word for an invoice withdrawn
  // before it was sent. The credit note's «Útgáfudagur» and «Samtals» fit the cancellation as they are.
  demand: {
    number: 'Númer greiðslubeiðni',
    terms: (days, due) =>
      days === 0
        ? msg`Greiðist við móttöku greiðslubeiðni (${due}).`
        : msg`Greiðist innan ${count(LOCALE, { one: '# dags', other: '# daga' }, days)} frá útgáfudegi, í síðasta lagi ${due}.`,
    docName: (invoice, client) => msg`Greiðslubeiðni ${invoice} – ${client}`,
    depositDeducted: (invoice) => msg`Frádregin fyrirframgreiðsla (greiðslubeiðni nr. ${invoice})`,
    depositNote: 'Innheimt áður en vinna hefst og dregin frá greiðslubeiðni fyrir verkið.',
    creditTitle: 'Niðurfelling greiðslubeiðni',
    creditNumber: 'Skjalnúmer',
    creditCites: (invoice, date) =>
      msg`Með skjali þessu er greiðslubeiðni nr. ${invoice}, dags. ${date}, felld niður að fullu.`,
  },
  goalLine: (goal) => msg`Vinna að markmiðinu: ${goal}`,
  net: 'Samtals án VSK',
  vatLine: (rate, base) => msg`VSK ${rate} af ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`Virðisaukaskattur í ${currency} á genginu ${exchangeRate}: ${amount}`,
  // Zero-rated sales are «undanþegin skattskyldri veltu» (12. gr. laga nr. 50/1988); «undanþegið
  // virðisaukaskatti» is the exempt supply of 2. gr., without input VAT. Foreign sections are cited as
  // their own law numbers them (§ 6-22), Icelandic-style where the unit maps (tölul., mgr., gr.).
  reasons: {
    'no-export-6-22':
      'Án norsks virðisaukaskatts: útflutningur þjónustu, undanþeginn skv. § 6-22 í norsku virðisaukaskattslögunum (merverdiavgiftsloven).',
    'is-export-12':
      'Án virðisaukaskatts: sala þjónustu úr landi, undanþegin skattskyldri veltu skv. 12. gr. laga nr. 50/1988 um virðisaukaskatt.',
    'il-export-30a5':
      'Virðisaukaskattur 0%: útflutningur þjónustu skv. 5. tölul. 1. mgr. 30. gr. ísraelsku virðisaukaskattslaganna.',
    'jp-export-7':
      'Án japansks neysluskatts: útflutningur, undanþeginn skv. 7. gr. japönsku neysluskattslaganna.',
    'outside-scope': 'Án virðisaukaskatts: þjónustan telst veitt í landi kaupanda.',
    'reverse-charge':
      'Öfug skattskylda (reverse charge): kaupandi stendur skil á virðisaukaskattinum, sbr. 196. gr. tilskipunar ráðsins 2006/112/EB.',
    exempt: 'Undanþegið virðisaukaskatti.',
  },
  buyerVat: (vatNumber) => msg`VSK-númer kaupanda: ${vatNumber}`,
  // «Kt.» and «VSK-nr.» as every Icelandic invoice prints them; a foreign business register's number is
  // a «fyrirtækjanúmer» (by Fyrirtækjaskrá), never a kennitala, which only Iceland issues.
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
  // Not «Reikningsnúmer», which is the invoice's own number on the same page.
  accountNumber: 'Bankareikningur',
};
