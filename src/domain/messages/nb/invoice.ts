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
  notTaxInvoice: 'Dette er ikke en israelsk mva-faktura (חשבונית מס).',
  creditTitle: 'Kreditnota',
  qualifiedCreditTitle: 'Kreditnota',
  creditNumber: 'Kreditnotanummer',
  creditIssued: 'Kreditnotadato',
  creditTotal: 'Sum kreditert',
  creditCites: (invoice, date) =>
    msg`Kreditnotaen gjelder faktura ${invoice} datert ${date}, som krediteres i sin helhet.`,
  // Israel: the document is a Betalingsanmodning (חשבון עסקה), so no word on it calls it a faktura. One
  // pays the amount it asks for, not the request («beløpet forfaller», as in the emails: nb/mail.ts).
  // It is not a bookkeeping document and is cancelled, not credited (invoice-law.md [L3]): Norwegian
  // names that «annullering», never «kreditnota», which belongs to an invoice.
  demand: {
    number: 'Dokumentnummer',
    // «Fakturadato» would call it a faktura: the document's own date, and its annulment's.
    issued: 'Dato',
    creditIssued: 'Dato',
    terms: (days, due) =>
      days === 0
        ? msg`Beløpet forfaller ved mottak av betalingsanmodningen (${due}).`
        : msg`Betalingsfrist: ${count(LOCALE, { one: '# dag', other: '# dager' }, days)} fra datoen på betalingsanmodningen, senest ${due}.`,
    docName: (invoice, client) => msg`Betalingsanmodning ${invoice} – ${client}`,
    depositDeducted: (invoice) => msg`Fratrekk for forskudd (betalingsanmodning ${invoice})`,
    depositNote: 'Betales før arbeidet starter og trekkes fra på betalingsanmodningen for arbeidet.',
    creditTitle: 'Annullering av betalingsanmodning',
    creditNumber: 'Dokumentnummer',
    creditCites: (invoice, date) =>
      msg`Annulleringen gjelder betalingsanmodning ${invoice} datert ${date}, som annulleres i sin helhet.`,
    creditTotal: 'Sum annullert',
  },
  goalLine: (goal) => msg`Arbeid mot målet: ${goal}`,
  net: 'Sum eks. mva.',
  vatLine: (rate, base) => msg`Mva. ${rate} av ${base}`,
  localVat: (currency, exchangeRate, amount) =>
    msg`Merverdiavgift omregnet til ${currency} (kurs ${exchangeRate}): ${amount}`,
  reasons: {
    // «Fritatt» is Norwegian VAT law's word for a zero-rated supply (mval. kap. 6), «unntatt» for one
    // outside the Act (kap. 3): an accountant reads them as different things.
    'no-export-6-22': 'Fritatt for merverdiavgift: utførsel av tjenester, jf. merverdiavgiftsloven § 6-22.',
    'is-export-12':
      'Fritatt for islandsk merverdiavgift: utførsel av tjenester, jf. § 12 i den islandske merverdiavgiftsloven (lov nr. 50/1988).',
    'il-export-30a5':
      'Fritatt for israelsk merverdiavgift: utførsel av tjenester, jf. § 30(a)(5) i den israelske merverdiavgiftsloven.',
    'jp-export-7':
      'Fritatt for japansk forbruksavgift: utførsel av tjenester, jf. artikkel 7 i den japanske forbruksavgiftsloven.',
    'outside-scope': 'Uten merverdiavgift: tjenesten regnes som levert i kundens land.',
    // No article of the EU directive: none is required, and a buyer outside the EU (Tax treatment set by
    // hand) is not under art. 196; a Norwegian one accounts for the VAT under mval. § 3-30. «Reverse
    // charge» in English is the mention art. 226 (11a) asks for, and Norwegian is no EU language.
    'reverse-charge':
      'Omvendt avgiftsplikt (reverse charge): merverdiavgift er ikke beregnet. Kjøperen skal beregne og betale avgiften.',
    exempt: 'Omsetningen er unntatt fra merverdiavgift.',
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
