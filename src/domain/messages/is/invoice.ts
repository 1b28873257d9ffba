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
};
