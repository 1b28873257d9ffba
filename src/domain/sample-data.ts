// Sample data that "Set up tracking sheet" offers on an empty spreadsheet, also used by the demo and tests.
// Dates follow today: a full month of work in the previous month (the month the demo reports on), a
// few tasks this month, and invoices whose lateness today reaches every reminder stage of 1, 7, 14 days.
// The clients, their goals and tasks are seeds in sample-data/seeds.ts; this module dates them.

import { addDays, daysBetween, daysInMonth, formatLocalDate, monthRange, previousMonth } from './dates';
import type { LocalDate, Settings } from './types';
import { CLIENTS, type ClientSeed, INVOICES, type TaskSeed } from './sample-data/seeds';

export type SampleCell = string | number | boolean | { date: LocalDate } | '';

export type SampleRow = Record<string, SampleCell>;

export type SettingKey = keyof Settings;

export type SampleData = Record<'Clients' | 'Goals' | 'Tasks' | 'Invoices', SampleRow[]> & {
  settings: Partial<Record<SettingKey, string>>;
};

const date = (day: LocalDate) => ({ date: day });

/** The last day of the month `months` after the month of `day`. */
function monthEndAfter(day: LocalDate, months: number): LocalDate {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatLocalDate(year, month, daysInMonth(year, month));
}

/** Monday to Friday of a month: the days a freelancer logs work. */
function workingDays(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    // 2024-01-01 was a Monday.
    if (((daysBetween('2024-01-01', day) % 7) + 7) % 7 < 5) days.push(day);
  }
  return days;
}

function taskRow(client: ClientSeed, day: LocalDate, seed: TaskSeed): SampleRow {
  const [link = '', hours = '', task = '', result = '', benefit = '', extras = ''] = seed
    .split('|')
    .map((part) => part.trim());
  const goal = /^\d+$/.test(link) ? client.goals[Number(link) - 1]?.[0] : undefined;
  if ((goal === undefined && link !== 'A' && link !== 'B') || !(Number(hours) > 0))
    throw new Error(`Sample task of ${client.client} is malformed: ${seed}`);
  const offset = (name: string) => {
    const m = new RegExp(`${name} (-?\\d+)`).exec(extras);
    return m ? date(addDays(day, Number(m[1]))) : '';
  };
  return {
    date: date(day),
    client: client.client,
    task,
    goal: goal ?? '',
    mark: goal === undefined ? link : '',
    hours: Number(hours),
    result,
    benefit,
    billable: !extras.includes('unbilled'),
    deadline: offset('deadline'),
    delivered: offset('delivered'),
  };
}

const dayOf = (row: SampleRow) => (row.date as { date: LocalDate }).date;

export function sampleData(today: LocalDate): SampleData {
  const { first, last } = monthRange(previousMonth(today));
  const days = workingDays(first, last);
  const thisMonth = `${today.slice(0, 7)}-01`;
  // The first of a month three to seven weeks ahead: a new rate starts with a billing period.
  const newRateFrom = addDays(monthEndAfter(addDays(today, 20), 0), 1);

  const tasks: SampleRow[] = [];
  CLIENTS.forEach((client, c) => {
    // Each client's work spread evenly over the working days in the order it was done, shifted a
    // little per client so that not every client is worked on the same days.
    const n = client.tasks.length;
    client.tasks.forEach((seed, i) => {
      tasks.push(taskRow(client, days[Math.floor(((i + 0.5 + c * 0.09) * days.length) / n)]!, seed));
    });
    client.recent.forEach((seed, i) => {
      const day = addDays(today, -(c % 3) - i);
      tasks.push(taskRow(client, day < thisMonth ? thisMonth : day, seed));
    });
  });
  tasks.sort((a, b) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : 0));

  return {
    Clients: CLIENTS.map((c) => ({
      client: c.client,
      contact: c.contact,
      greetingName: c.greetingName,
      email: c.email,
      language: c.language,
      currency: c.currency,
      hourlyRate: c.hourlyRate,
      paymentTerms: c.paymentTerms,
      cadence: c.cadence,
      timeZone: c.timeZone,
      status: c.status,
      notes: c.notes,
      newRate: c.newRate ?? '',
      newRateFrom: c.newRate === undefined ? '' : date(newRateFrom),
    })),
    Goals: CLIENTS.flatMap((c) =>
      c.goals.map(([goal, target, unit, baseline, current, dueIn, status], p) => ({
        client: c.client,
        goal,
        priority: p + 1,
        target,
        unit,
        baseline,
        current,
        due: date(monthEndAfter(today, dueIn)),
        status: status ?? 'open',
      })),
    ),
    Tasks: tasks,
    Invoices: INVOICES.map(([c, issuedDaysAgo, amount, extra = {}], i) => {
      const client = CLIENTS[c]!;
      const number = `INV-${1001 + i}`;
      return {
        invoice: number,
        client: client.client,
        issued: date(addDays(today, -issuedDaysAgo)),
        amount,
        currency: client.currency,
        due: extra.due === undefined ? '' : date(addDays(today, extra.due)),
        paidOn: extra.paidDaysAgo === undefined ? '' : date(addDays(today, -extra.paidDaysAgo)),
        file: `https://drive.google.com/file/d/sample-invoice-${number}/view`,
        reminderStage: extra.chased ? extra.chased[0] : '',
        lastReminder: extra.chased ? date(addDays(today, -extra.chased[1])) : '',
        notes: extra.notes ?? '',
      };
    }),
    settings: {
      yourName: 'Ingrid Solberg',
      businessName: 'Solberg Digital',
      yourEmail: 'ingrid@solbergdigital.example.no',
      phone: '+47 912 34 567',
      emailSignature: 'Ingrid Solberg\nSolberg Digital · +47 912 34 567',
      defaultLanguage: 'en',
      defaultCurrency: 'EUR',
      businessAddress: 'Storgata 12\n0155 Oslo\nNorway',
      paymentDetails: 'IBAN NO93 8601 1117 947\nBIC DNBANOKK',
      taxNote: 'Org.nr. 912 345 678 MVA',
    },
  };
}
