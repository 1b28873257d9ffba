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
  qualifiedTitle: 'Invoice',
  demandTitle: 'Payment request',
  notTaxInvoice: 'This is not a tax invoice.',
  creditTitle: 'Credit note',
  qualifiedCreditTitle: 'Credit note',
  creditNumber: 'Credit note number',
  creditIssued: 'Invoice date',
  creditTotal: 'Amount due',
  creditCites: (invoice, date) => msg`This credit note cancels invoice ${invoice} of ${date} in full.`,
  goalLine: (goal) => msg`Work towards the goal: ${goal}`,
  net: 'Total excluding VAT',
  vatLine: (rate, base) => msg`VAT ${rate} on ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`VAT in ${currency} at the exchange rate ${exchangeRate}: ${amount}`,
  reasons: {
    'no-export-6-22':
      'No Norwegian VAT: export of services, exempt under section 6-22 of the Norwegian VAT Act.',
    'is-export-12':
      'No Icelandic VAT: export of services, zero-rated under Article 12 of the Icelandic VAT Act (No. 50/1988).',
    'il-export-30a5': 'VAT at 0%: export of services under section 30(a)(5) of the Israeli VAT Law.',
    'jp-export-7':
      'No Japanese consumption tax: export transaction exempt under Article 7 of the Consumption Tax Act.',
    'outside-scope': 'No VAT charged: the service is supplied in the customer’s country.',
    'reverse-charge':
      'Reverse charge: the customer accounts for the VAT (Article 196, Council Directive 2006/112/EC).',
    exempt: 'Exempt from VAT.',
  },
  buyerVat: (vatNumber) => msg`Customer’s VAT number: ${vatNumber}`,
  identifiers: {
    'no-org': 'Org. no.',
    'is-kennitala': 'Kennitala',
    'is-vat': 'VAT no.',
    'il-company': 'Company no.',
    'il-dealer': 'VAT dealer no.',
    'jp-corporate': 'Corporate no.',
    'jp-registration': 'Registration no.',
    'gb-company': 'Company no.',
    'gb-vat': 'VAT reg. no.',
    'se-org': 'Org. no.',
    'se-vat': 'VAT reg. no.',
    org: 'Registration no.',
    vat: 'VAT no.',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: 'Account number',
};
