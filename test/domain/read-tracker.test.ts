// Reading the tracking tabs: a clean sheet, users' layouts, and every rule that leaves a row out.

import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/domain/a1';
import { parseWeights, type RawTabs, readTracker } from '../../src/domain/read-tracker';
import { SETTING_ROWS } from '../../src/domain/tabs';
import type { Diagnostic } from '../../src/domain/types';

const OSLO = 'Europe/Oslo';
/** Midnight in Oslo, as Sheets stores a date-only cell there. */
const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

const CLIENT_HEADER = [
  'Client',
  'Contact',
  'Email',
  'Language',
  'Currency',
  'Hourly rate',
  'Payment terms (days)',
  'Update cadence',
  'Time zone',
  'Status',
  'Notes',
  'New hourly rate',
  'New rate from',
];
const GOAL_HEADER = ['Client', 'Goal', 'Priority', 'Target', 'Unit', 'Baseline', 'Current', 'Due', 'Status'];
const TASK_HEADER = [
  'Date',
  'Client',
  'Task',
  'Goal',
  'Mark',
  'Hours',
  'Result',
  'Client benefit',
  'Billable',
  'Deadline',
  'Delivered',
];
const INVOICE_HEADER = [
  'Invoice',
  'Client',
  'Issued',
  'Amount',
  'Currency',
  'Due',
  'Paid on',
  'Invoice file',
  'Reminder stage',
  'Last reminder',
  'Notes',
];

function sheet(): RawTabs {
  return {
    Settings: [['Setting', 'Value'], ...SETTING_ROWS.map((s) => [s.name, s.defaultValue])],
    Clients: [
      CLIENT_HEADER,
      [
        'Fjord Bakery',
        'Kari Nordmann',
        'kari@fjord.example',
        'nb',
        'NOK',
        950,
        30,
        'monthly',
        'Europe/Oslo',
        'active',
        'Met at a fair',
        '',
        '',
      ],
      [
        'Hekla Tours',
        'Jón',
        'jon@hekla.example',
        'is',
        'ISK',
        14000,
        '',
        'fortnightly',
        'Atlantic/Reykjavik',
        'active',
        '',
        16000,
        day('2026-12-01'),
      ],
      [
        'Sakura Design',
        '佐藤',
        'sato@sakura.example',
        'ja',
        'JPY',
        9000,
        14,
        'none',
        'Asia/Tokyo',
        'paused',
        '',
        '',
        '',
      ],
    ],
    Goals: [
      GOAL_HEADER,
      [
        'Fjord Bakery',
        '500 new email subscribers',
        1,
        500,
        'subscribers',
        120,
        310,
        day('2026-12-31'),
        'open',
      ],
      ['Fjord Bakery', 'Online orders up 20%', 2, 20, '%', 0, 5, '', 'open'],
      ['Hekla Tours', 'Bookings from Germany', 1, 40, 'bookings', 10, 18, '', 'open'],
    ],
    Tasks: [
      TASK_HEADER,
      [
        day('2026-10-01'),
        'Fjord Bakery',
        'Newsletter signup form',
        '500 new email subscribers',
        '',
        3.5,
        '+40 signups',
        'More subscribers',
        true,
        day('2026-10-02'),
        day('2026-10-01'),
      ],
      [
        day('2026-10-02'),
        'Fjord Bakery',
        'Fix broken checkout',
        '',
        'A',
        2,
        'Checkout works',
        'No lost orders',
        true,
        '',
        '',
      ],
      [
        day('2026-10-03'),
        'Hekla Tours',
        'German landing page',
        'Bookings from Germany',
        '',
        5,
        '',
        '',
        false,
        '',
        '',
      ],
      [day('2026-10-04'), 'Sakura Design', 'Tidy drive', '', 'b', 0.5, '', '', '', '', ''],
    ],
    Invoices: [
      INVOICE_HEADER,
      [
        '2026-001',
        'Fjord Bakery',
        day('2026-10-01'),
        12000,
        'NOK',
        '',
        '',
        'https://drive.google.com/file/d/x',
        0,
        '',
        '',
      ],
      ['2026-002', 'Hekla Tours', day('2026-10-05'), 300000, '', '', day('2026-10-10'), '', '', '', ''],
      [
        '2026-003',
        'Sakura Design',
        day('2026-10-06'),
        90000,
        'JPY',
        day('2026-11-30'),
        '',
        '',
        1,
        day('2026-12-01'),
        '',
      ],
    ],
  };
}

