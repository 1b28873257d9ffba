// The add-on's own log tabs: Reports and Drafts.

import { DATE_FORMAT } from './rule-formulas';
import type { TabSpec } from './spec';

export const REPORTS: TabSpec = {
  name: 'Reports',
  log: true,
  columns: [
    { key: 'client', header: 'Client', width: 150, help: 'Written by the add-on.' },
    { key: 'month', header: 'Month', width: 80, help: 'Written by the add-on.' },
    { key: 'link', header: 'Link', width: 300, help: 'Written by the add-on: the report document.' },
    { key: 'docId', header: 'Document id', width: 200, help: 'Written by the add-on.' },
    { key: 'generated', header: 'Generated', width: 170, help: 'Written by the add-on.' },
    {
      key: 'stamp',
      header: 'Work stamp',
      width: 220,
      help: 'Written by the add-on: the month’s work when the report was made, to tell what changed since.',
    },
  ],
};

export const DRAFTS: TabSpec = {
  name: 'Drafts',
  log: true,
  columns: [
    { key: 'date', header: 'Date', width: 100, help: 'Written by the add-on.', format: DATE_FORMAT },
    { key: 'kind', header: 'Kind', width: 90, help: 'Written by the add-on.' },
    { key: 'client', header: 'Client', width: 150, help: 'Written by the add-on.' },
    { key: 'invoice', header: 'Invoice', width: 100, help: 'Written by the add-on.' },
    { key: 'stage', header: 'Stage', width: 60, help: 'Written by the add-on.' },
    { key: 'to', header: 'To', width: 200, help: 'Written by the add-on.' },
    { key: 'subject', header: 'Subject', width: 300, help: 'Written by the add-on.' },
    {
      key: 'draftId',
      header: 'Draft id',
      width: 200,
      help: 'Written by the add-on: open it in Gmail’s Drafts.',
    },
  ],
};
