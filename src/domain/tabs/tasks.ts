// The Tasks tab.

import { MARKS } from '../types';
import { DATE_FORMAT } from './rule-formulas';
import type { TabSpec } from './spec';

export const TASKS: TabSpec = {
  name: 'Tasks',
  columns: [
    {
      key: 'date',
      header: 'Date',
      width: 100,
      help: 'The day you did the work.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'client',
      header: 'Client',
      width: 150,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    { key: 'task', header: 'Task', width: 260, help: 'What you did, in a few words.' },
    {
      key: 'goal',
      header: 'Goal',
      width: 220,
      help: 'The client goal this work serves. Leave blank and set Mark when it serves no goal.',
      validation: { kind: 'column', tab: 'Goals', column: 'goal', reject: true },
    },
    {
      key: 'mark',
      header: 'Mark',
      width: 60,
      help: 'For work that serves no goal: A = serious consequence if left undone, B = minor.',
      validation: { kind: 'list', values: MARKS, reject: true },
    },
    {
      key: 'hours',
      header: 'Hours',
      width: 70,
      help: 'Hours spent, 0 to 24.',
      validation: { kind: 'number', min: 0, max: 24, reject: true },
    },
    {
      key: 'result',
      header: 'Result',
      width: 240,
      help: 'What came of it, with numbers where you have them.',
    },
    { key: 'benefit', header: 'Client benefit', width: 240, help: 'Why it matters to the client.' },
    {
      key: 'billable',
      header: 'Billable',
      width: 70,
      help: 'Ticked when the client pays for these hours.',
      validation: { kind: 'checkbox' },
    },
    {
      key: 'deadline',
      header: 'Deadline',
      width: 100,
      help: 'When it was due, if it had a deadline.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'delivered',
      header: 'Delivered',
      width: 100,
      help: 'When you delivered it.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'invoice',
      header: 'Invoice',
      width: 110,
      help: 'Written by the add-on: the invoice that billed these hours. Blank until billed.',
    },
  ],
};