const about = (t: ReturnType<typeof readTracker>, sheetName: string, row?: number) =>
  plain(t.diagnostics.filter((d) => d.sheet === sheetName && (row === undefined || d.row === row)));
/** Diagnostics as their English text: `says` is what that text is made from (problems.test.ts). */
const plain = (diagnostics: Diagnostic[]) => diagnostics.map(({ says: _says, ...d }) => d);

describe('a realistic sheet', () => {
  it('parses fully with no diagnostics', () => {
    const t = readTracker(sheet(), OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.clients.map((c) => c.name)).toEqual(['Fjord Bakery', 'Hekla Tours', 'Sakura Design']);
    expect(t.goals).toHaveLength(3);
    expect(t.tasks).toHaveLength(4);
    expect(t.invoices).toHaveLength(3);
  });

  it('reads every field of a client, goal, task and invoice', () => {
    const t = readTracker(sheet(), OSLO);
    expect(t.clients[1]).toEqual({
      row: 3,
      name: 'Hekla Tours',
      contact: 'Jón',
      greetingName: '',
      email: 'jon@hekla.example',
      language: 'is',
      currency: 'ISK',
      hourlyRate: 14000,
      paymentTermsDays: 14,
      cadence: 'fortnightly',
      timeZone: 'Atlantic/Reykjavik',
      status: 'active',
      notes: '',
      newRate: 16000,
      newRateFrom: '2026-12-01',
      estimate: null,
      depositPercent: 10,
      termsConfirmed: null,
    });
    expect(t.goals[0]).toEqual({
      row: 2,
      client: 'Fjord Bakery',
      goal: '500 new email subscribers',
      priority: 1,
      target: 500,
      unit: 'subscribers',
      baseline: 120,
      current: 310,
      due: '2026-12-31',
      status: 'open',
      estimate: null,
    });
    expect(t.tasks[0]).toEqual({
      row: 2,
      date: '2026-10-01',
      client: 'Fjord Bakery',
      task: 'Newsletter signup form',
      goal: '500 new email subscribers',
      mark: '',
      hours: 3.5,
      result: '+40 signups',
      benefit: 'More subscribers',
      billable: true,
      deadline: '2026-10-02',
      delivered: '2026-10-01',
      invoice: '',
    });
    expect(t.tasks[3]).toMatchObject({
      row: 5,
      client: 'Sakura Design',
      goal: '',
      mark: 'B',
      billable: false,
    });
    expect(t.invoices[0]).toEqual({
      row: 2,
      invoice: '2026-001',
      client: 'Fjord Bakery',
      issued: '2026-10-01',
      amount: 12000,
      currency: 'NOK',
      due: '2026-10-31',
      dueWasComputed: true,
      paidOn: null,
      file: 'https://drive.google.com/file/d/x',
      reminderStage: 0,
      lastReminder: null,
      notes: '',
    });
    expect(t.invoices[2]).toMatchObject({
      due: '2026-11-30',
      dueWasComputed: false,
      reminderStage: 1,
      lastReminder: '2026-12-01',
    });
  });

  it('computes a blank Due from Issued and the client’s terms, 14 when the terms are blank', () => {
    const t = readTracker(sheet(), OSLO);
    expect(t.invoices[1]).toMatchObject({
      client: 'Hekla Tours',
      issued: '2026-10-05',
      due: '2026-10-19',
      dueWasComputed: true,
      currency: 'ISK',
      paidOn: '2026-10-10',
    });
  });

  it('reads the default settings', () => {
    const t = readTracker(sheet(), OSLO);
    expect(t.settings).toMatchObject({
      defaultLanguage: 'en',
      defaultCurrency: 'EUR',
      reminderDays: [1, 7, 14],
      scoreWeights: { goal: 1, a: 1, b: 0 },
      reportFolder: 'Freelance Value Tracker reports',
      billingRhythm: 'month-end',
      depositPercent: null,
      workingHours: { days: [1, 2, 3, 4, 5], start: 540, end: 1020, timeZone: OSLO },
      responseTime: { amount: 1, unit: 'days' },
    });
  });
});

