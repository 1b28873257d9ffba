// The Invoices tab.

import { AMOUNT_FORMULA, CURRENCY_FORMULA, DATE_FORMAT, UNIQUE_FORMULA } from './rule-formulas';
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
      help: 'The amount to pay; below zero on a credit note.',
      // A credit note's row holds its (negative) amount; the reader refuses one below zero elsewhere too.
      validation: { kind: 'formula', formula: AMOUNT_FORMULA, reject: true },
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
    // At the end, so adding it to an existing sheet moves no column the user already has.
    {
      key: 'sentOn',
      header: 'Sent on',
      width: 100,
      help: 'The day the invoice went to the client. Until then Create invoice may make it again; afterwards only a credit note corrects it.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'creditOf',
      header: 'Credit note for',
      width: 110,
      help: 'Written by Create credit note: on a credit note’s row, the invoice it cancels in full.',
    },
    {
      key: 'withdrawnOn',
      header: 'Withdrawn on',
      width: 100,
      help: 'Written by Withdraw invoice: a number withdrawn before it was sent stays here, never reused.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
  ],
};
