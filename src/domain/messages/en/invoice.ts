// English words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'Invoice',
  depositTitle: 'Deposit invoice',
  number: 'Invoice number',
  issued: 'Invoice date',
  due: 'Due date',
  from: 'From',
  billTo: 'Bill to',
  period: (month) => msg`Work in ${month}`,
  description: 'Description',
  hours: 'Hours',
  rate: 'Rate',
  amount: 'Amount',
  aWork: 'Other essential work',
  bWork: 'Routine work',
  subtotal: 'Subtotal',
  depositDeducted: (invoice) => msg`Less deposit (invoice ${invoice})`,
  total: 'Amount due',
  terms: (days, due) =>
    days === 0
      ? msg`Payment is due on receipt of this invoice (${due}).`
      : msg`Payment is due within ${count(LOCALE, { one: '# day', other: '# days' }, days)} of the invoice date, by ${due}.`,
  depositLine: (percent, estimate) => msg`Deposit: ${percent} of the agreed estimate of ${estimate}`,
  depositNote: 'Billed before work starts and deducted from the invoice for the work.',
  paymentDetails: 'Payment details',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`Invoice ${invoice} – ${client}`,
};