describe('columns found by header', () => {
  it('reads reordered columns and ignores the user’s extra columns', () => {
    const raw = sheet();
    const order = [5, 10, 0, 3, 1, 4, 2, 6, 7, 8, 9];
    raw.Tasks = raw.Tasks!.map((line, i) => [
      ...order.map((c) => line[c]),
      i === 0 ? 'My notes' : `note ${i}`,
    ]);
    raw.Tasks[0]!.splice(3, 0, 'Invoice sent?');
    for (const line of raw.Tasks.slice(1)) line.splice(3, 0, 'yes');
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks).toEqual(readTracker(sheet(), OSLO).tasks);
  });

  it('matches headers without case or spacing', () => {
    const raw = sheet();
    raw.Tasks![0] = [
      'DATE',
      ' client',
      'Task ',
      'goal',
      'MARK',
      '  hours ',
      'result',
      'CLIENT BENEFIT',
      'Bill able',
      'Dead line',
      'delivered',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks[0]!.benefit).toBe('More subscribers');
    expect(t.tasks[0]!.hours).toBe(3.5);
  });

  it('warns about a duplicated header and uses the first column', () => {
    const raw = sheet();
    raw.Tasks = raw.Tasks!.map((line, i) => [...line, i === 0 ? 'Hours' : 99]);
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 1,
        column: 'Hours',
        message:
          'The column “Hours” appears twice; the first one (column F) is used. Rename or delete column L.',
        severity: 'warning',
      },
    ]);
    expect(t.tasks.map((x) => x.hours)).toEqual([3.5, 2, 5, 0.5]);
  });

  it('reports a missing required column once, on row 1, and reads no rows of that tab', () => {
    const raw = sheet();
    raw.Tasks = raw.Tasks!.map((line) => line.filter((_, c) => c !== 5));
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 1,
        column: 'Hours',
        message:
          'The Tasks tab has no “Hours” column, so its rows cannot be read. Add the header in row 1 or run Set up tracking sheet.',
        severity: 'error',
        scope: 'tab',
      },
    ]);
    expect(t.tasks).toEqual([]);
    expect(t.clients).toHaveLength(3);
  });

  it('reads a tab without its optional columns', () => {
    const raw = sheet();
    raw.Clients = raw.Clients!.map((line) => [line[0]]);
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.clients[0]).toMatchObject({
      name: 'Fjord Bakery',
      currency: 'EUR',
      paymentTermsDays: 14,
      cadence: 'none',
      status: 'active',
      hourlyRate: null,
    });
    expect(t.invoices[0]!.due).toBe('2026-10-15');
  });

  it('reports a missing tab, and does not read tabs that were not asked for', () => {
    const raw = sheet();
    raw.Invoices = null;
    const t = readTracker(raw, OSLO);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Invoices',
        row: 1,
        column: '',
        message: expect.stringMatching(/^There is no Invoices tab\. Run .*Set up tracking sheet\.$/),
        severity: 'error',
        scope: 'tab',
      },
    ]);
    expect(t.invoices).toEqual([]);

    const only = readTracker({ Clients: sheet().Clients }, OSLO);
    expect(only.diagnostics).toEqual([]);
    expect(only.tasks).toEqual([]);
    expect(only.settings.reminderDays).toEqual([1, 7, 14]);
  });

  it('reports a tab whose header row is empty', () => {
    const t = readTracker({ Clients: sheet().Clients, Goals: [['', '']] }, OSLO);
    expect(t.diagnostics.map((d) => [d.sheet, d.row, d.column, d.severity, d.scope])).toEqual([
      ['Goals', 1, '', 'error', 'tab'],
    ]);
    expect(t.diagnostics[0]!.message).toMatch(/Goals tab has no header row in its first 20 rows/);
  });

  it('finds the header row below a title and blank rows, and numbers rows as Sheets does', () => {
    const raw = sheet();
    const tasks = raw.Tasks!;
    raw.Tasks = [['My work log'], [], ['', ''], ...tasks];
    raw.Tasks[5]![5] = 'lots';
    const t = readTracker(raw, OSLO);
    expect(t.tasks.map((x) => x.row)).toEqual(
      readTracker(sheet(), OSLO)
        .tasks.map((x) => x.row + 3)
        .filter((r) => r !== 6),
    );
    expect(t.diagnostics.map((d) => [d.sheet, d.row, d.column])).toEqual([['Tasks', 6, 'Hours']]);
  });

  it('names the tab and what to fix when no header row is in the first 20 rows', () => {
    const raw = sheet();
    raw.Tasks = [...Array.from({ length: 20 }, () => ['']), ...raw.Tasks!];
    const t = readTracker(raw, OSLO);
    expect(t.tasks).toEqual([]);
    expect(plain(t.diagnostics)).toEqual([
      expect.objectContaining({
        sheet: 'Tasks',
        row: 1,
        scope: 'tab',
        message: expect.stringMatching(
          /^The Tasks tab has no header row in its first 20 rows.*such as Date, Client, Task\..*one row above the data/,
        ),
      }),
    ]);
  });
});

