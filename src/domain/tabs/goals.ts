// The Goals tab.

import { GOAL_STATUSES } from '../types';
import { DATE_FORMAT, WHOLE_NUMBER } from './rule-formulas';
import type { TabSpec } from './spec';

export const GOALS: TabSpec = {
  name: 'Goals',
  columns: [
    {
      key: 'client',
      header: 'Client',
      width: 170,
      help: 'Pick a client from the Clients tab.',
      validation: { kind: 'column', tab: 'Clients', column: 'client', reject: true },
    },
    {
      key: 'goal',
      header: 'Goal',
      width: 280,
      help: 'The goal in the client’s words, specific and measurable: “500 new email subscribers”.',
    },
    {
      key: 'priority',
      header: 'Priority',
      width: 80,
      help: '1 is the client’s top priority.',
      validation: { kind: 'formula', formula: WHOLE_NUMBER(1), reject: true },
    },
    {
      key: 'target',
      header: 'Target',
      width: 80,
      help: 'The number to reach, e.g. 500.',
      validation: { kind: 'number', reject: true },
    },
    { key: 'unit', header: 'Unit', width: 110, help: 'What is counted, e.g. subscribers.' },
    {
      key: 'baseline',
      header: 'Baseline',
      width: 80,
      help: 'Where it stood when the goal was set.',
      validation: { kind: 'number', reject: true },
    },
    {
      key: 'current',
      header: 'Current',
      width: 80,
      help: 'Where it stands now.',
      validation: { kind: 'number', reject: true },
    },
    {
      key: 'due',
      header: 'Due',
      width: 100,
      help: 'When the client wants it reached.',
      validation: { kind: 'date', reject: true },
      format: DATE_FORMAT,
    },
    {
      key: 'status',
      header: 'Status',
      width: 90,
      help: 'open, achieved or dropped.',
      validation: { kind: 'list', values: GOAL_STATUSES, reject: true },
    },
    {
      key: 'estimate',
      header: 'Estimate (hours)',
      width: 110,
      help: 'Hours you expect the goal to take; your private view sets it against the hours spent.',
      validation: { kind: 'number', min: 0, reject: false },
    },
  ],
};
