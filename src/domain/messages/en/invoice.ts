// English words of the invoice.

import { msg } from '../core/msg';
import { count } from '../core/plural';
import { type InvoiceWords, plainBillTo } from '../shapes/invoice';
import { LOCALE } from './common';

export const invoice: InvoiceWords = {
  title: 'Invoice',
  depositTitle: 'Deposit invoice',
  number: 'Invoice number',
  // 'Date of issue': HMRC's term (VAT Regulations 1995 reg. 14).
  issued: 'Date of issue',
  due: 'Due date',
  from: 'From',
  billTo: 'Bill to',
  period: (month) => msg`Work done in ${month}`,
  description: 'Description',
  hours: 'Hours',
  rate: 'Rate',
  amount: 'Amount',
  aWork: 'Other important work',
  bWork: 'Routine work',
  subtotal: 'Subtotal',
  depositDeducted: (invoice) => msg`Less deposit (invoice ${invoice})`,
  total: 'Amount due',
  terms: (days, due) =>
    days === 0
      ? msg`Payment is due on receipt of this invoice (${due}).`
      : msg`Payment is due within ${count(LOCALE, { one: '# day', other: '# days' }, days)} of the invoice date, by ${due}.`,
  depositLine: (percent, estimate) => msg`Deposit: ${percent} of the agreed estimate of ${estimate}`,
  depositNote: 'Billed before work starts; it will be deducted from the invoice for the work.',
  paymentDetails: 'Payment details',
  colon: ':',
  billToLines: plainBillTo,
  opening: '',
  docName: (invoice, client) => msg`Invoice ${invoice} – ${client}`,
  qualifiedTitle: 'Invoice',
  // Heshbon iska: what a British reader knows as a pro forma invoice, which HMRC has marked the same way.
  demandTitle: 'Pro forma invoice',
  notTaxInvoice: 'This is not a tax invoice.',
  creditTitle: 'Credit note',
  qualifiedCreditTitle: 'Credit note',
  creditNumber: 'Credit note number',
  creditIssued: 'Date of issue',
  // A credit note's last row: nothing is due on it.
  creditTotal: 'Total credited',
  creditCites: (invoice, date) => msg`This credit note cancels invoice ${invoice}, dated ${date}, in full.`,
  goalLine: (goal) => msg`Work towards the goal: ${goal}`,
  net: 'Total excluding VAT',
  vatLine: (rate, base) => msg`VAT at ${rate} on ${base}`,
  // HMRC asks for the VAT "in sterling"; the rate is written the way round Settings › Exchange rates holds it.
  localVat: (currency, exchangeRate, amount, from) =>
    msg`VAT in ${currency === 'GBP' ? 'sterling' : currency}: ${amount} (at 1 ${from} = ${exchangeRate} ${currency})`,
  reasons: {
    'no-export-6-22':
      'No Norwegian VAT: export of services, zero-rated under section 6-22 of the Norwegian VAT Act.',
    'is-export-12':
      'No Icelandic VAT: export of services, zero-rated under Article 12 of the Icelandic VAT Act (No. 50/1988).',
    'il-export-30a5':
      'VAT at 0%: export of services, zero-rated under section 30(a)(5) of the Israeli Value Added Tax Law.',
    'jp-export-7':
      'No Japanese consumption tax: export transaction, exempt under Article 7 of the Consumption Tax Act.',
    'outside-scope':
      'No VAT charged: outside the scope of VAT in the supplier’s country, as the place of supply is where the customer belongs.',
    'reverse-charge':
      // No article cited: Article 196 is EU law, and a UK seller's customer may be outside the EU
      // (Norway, Switzerland); "Reverse charge" is the mention art. 226(11a) requires, word for word.
      'Reverse charge: the customer accounts for the VAT in its own country.',
    exempt: 'Exempt from VAT.',
  },
  buyerVat: (vatNumber) => msg`Customer’s VAT number: ${vatNumber}`,
  identifiers: {
    'no-org': 'Org. no.',
    'is-kennitala': 'Kennitala',
    'is-vat': 'VAT no.',
    'il-company': 'Company no.',
    'il-dealer': 'Licensed dealer no.',
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
