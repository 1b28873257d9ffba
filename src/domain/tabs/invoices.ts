// The Invoices tab.

import { CURRENCY_FORMULA, DATE_FORMAT, UNIQUE_FORMULA } from './rule-formulas';
import type { TabSpec } from './spec';

export const INVOICES: TabSpec = {
  name: 'Invoices',
  columns: [
    {
      key: 'invoice',
      header: 'Invoice',
      width: 110,
      help: 'The invoice number, once per invoice.',
      validation: { kind: 'formula', formula: UNIQUE_FORMULA, reject: true },
    },
    {
      key: 'client',
      header: 'Client',
      width: 150,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    {
      key: 'issued',
      header: 'Issued',
      width: 100,
      help: 'The invoice date.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'amount',
      header: 'Amount',
      width: 100,
      help: 'The amount to pay.',
      validation: { kind: 'number', min: 0, reject: true },
    },
    {
      key: 'currency',
      header: 'Currency',
      width: 80,
      help: 'Three-letter currency code; blank means the client’s.',
      validation: { kind: 'formula', formula: CURRENCY_FORMULA, reject: true },
    },
    {
      key: 'due',
      header: 'Due',
      width: 100,
      help: 'Blank means Issued plus the client’s payment terms.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'paidOn',
      header: 'Paid on',
      width: 100,
      help: 'The day the money arrived.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'file',
      header: 'Invoice file',
      width: 200,
      help: 'Link to the invoice PDF in Drive; reminders attach it again.',
      validation: { kind: 'url', reject: false },
    },
    {
      key: 'reminderStage',
      header: 'Reminder stage',
      width: 110,
      help: 'Written by the add-on: the last reminder drafted (1 friendly, 2 firm, 3 final).',
      validation: { kind: 'number', min: 0, max: 3, reject: true },
    },
    {
      key: 'lastReminder',
      header: 'Last reminder',
      width: 110,
      help: 'Written by the add-on: when it was drafted.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    { key: 'notes', header: 'Notes', width: 200, help: 'Anything else; the add-on never reads it.' },
  ],
};
