// Reading the tracking tabs: a clean sheet, and every rule that leaves a row out.

import { describe, expect, it } from 'vitest';
import { readTracker } from '../../src/domain/read-tracker';
import type { Diagnostic } from '../../src/domain/types';
import { INVOICE_HEADER, OSLO, TASK_HEADER, about, day, plain, sheet } from '../support/tracker-sheet';

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
      address: '',
      country: '',
      orgNumber: '',
      vatNumber: '',
      taxTreatment: '',
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
      sentOn: null,
      creditOf: null,
      withdrawnOn: null,
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
