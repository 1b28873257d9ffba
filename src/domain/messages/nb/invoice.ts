// Norwegian Bokmål words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'Faktura',
  depositTitle: 'Forskuddsfaktura',
  number: 'Fakturanummer',
  issued: 'Fakturadato',
  due: 'Forfallsdato',
  from: 'Fra',
  billTo: 'Kunde',
  period: (month) => msg`Arbeid utført i ${month}`,
  description: 'Beskrivelse',
  hours: 'Timer',
  rate: 'Timepris',
  amount: 'Beløp',
  aWork: 'Annet viktig arbeid',
  bWork: 'Rutinearbeid',
  subtotal: 'Sum',
  depositDeducted: (invoice) => msg`Fratrekk for forskudd (faktura ${invoice})`,
  total: 'Å betale',
  terms: (days, due) =>
    days === 0
      ? msg`Forfaller ved mottak av fakturaen (${due}).`
      : msg`Betalingsfrist: ${count(LOCALE, { one: '# dag', other: '# dager' }, days)} fra fakturadato, senest ${due}.`,
  depositLine: (percent, estimate) => msg`Forskudd: ${percent} av avtalt overslag på ${estimate}`,
  depositNote: 'Faktureres før arbeidet starter og trekkes fra på fakturaen for arbeidet.',
  paymentDetails: 'Betalingsinformasjon',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`Faktura ${invoice} – ${client}`,
};
