// The Clients tab.

import { CADENCES, CLIENT_STATUSES, LANGUAGES } from '../types';
import { CURRENCY_FORMULA, DATE_FORMAT, UNIQUE_FORMULA, WHOLE_NUMBER } from './rule-formulas';
import type { TabSpec } from './spec';

export const CLIENTS: TabSpec = {
  name: 'Clients',
  columns: [
    {
      key: 'client',
      header: 'Client',
      width: 170,
      help: 'The client’s name, once per client.',
      validation: { kind: 'formula', formula: UNIQUE_FORMULA, reject: true },
    },
    { key: 'contact', header: 'Contact', width: 140, help: 'The person you write to.' },
    {
      key: 'email',
      header: 'Email',
      width: 200,
      help: 'The address reminders and reports go to.',
      validation: { kind: 'email', reject: true },
    },
    {
      key: 'language',
      header: 'Language',
      width: 80,
      help: 'Language of reports and emails: en, nb, is, he or ja.',
      validation: { kind: 'list', values: LANGUAGES, reject: true },
    },
    {
      key: 'currency',
      header: 'Currency',
      width: 80,
      help: 'Three-letter currency code, e.g. EUR, NOK, ISK, ILS, JPY.',
      validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
    },
    {
      key: 'hourlyRate',
      header: 'Hourly rate',
      width: 100,
      help: 'Your rate per hour in the client’s currency.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'paymentTerms',
      header: 'Payment terms (days)',
      width: 150,
      help: 'Days the client has to pay an invoice. Blank means 14.',
      validation: { kind: 'formula', formula: WHOLE_NUMBER(0), reject: true },
    },
    {
      key: 'cadence',
      header: 'Update cadence',
      width: 120,
      help: 'How often the client gets a progress update.',
      validation: { kind: 'list', values: CADENCES, reject: true },
    },
    {
      key: 'timeZone',
      header: 'Time zone',
      width: 150,
      help: 'The client’s time zone, e.g. Europe/Oslo or Asia/Tokyo.',
      validation: {
        kind: 'formula',
        formula: '=REGEXMATCH(TO_TEXT({cell}), "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")',
        reject: false,
      },
    },
    {
      key: 'status',
      header: 'Status',
      width: 90,
      help: 'lead (not yet a client), active, paused or ended.',
      validation: { kind: 'list', values: CLIENT_STATUSES, reject: true },
    },
    { key: 'notes', header: 'Notes', width: 220, help: 'Anything else; the add-on never reads it.' },
    {
      key: 'newRate',
      header: 'New hourly rate',
      width: 120,
      help: 'A rate you plan to propose; fills the rate-change email.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'newRateFrom',
      header: 'New rate from',
      width: 120,
      help: 'The day the new rate starts.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'estimate',
      header: 'Estimate',
      width: 100,
      help: 'The agreed estimate for the work, in the client’s currency; the deposit invoice bills a share of it.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'depositPercent',
      header: 'Deposit %',
      width: 90,
      help: 'The share of the estimate billed before work starts. Blank means 10.',
      validation: { kind: 'number', min: 0, max: 100, reject: true },
    },
    // At the end, so adding it to an existing sheet moves no column the user already has.
    {
      key: 'greetingName',
      header: 'Greeting name',
      width: 120,
      help: 'How emails greet the contact: a first name (Olivia), or for Japanese clients the family name (山口 becomes 山口様). Blank: a greeting without a name.',
    },
    {
      key: 'termsConfirmed',
      header: 'Terms confirmed',
      width: 120,
      help: 'The day the client agreed your terms. Blank: a terms email is offered until the first invoice.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
  ],
};
