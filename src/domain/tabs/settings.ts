// The Settings tab and its rows.

import { BILLING_RHYTHM_CHOICES } from '../settings-values';
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
    defaultValue: '{CLIENT}-{YYYY}-{MM}',
    help: 'How invoices the add-on makes are numbered: {CLIENT}, {YYYY} and {MM} are filled in.',
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
  { key: 'taxNote', name: 'Tax note', defaultValue: '', help: 'Printed on invoices, e.g. your VAT number.' },
  {
    key: 'timerRounding',
    name: 'Timer rounding',
    defaultValue: '15 minutes',
    help: 'How the sidebar’s timer rounds the hours it writes in Tasks: to the nearest step, at least one step. Minutes that divide an hour, e.g. “15 minutes”, “6 minutes” or “1 hour”.',
  },
];