describe('rows', () => {
  it('skips blank rows and keeps Sheets’ row numbers after them', () => {
    const raw = sheet();
    raw.Tasks!.splice(
      2,
      0,
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['  ', '', '', '', '', '', '', '', '', '', ''],
      [],
    );
    raw.Tasks!.push(['', '', '', '', '', '']);
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks.map((x) => x.row)).toEqual([2, 6, 7, 8]);
  });

  it('reads a row holding only an unticked box (FALSE, as Sheets keeps it) as blank', () => {
    const raw = sheet();
    const billable = TASK_HEADER.indexOf('Billable');
    const unticked = TASK_HEADER.map((_, i) => (i === billable ? false : ''));
    const ticked = TASK_HEADER.map((_, i) => (i === billable ? true : ''));
    raw.Tasks!.push(unticked, [...unticked], ticked);
    const t = readTracker(raw, OSLO);
    // The ticked box is something the user did, so that row is still reported.
    expect(t.diagnostics.map((d) => d.row)).not.toContain(raw.Tasks!.length - 1);
    expect(t.diagnostics.map((d) => d.row)).not.toContain(raw.Tasks!.length - 2);
    expect(t.diagnostics.filter((d) => d.row === raw.Tasks!.length).length).toBeGreaterThan(0);
  });

  it('warns when the Invoice file shows a label (a link chip or HYPERLINK) rather than a Drive link', () => {
    const raw = sheet();
    const file = INVOICE_HEADER.indexOf('Invoice file');
    raw.Invoices![2]![file] = 'Invoice 2026-002';
    raw.Invoices![3]![file] = '1AbC_dEf-123456XYZ';
    const t = readTracker(raw, OSLO);
    expect(t.invoices.map((i) => i.file)).toEqual([
      'https://drive.google.com/file/d/x',
      'Invoice 2026-002',
      '1AbC_dEf-123456XYZ',
    ]);
    expect(about(t, 'Invoices')).toEqual([
      {
        sheet: 'Invoices',
        row: 3,
        column: 'Invoice file',
        message:
          '“Invoice 2026-002” is not a link to a file in Drive. A link chip or a HYPERLINK formula shows the add-on only its label; paste the file’s link (https://drive.google.com/file/d/…) so reminders can attach the invoice.',
        severity: 'warning',
        client: 'Hekla Tours',
      },
    ]);
  });

  it('leaves out a task with neither a goal nor a mark, naming the row and client', () => {
    const raw = sheet();
    raw.Tasks![2]![4] = '';
    const t = readTracker(raw, OSLO);
    expect(t.tasks.map((x) => x.row)).toEqual([2, 4, 5]);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 3,
        column: 'Goal',
        message:
          'The task has neither a goal nor a mark. Link it to a goal, or mark it A (serious if left undone) or B (minor).',
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
  });

  it('leaves out a task with both a goal and a mark', () => {
    const raw = sheet();
    raw.Tasks![1]![4] = 'A';
    const t = readTracker(raw, OSLO);
    expect(t.tasks.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 2,
        column: 'Mark',
        message: expect.stringContaining('both a goal and a mark'),
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
  });

  it('refuses a mark other than A or B', () => {
    const raw = sheet();
    raw.Tasks![2]![4] = 'C';
    const t = readTracker(raw, OSLO);
    expect(about(t, 'Tasks', 3)).toEqual([
      {
        sheet: 'Tasks',
        row: 3,
        column: 'Mark',
        message: '“C” is not one of A, B. Use A (serious if left undone) or B (minor).',
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
  });

  it('names the owner when a task uses another client’s goal', () => {
    const raw = sheet();
    raw.Tasks![3]![3] = '500 new email subscribers';
    const t = readTracker(raw, OSLO);
    expect(t.tasks.map((x) => x.row)).toEqual([2, 3, 5]);
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 4,
        column: 'Goal',
        message:
          '“500 new email subscribers” is a goal of “Fjord Bakery”, not of “Hekla Tours”. Pick one of the goals of “Hekla Tours”.',
        severity: 'error',
        client: 'Hekla Tours',
      },
    ]);
  });

  it('matches goals and clients without case and stores the canonical spelling', () => {
    const raw = sheet();
    raw.Tasks![1]![1] = 'fjord bakery';
    raw.Tasks![1]![3] = '500 NEW EMAIL SUBSCRIBERS';
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks[0]).toMatchObject({ client: 'Fjord Bakery', goal: '500 new email subscribers' });
  });

  it('refuses a goal that is in no client’s list', () => {
    const raw = sheet();
    raw.Tasks![1]![3] = 'World domination';
    const t = readTracker(raw, OSLO);
    expect(about(t, 'Tasks')).toEqual([
      {
        sheet: 'Tasks',
        row: 2,
        column: 'Goal',
        message: '“World domination” is not a goal in the Goals tab. Pick a goal from the list.',
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
  });

  it('refuses an unknown client in tasks, goals and invoices, keeping the name on the diagnostic', () => {
    const raw = sheet();
    raw.Tasks![1]![1] = 'Nobody Inc';
    raw.Goals![1]![0] = 'Nobody Inc';
    raw.Invoices![1]![1] = 'Nobody Inc';
    const t = readTracker(raw, OSLO);
    const unknown = t.diagnostics.filter((d) =>
      d.message.startsWith('“Nobody Inc” is not in the Clients tab.'),
    );
    expect(unknown.map((d) => [d.sheet, d.row, d.column, d.severity, d.client])).toEqual([
      ['Goals', 2, 'Client', 'error', 'Nobody Inc'],
      ['Tasks', 2, 'Client', 'error', 'Nobody Inc'],
      ['Invoices', 2, 'Client', 'error', 'Nobody Inc'],
    ]);
    expect(t.tasks.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(t.invoices.map((x) => x.row)).toEqual([3, 4]);
  });

  it('quotes a 50,000-character client name in short form in the message, keeping it whole on the diagnostic', () => {
    const raw = sheet();
    const long = `Acme ${'x'.repeat(50_000)}`;
    raw.Tasks![1]![1] = long;
    const [d] = readTracker(raw, OSLO).diagnostics;
    expect(d).toMatchObject({ sheet: 'Tasks', row: 2, column: 'Client', client: long });
    expect(d!.message).toBe(
      `“Acme ${'x'.repeat(32)}…” is not in the Clients tab. Pick a client from the list.`,
    );
  });

  it('refuses hours out of range, as text, as errors or missing', () => {
    const cases: [unknown, string][] = [
      [25, '25 is outside 0 to 24 hours.'],
      [-1, '-1 is outside 0 to 24 hours.'],
      ['two', 'The text “two” is not a number. Type digits such as 12.5.'],
      [
        '1,5',
        '“1,5” is text. Type it as the number you mean, with a point (1.5) or without the comma (1500). If the cell is formatted as plain text, format it as a number first.',
      ],
      ['#N/A', 'The cell shows the error #N/A. Fix the formula or type the value.'],
      [true, '“true” is a tick box value, not a number.'],
      ['', 'The task has no hours. Type the hours spent, e.g. 1.5.'],
    ];
    for (const [hours, message] of cases) {
      const raw = sheet();
      raw.Tasks![2]![5] = hours;
      const t = readTracker(raw, OSLO);
      expect(plain(t.diagnostics), String(hours)).toEqual([
        { sheet: 'Tasks', row: 3, column: 'Hours', message, severity: 'error', client: 'Fjord Bakery' },
      ]);
      expect(t.tasks.map((x) => x.row)).toEqual([2, 4, 5]);
    }
  });

  it('accepts hours typed as plain text digits, and 0 and 24', () => {
    const raw = sheet();
    raw.Tasks![1]![5] = ' 1.25 ';
    raw.Tasks![2]![5] = 0;
    raw.Tasks![3]![5] = 24;
    const t = readTracker(raw, OSLO);
    expect(t.diagnostics).toEqual([]);
    expect(t.tasks.map((x) => x.hours)).toEqual([1.25, 0, 24, 0.5]);
  });

  it('refuses a task date that is text, an error or missing', () => {
    for (const [date, message] of [
      ['31/10/2026', /is text, not a date/],
      ['#REF!', /shows the error #REF!/],
      ['', /^The task has no date/],
    ] as const) {
      const raw = sheet();
      raw.Tasks![1]![0] = date;
      const t = readTracker(raw, OSLO);
      expect(plain(t.diagnostics), date).toEqual([
        {
          sheet: 'Tasks',
          row: 2,
          column: 'Date',
          message: expect.stringMatching(message),
          severity: 'error',
          client: 'Fjord Bakery',
        },
      ]);
    }
  });

  it('reports every problem of a row, each with the client', () => {
    const raw = sheet();
    raw.Tasks![1] = ['soon', 'Fjord Bakery', 'x', '', 'Z', 'lots', '', '', 'maybe', 'never', ''];
    const t = readTracker(raw, OSLO);
    const row2 = about(t, 'Tasks', 2);
    expect(row2.map((d) => d.column).sort()).toEqual(['Billable', 'Date', 'Hours', 'Mark']);
    expect(row2.every((d) => d.client === 'Fjord Bakery' && d.severity === 'error')).toBe(true);
  });

  it('keeps a task with a bad optional date, with a warning', () => {
    const raw = sheet();
    raw.Tasks![1]![9] = 'tomorrow';
    const t = readTracker(raw, OSLO);
    expect(t.tasks[0]).toMatchObject({ row: 2, deadline: null });
    expect(plain(t.diagnostics)).toEqual([
      {
        sheet: 'Tasks',
        row: 2,
        column: 'Deadline',
        message: expect.stringContaining('is text, not a date'),
        severity: 'warning',
        client: 'Fjord Bakery',
      },
    ]);
  });

  it('reads the task date in the spreadsheet’s zone', () => {
    const raw = sheet();
    raw.Tasks![1]![0] = new Date(Date.UTC(2026, 9, 31, 23, 30));
    expect(readTracker(raw, OSLO).tasks[0]!.date).toBe('2026-11-01');
    expect(readTracker(raw, 'America/New_York').tasks[0]!.date).toBe('2026-10-31');
  });
});

describe('clients', () => {
  it('refuses duplicate client names, ignoring case, and a row with no name', () => {
    const raw = sheet();
    raw.Clients!.push(
      ['FJORD BAKERY', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['', 'Somebody', '', '', '', '', '', '', '', '', '', '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.clients).toHaveLength(3);
    expect(about(t, 'Clients')).toEqual([
      {
        sheet: 'Clients',
        row: 5,
        column: 'Client',
        message:
          '“FJORD BAKERY” is already in row 2. Client names must be unique: rename or delete this row.',
        severity: 'error',
        client: 'FJORD BAKERY',
      },
      {
        sheet: 'Clients',
        row: 6,
        column: 'Client',
        message: 'The row has no client name. Type the client’s name, or clear the row.',
        severity: 'error',
      },
    ]);
  });

  it('keeps a client with bad optional fields, with warnings that carry the client and say what is used', () => {
    const raw = sheet();
    raw.Clients![1] = [
      'Fjord Bakery',
      '',
      '',
      'de',
      'KRONER',
      '950 kr',
      7.5,
      'daily',
      'Oslo',
      'gone',
      '',
      '#N/A',
      'soon',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.clients[0]).toMatchObject({
      name: 'Fjord Bakery',
      language: '',
      currency: 'EUR',
      hourlyRate: null,
      paymentTermsDays: 14,
      cadence: 'none',
      status: 'active',
      newRate: null,
      newRateFrom: null,
    });
    const d = about(t, 'Clients', 2);
    expect(d.map((x) => x.column)).toEqual([
      'Language',
      'Currency',
      'Hourly rate',
      'Payment terms (days)',
      'Update cadence',
      'Status',
      'Time zone',
      'New hourly rate',
      'New rate from',
    ]);
    expect(d.every((x) => x.severity === 'warning' && x.client === 'Fjord Bakery')).toBe(true);
    expect(d[0]!.message).toBe(
      '“de” is not one of en, nb, is, he, ja. en (Settings › Default language) is used.',
    );
    expect(d[3]!.message).toBe('7.5 is not a whole number of days. 14 days are used.');
  });
});

describe('goals', () => {
  it('refuses an empty goal and a duplicate goal of the same client, allows the same text for two clients', () => {
    const raw = sheet();
    raw.Goals!.push(
      ['Fjord Bakery', '500 New Email Subscribers', 3, '', '', '', '', '', ''],
      ['Fjord Bakery', '', 1, '', '', '', '', '', ''],
      ['Hekla Tours', '500 new email subscribers', 2, '', '', '', '', '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.goals.map((g) => g.row)).toEqual([2, 3, 4, 7]);
    expect(about(t, 'Goals').map((d) => [d.row, d.column, d.severity, d.client])).toEqual([
      [5, 'Goal', 'error', 'Fjord Bakery'],
      [6, 'Goal', 'error', 'Fjord Bakery'],
    ]);
    expect(about(t, 'Goals', 5)[0]!.message).toContain('already in row 2');
  });

  it('keeps a goal with bad numbers and puts an unranked goal last', () => {
    const raw = sheet();
    raw.Goals![1] = [
      'Fjord Bakery',
      '500 new email subscribers',
      '',
      'five hundred',
      '',
      '1,5',
      '',
      'Dec',
      'won',
    ];
    const t = readTracker(raw, OSLO);
    expect(t.goals[0]).toMatchObject({
      priority: Number.MAX_SAFE_INTEGER,
      target: null,
      baseline: null,
      due: null,
      status: 'open',
    });
    expect(
      about(t, 'Goals', 2)
        .map((d) => d.column)
        .sort(),
    ).toEqual(['Baseline', 'Due', 'Priority', 'Status', 'Target']);
    expect(about(t, 'Goals', 2).every((d) => d.severity === 'warning' && d.client === 'Fjord Bakery')).toBe(
      true,
    );
  });
});

describe('invoices', () => {
  it('refuses duplicate invoice numbers (without case) and names the first row', () => {
    const raw = sheet();
    raw.Invoices!.push(['2026-001', 'Hekla Tours', day('2026-10-20'), 100, '', '', '', '', '', '', '']);
    const t = readTracker(raw, OSLO);
    expect(t.invoices.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(about(t, 'Invoices')).toEqual([
      {
        sheet: 'Invoices',
        row: 5,
        column: 'Invoice',
        message: 'Invoice “2026-001” is already in row 2. Invoice numbers must be unique.',
        severity: 'error',
        client: 'Hekla Tours',
      },
    ]);
  });

  it('refuses an invoice with no number, issue date or amount, or a bad stage or currency', () => {
    const raw = sheet();
    raw.Invoices!.push(
      ['', 'Hekla Tours', day('2026-10-20'), 100, '', '', '', '', '', '', ''],
      ['2026-010', 'Hekla Tours', '', 100, '', '', '', '', '', '', ''],
      ['2026-011', 'Hekla Tours', day('2026-10-20'), '', '', '', '', '', '', '', ''],
      ['2026-012', 'Hekla Tours', day('2026-10-20'), -5, '', '', '', '', '', '', ''],
      ['2026-013', 'Hekla Tours', day('2026-10-20'), 100, 'XYZ', '', '', '', 4, '', ''],
    );
    const t = readTracker(raw, OSLO);
    expect(t.invoices.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(about(t, 'Invoices').map((d) => [d.row, d.column])).toEqual([
      [5, 'Invoice'],
      [6, 'Issued'],
      [7, 'Amount'],
      [8, 'Amount'],
      [9, 'Reminder stage'],
      [9, 'Currency'],
    ]);
    expect(about(t, 'Invoices').every((d) => d.severity === 'error' && d.client === 'Hekla Tours')).toBe(
      true,
    );
  });

  it('refuses a computed Due past the year 9999 instead of throwing', () => {
    const raw = sheet();
    raw.Clients![1]![6] = 1e12;
    const t = readTracker(raw, OSLO);
    expect(about(t, 'Invoices', 2)).toEqual([
      {
        sheet: 'Invoices',
        row: 2,
        column: 'Due',
        message: expect.stringContaining('past the year 9999'),
        severity: 'error',
        client: 'Fjord Bakery',
      },
    ]);
    expect(t.invoices.map((i) => i.row)).toEqual([3, 4]);
  });
});

describe('settings', () => {
  const withSetting = (name: string, value: unknown) => {
    const raw = sheet();
    const line = raw.Settings!.find((l) => l[0] === name)!;
    line[1] = value;
    return readTracker(raw, OSLO);
  };

  it('reads reminder days, also when Sheets gives a number', () => {
    expect(withSetting('Reminder days', '1, 7, 14').settings.reminderDays).toEqual([1, 7, 14]);
    expect(withSetting('Reminder days', '3;10 ; 30').settings.reminderDays).toEqual([3, 10, 30]);
    expect(withSetting('Reminder days', 5).settings.reminderDays).toEqual([5]);
  });

  it('warns about bad reminder days and falls back to 1, 7, 14', () => {
    for (const bad of ['14, 7, 1', 'one, two', '1, 1.5, 3', '-1, 3', '1, 1, 2']) {
      const t = withSetting('Reminder days', bad);
      expect(t.settings.reminderDays, bad).toEqual([1, 7, 14]);
      const row = 2 + SETTING_ROWS.findIndex((s) => s.key === 'reminderDays');
      expect(plain(t.diagnostics), bad).toEqual([
        {
          sheet: 'Settings',
          row,
          column: 'Value',
          message: expect.stringMatching(
            /^Reminder days: .* should be whole days after the due date in rising order/,
          ),
          severity: 'warning',
        },
      ]);
    }
  });

  it('reads score weights in any order and case', () => {
    expect(withSetting('Score weights', 'goal 1, A 0.5, B 0').settings.scoreWeights).toEqual({
      goal: 1,
      a: 0.5,
      b: 0,
    });
    expect(withSetting('Score weights', 'b: 0.2; a=0.7, GOAL 1').settings.scoreWeights).toEqual({
      goal: 1,
      a: 0.7,
      b: 0.2,
    });
  });

  it('warns about bad score weights and uses the default', () => {
    for (const bad of ['goal 1, A 0.5', 'goal 0, A 0, B 0', 'goal one, A 1, B 0', 'goal -1, A 1, B 0']) {
      const t = withSetting('Score weights', bad);
      expect(t.settings.scoreWeights, bad).toEqual({ goal: 1, a: 1, b: 0 });
      expect(
        t.diagnostics.map((d) => [d.sheet, d.severity, d.message.startsWith('Score weights:')]),
        bad,
      ).toEqual([['Settings', 'warning', true]]);
    }
  });

  it('reads language and currency without case and warns about unknown ones', () => {
    expect(withSetting('Default language', 'NB').settings.defaultLanguage).toBe('nb');
    expect(withSetting('Default currency', 'nok').settings.defaultCurrency).toBe('NOK');
    const badLang = withSetting('Default language', 'de');
    expect(badLang.settings.defaultLanguage).toBe('en');
    expect(badLang.diagnostics).toHaveLength(1);
    const badCurrency = withSetting('Default currency', 'Euro');
    expect(badCurrency.settings.defaultCurrency).toBe('EUR');
    expect(badCurrency.diagnostics[0]).toMatchObject({
      sheet: 'Settings',
      column: 'Value',
      severity: 'warning',
    });
  });

  it('gives clients with no currency the default currency', () => {
    const raw = sheet();
    raw.Settings!.find((l) => l[0] === 'Default currency')![1] = 'NOK';
    raw.Clients![2]![4] = '';
    const t = readTracker(raw, OSLO);
    expect(t.clients[1]!.currency).toBe('NOK');
    expect(t.invoices[1]!.currency).toBe('NOK');
  });

  it('finds settings by name without case or spacing, and keeps the first of a repeated name', () => {
    const t = readTracker(
      {
        Settings: [
          ['Setting', 'Value'],
          ['  your NAME ', 'Ada'],
          ['Your name', 'Bob'],
          ['Report folder', ''],
        ],
      },
      OSLO,
    );
    expect(t.settings.yourName).toBe('Ada');
    expect(t.settings.reportFolder).toBe('Freelance Value Tracker reports');
    expect(t.settings.businessName).toBe('');
    expect(t.diagnostics).toEqual([]);
  });
});

describe('helpers', () => {
  it('columnLetter counts like Sheets', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('parseWeights needs all three', () => {
    expect(parseWeights('goal 2, a 1, b 0.5')).toEqual({ goal: 2, a: 1, b: 0.5 });
    expect(parseWeights('goal 2, a 1')).toBeNull();
    expect(parseWeights('')).toBeNull();
  });
});

describe('client on diagnostics', () => {
  it('every row diagnostic of a tab with a Client column carries the client when the row names one', () => {
    const raw = sheet();
    raw.Tasks!.push([
      day('2026-10-09'),
      'Hekla Tours',
      'x',
      'Online orders up 20%',
      'A',
      30,
      '',
      '',
      'n',
      'x',
      'y',
    ]);
    raw.Goals!.push(['Hekla Tours', 'Whale watching', 'first', 'many', '', '', '', 'later', 'maybe']);
    raw.Invoices!.push(['2026-003', 'Sakura Design', 'today', 'much', 'yen', 'later', 'x', '', 9, 'y', '']);
    const t = readTracker(raw, OSLO);
    const rowDiagnostics = t.diagnostics.filter((d: Diagnostic) => d.row > 1 && d.sheet !== 'Settings');
    expect(rowDiagnostics.length).toBeGreaterThan(10);
    for (const d of rowDiagnostics)
      expect(d.client, `${d.sheet} ${d.row} ${d.column}`).toMatch(/^(Hekla Tours|Sakura Design)$/);
  });
});
