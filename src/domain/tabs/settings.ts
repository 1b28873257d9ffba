// The Settings tab and its rows.

import { BILLING_RHYTHM_CHOICES } from '../settings-values';
import { SELLER_COUNTRIES } from '../tax/countries';
import { LANGUAGES } from '../types';
import { CURRENCY_FORMULA } from './rule-formulas';
import type { SettingSpec, TabSpec } from './spec';

export const SETTINGS: TabSpec = {
  name: 'Settings',
  columns: [
    { key: 'setting', header: 'Setting', width: 180, help: 'The name of the setting; keep it as written.' },
    { key: 'value', header: 'Value', width: 320, help: 'Your value for the setting.' },
  ],
};

/** The Settings tab's rows, in the order setup writes them. */
export const SETTING_ROWS: readonly SettingSpec[] = [
  { key: 'yourName', name: 'Your name', defaultValue: '', help: 'Shown on reports and under emails.' },
  { key: 'businessName', name: 'Business name', defaultValue: '', help: 'Shown on reports.' },
  {
    key: 'yourEmail',
    name: 'Your email',
    defaultValue: '',
    help: 'How clients reach you; used in the terms email.',
    validation: { kind: 'email', reject: true },
  },
  { key: 'phone', name: 'Phone', defaultValue: '', help: 'How clients reach you; used in the terms email.' },
  {
    key: 'emailSignature',
    name: 'Email signature',
    defaultValue: '',
    help: 'Ends every email. Blank means your name.',
  },
  {
    key: 'defaultLanguage',
    name: 'Default language',
    defaultValue: 'en',
    help: 'For clients with no Language: en, nb, is, he or ja.',
    validation: { kind: 'list', values: LANGUAGES, reject: true },
  },
  {
    key: 'defaultCurrency',
    name: 'Default currency',
    defaultValue: 'EUR',
    help: 'For clients and invoices with no Currency.',
    validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
  },
  {
    key: 'reportFolder',
    name: 'Report folder',
    defaultValue: 'Freelance Value Tracker reports',
    help: 'Drive folder for monthly reports; created if missing.',
  },
  {
    key: 'reminderDays',
    name: 'Reminder days',
    defaultValue: '1, 7, 14',
    help: 'Days after due for the friendly, firm and final payment reminder.',
  },
  {
    key: 'scoreWeights',
    name: 'Score weights',
    defaultValue: 'goal 1, A 1, B 0',
    help: 'How much an hour of goal, A and B work counts in your private value score.',
  },
  {
    key: 'billingRhythm',
    name: 'Billing rhythm',
    defaultValue: BILLING_RHYTHM_CHOICES['month-end'],
    help: 'How often you invoice; the terms email states it in the client’s language. Pick from the list; blank leaves it out.',
    validation: { kind: 'list', values: Object.values(BILLING_RHYTHM_CHOICES), reject: false },
  },
  {
    key: 'depositPercent',
    name: 'Deposit',
    defaultValue: '',
    help: 'A percentage of the price paid before work starts, e.g. 25%. Blank: no deposit.',
  },
  {
    key: 'workingHours',
    name: 'Working hours',
    defaultValue: 'Mon–Fri 09:00–17:00',
    help: 'Days and hours you work, e.g. “Mon–Fri 09:00–17:00”, then a time zone such as Europe/Oslo if it is not the spreadsheet’s. The terms email states them with the zone.',
  },
  {
    key: 'responseTime',
    name: 'Response time',
    defaultValue: '1 working day',
    help: 'How soon you answer, in whole working hours or days, e.g. “1 working day” or “4 working hours”.',
  },
  {
    key: 'invoiceNumber',
    name: 'Invoice number',
    defaultValue: '{YYYY}-{SEQ}',
    help: 'How invoices are numbered: {SEQ} is one counter for all clients that never repeats; {YYYY}, {MM} and {CLIENT} (a label only) are filled in.',
  },
  {
    key: 'nextInvoiceNumber',
    name: 'Next invoice number',
    defaultValue: '',
    help: 'To continue the series you used before: the number of your next invoice, e.g. 1009. Read once, when the add-on makes its first invoice.',
  },
  {
    key: 'invoiceLines',
    name: 'Invoice lines',
    defaultValue: 'per goal',
    help: '“per goal”: one line per goal and for A and B work; “per task”: one line per task.',
    validation: { kind: 'list', values: ['per goal', 'per task'], reject: false },
  },
  {
    key: 'businessAddress',
    name: 'Business address',
    defaultValue: '',
    help: 'Printed on invoices.',
  },
  {
    key: 'paymentDetails',
    name: 'Payment details',
    defaultValue: '',
    help: 'Printed on invoices: bank account, IBAN and BIC, or how else to pay.',
  },
  {
    key: 'taxNote',
    name: 'Tax note',
    defaultValue: '',
    help: 'Printed on invoices: anything the fields below do not say.',
  },
  // The seller as an invoice must name it (src/domain/tax): the rules follow this country.
  {
    key: 'businessCountry',
    name: 'Business country',
    defaultValue: '',
    help: 'Where your business is registered: NO, IS, IL, JP, GB or SE. Invoices follow its rules.',
    validation: { kind: 'list', values: SELLER_COUNTRIES, reject: false },
  },
  {
    key: 'orgNumber',
    name: 'Organisation number',
    defaultValue: '',
    help: 'Your registration number: org.nr. (Norway), kennitala (Iceland), ח.פ. or ע.מ. (Israel), 法人番号, company number.',
  },
  {
    key: 'vatRegistered',
    name: 'VAT registered',
    defaultValue: 'no',
    help: 'yes if you charge VAT (MVA, VSK, מע״מ, 消費税 as a qualified invoice issuer); no prints no VAT at all.',
    validation: { kind: 'list', values: ['yes', 'no'], reject: false },
  },
  {
    key: 'vatNumber',
    name: 'VAT number',
    defaultValue: '',
    help: 'Your VAT number (Japan: T and 13 digits). Blank in Norway, Israel and Sweden: made from the organisation number.',
  },
  {
    key: 'vatRate',
    name: 'VAT rate',
    defaultValue: '',
    help: 'The rate you charge, e.g. 25%. Blank: your country’s standard rate.',
  },
  {
    key: 'foretaksregisteret',
    name: 'Foretaksregisteret',
    defaultValue: 'no',
    help: 'Norway: yes if the business is in Foretaksregisteret (AS, ASA, NUF must say so on invoices).',
    validation: { kind: 'list', values: ['yes', 'no'], reject: false },
  },
  {
    key: 'exchangeRates',
    name: 'Exchange rates',
    defaultValue: '',
    help: 'For VAT on invoices in another currency than your own: units of your currency per unit of theirs, e.g. “EUR 11.75, GBP 13.60”.',
  },
  {
    key: 'timerRounding',
    name: 'Timer rounding',
    defaultValue: '15 minutes',
    help: 'How the sidebar’s timer rounds the hours it writes in Tasks: to the nearest step, at least one step. Minutes that divide an hour, e.g. “15 minutes”, “6 minutes” or “1 hour”.',
  },
];
