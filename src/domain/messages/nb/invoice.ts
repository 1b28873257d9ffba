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
  qualifiedTitle: 'Faktura',
  demandTitle: 'Betalingsanmodning',
  notTaxInvoice: 'Dette er ikke en skattefaktura.',
  creditTitle: 'Kreditnota',
  qualifiedCreditTitle: 'Kreditnota',
  creditNumber: 'Kreditnotanummer',
  creditCites: (invoice, date) =>
    msg`Denne kreditnotaen krediterer faktura ${invoice} av ${date} i sin helhet.`,
  goalLine: (goal) => msg`Arbeid mot målet: ${goal}`,
  net: 'Sum eks. mva.',
  vatLine: (rate, base) => msg`Mva. ${rate} av ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`Merverdiavgift i ${currency} etter kurs ${exchangeRate}: ${amount}`,
  reasons: {
    'no-export-6-22': 'Fritatt for merverdiavgift, jf. merverdiavgiftsloven § 6-22.',
    'is-export-12':
      'Uten islandsk merverdiavgift: eksport av tjenester, jf. § 12 i den islandske merverdiavgiftsloven (nr. 50/1988).',
    'il-export-30a5':
      'Merverdiavgift 0 %: eksport av tjenester, jf. § 30(a)(5) i den israelske merverdiavgiftsloven.',
    'jp-export-7':
      'Uten japansk forbruksavgift: eksport fritatt etter artikkel 7 i den japanske forbruksavgiftsloven.',
    'outside-scope': 'Uten merverdiavgift: tjenesten anses levert i kundens land.',
    'reverse-charge':
      'Omvendt avgiftsplikt: kjøperen beregner merverdiavgiften (artikkel 196 i rådsdirektiv 2006/112/EF).',
    exempt: 'Unntatt fra merverdiavgift.',
  },
  buyerVat: (vatNumber) => msg`Kundens mva-nummer: ${vatNumber}`,
  identifiers: {
    'no-org': 'Org.nr.',
    'is-kennitala': 'Kennitala',
    'is-vat': 'Mva-nr.',
    'il-company': 'Foretaksnr.',
    'il-dealer': 'Mva-nr.',
    'jp-corporate': 'Foretaksnr.',
    'jp-registration': 'Registreringsnr.',
    'gb-company': 'Foretaksnr.',
    'gb-vat': 'Mva-nr.',
    'se-org': 'Org.nr.',
    'se-vat': 'Mva-nr.',
    org: 'Reg.nr.',
    vat: 'Mva-nr.',
  },
  mva: 'MVA',
  foretaksregisteret: 'Foretaksregisteret',
  accountNumber: 'Kontonummer',
};
