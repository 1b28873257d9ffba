// Small trackers for the mail tests: one client per language, each field overridable.

import type { Client, DraftLogEntry, Invoice, Settings, Task, Tracker } from '../../src/domain/types';

export const SETTINGS: Settings = {
  yourName: 'Ingrid Solberg',
  businessName: 'Solberg Design',
  yourEmail: 'ingrid@solberg.example.no',
  phone: '+47 912 34 567',
  emailSignature: '',
  defaultLanguage: 'en',
  defaultCurrency: 'EUR',
  reportFolder: '',
  reminderDays: [1, 7, 14],
  scoreWeights: { goal: 1, a: 0.5, b: 0 },
  billingRhythm: 'month-end',
  depositPercent: 30,
  workingHours: { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 17 * 60, timeZone: 'Europe/Oslo' },
  responseTime: { amount: 1, unit: 'days' },
};

export function client(overrides: Partial<Client> = {}): Client {
  return {
    row: 2,
    name: 'Acme',
    contact: 'Jane Doe',
    greetingName: 'Jane',
    email: 'jane@acme.example.com',
    language: 'en',
    currency: 'EUR',
    hourlyRate: 90,
    paymentTermsDays: 14,
    cadence: 'none',
    timeZone: 'Europe/Oslo',
    status: 'active',
    notes: '',
    newRate: null,
    newRateFrom: null,
    termsConfirmed: null,
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    row: 2,
    invoice: 'INV-1001',
    client: 'Acme',
    issued: '2026-10-01',
    amount: 1200,
    currency: 'EUR',
    due: '2026-10-15',
    dueWasComputed: true,
    paidOn: null,
    file: '',
    reminderStage: 0,
    lastReminder: null,
    notes: '',
    ...overrides,
  };
}

export function task(overrides: Partial<Task> = {}): Task {
  return {
    row: 2,
    date: '2026-11-20',
    client: 'Acme',
    task: 'Wrote the newsletter',
    goal: '',
    mark: 'B',
    hours: 1,
    result: '',
    benefit: '',
    billable: true,
    deadline: null,
    delivered: null,
    ...overrides,
  };
}

export function logged(overrides: Partial<DraftLogEntry>): DraftLogEntry {
  return {
    row: 2,
    date: '2026-11-01',
    kind: 'terms',
    client: 'Acme',
    invoice: '',
    stage: null,
    to: 'jane@acme.example.com',
    subject: '',
    draftId: 'r-1',
    ...overrides,
  };
}

export function tracker(parts: Partial<Tracker> = {}): Tracker {
  return {
    clients: [client()],
    goals: [],
    tasks: [],
    invoices: [],
    settings: SETTINGS,
    reports: [],
    drafts: [],
    diagnostics: [],
    ...parts,
  };
}

/** One client per language, as a freelancer with international clients would have. */
export const CLIENTS: Client[] = [
  client({
    row: 2,
    name: 'Acme Ltd',
    contact: 'Jane Doe',
    greetingName: 'Jane',
    email: 'jane@acme.example.com',
    language: 'en',
    currency: 'GBP',
  }),
  client({
    row: 3,
    name: 'Fjord AS',
    contact: 'Kari Nordmann',
    greetingName: 'Kari',
    email: 'kari@fjord.example.no',
    language: 'nb',
    currency: 'NOK',
  }),
  client({
    row: 4,
    name: 'Hekla ehf.',
    contact: 'Guðrún Þórðardóttir',
    greetingName: 'Guðrún',
    email: 'gudrun@hekla.example.is',
    language: 'is',
    currency: 'ISK',
  }),
  client({
    row: 5,
    name: 'כרמל בע״מ',
    contact: 'נועה כהן',
    greetingName: 'נועה',
    email: 'noa@carmel.example.co.il',
    language: 'he',
    currency: 'ILS',
  }),
  client({
    row: 6,
    name: '陶房やまぐち',
    contact: '山口 由美',
    greetingName: '山口',
    email: 'yumi@yamaguchi.example.jp',
    language: 'ja',
    currency: 'JPY',
  }),
];
