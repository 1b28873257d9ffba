// A tracking sheet built to trip rule formulas: names with * ? ~ " and quotes, formula-like text,
// blank rows, a client named like a header, duplicate names. Shared by the engine tests and by
// scripts/flags-in-libreoffice.ts, so both check the same rows (here, as scripts never import tests).

import type { Runtime } from '../runtime/runtime';

/** The day the sheet is played on: the overdue rows below are overdue as of it. */
export const HOSTILE_TODAY = '2026-11-22';

/** Set up (no sample) and fill the tabs. Today must be 2026-11-22 for the overdue rows below. */
export function writeHostileSheet(runtime: Runtime): void {
  runtime.run('setupTrackingSheet', { sample: false });
  const ss = runtime.spreadsheet;
  const day = (d: string) => new Date(`${d}T00:00:00+01:00`);
  const ann = 'Ann "The Hammer" O’Neil';
  // Clients: Client, Contact, Email, Language, Currency, Hourly rate, Payment terms (G).
  ss.rawWrite('Clients', 2, 1, [
    [ann, '', 'ann@example.com', 'en', 'EUR', 100, 30],
    ['Star*', '', '', 'en', 'EUR', 100, ''],
    ['Star?', '', '', 'en', 'EUR', 100, 0],
    ['=1+1', '', '', 'en', 'EUR', 100, 'abc'],
    ['star*', '', '', 'en', 'EUR', 100, ''],
    ['', '', '', '', '', '', ''],
    ['Client', '', '', 'en', 'EUR', 100, 14],
    ['Sta~r', '', '', 'en', 'EUR', 100, 14],
  ]);
  // Goals: Client, Goal.
  ss.rawWrite('Goals', 2, 1, [
    [ann, 'Grow "reach"'],
    ['Star*', 'Grow "reach"'],
    ['Star?', 'Ship ~v2*'],
    ['=1+1', '=2+2'],
  ]);
  // Tasks: Date, Client, Task, Goal, Mark, Hours.
  const task = (client: string, goal: string, mark: string) => [
    day('2026-11-02'),
    client,
    'work',
    goal,
    mark,
    1,
  ];
  ss.rawWrite('Tasks', 2, 1, [
    task(ann, 'Grow "reach"', ''), // 2 fine
    task('Star*', 'Grow "reach"', ''), // 3 fine: Star* has this goal too
    task('Star?', 'Grow "reach"', ''), // 4 a goal of other clients
    task('Star?', 'Ship ~v2*', ''), // 5 fine
    task('Star*', 'Ship ~v2*', ''), // 6 a goal of Star?, not of Star* (no wildcards)
    ['', '', '', '', '', ''], // 7 blank
    task('=1+1', '=2+2', ''), // 8 fine, formula-like text
    task('Client', 'Goal', ''), // 9 no such goal (the Goals header row is not a goal)
    task(ann, '', ''), // 10 neither goal nor mark
    task(ann, 'Grow "reach"', 'A'), // 11 both
    task(ann, '', 'B'), // 12 fine
    task(ann, 'grow "REACH"', ''), // 13 fine: goals match whatever the case
    task('Sta~r', 'Ship ~v2*', ''), // 14 a goal of Star?
  ]);
  // Invoices: Invoice, Client, Issued, Amount, Currency, Due, Paid on. Today is 2026-11-22.
  ss.rawWrite('Invoices', 2, 1, [
    ['INV-1', ann, day('2026-10-01'), 100, '', '', ''], // 2 +30 days: 10-31, overdue
    ['INV-2', 'Star*', day('2026-11-01'), 100, '', '', ''], // 3 blank terms, 14: 11-15, overdue
    ['INV-3', 'Star*', day('2026-11-10'), 100, '', '', ''], // 4 11-24, not yet
    ['INV-4', '=1+1', day('2026-11-05'), 100, '', '', ''], // 5 terms "abc" read as 14: 11-19, overdue
    ['INV-5', ann, day('2026-11-01'), 100, '', day('2026-12-01'), ''], // 6 due later
    ['INV-6', ann, day('2026-09-01'), 100, '', '', day('2026-09-20')], // 7 paid
    ['INV-7', 'Nobody', day('2026-11-01'), 100, '', '', ''], // 8 unknown client, 14: overdue
    ['', '', '', '', '', '', ''], // 9 blank
    ['INV-8', 'Star?', day('2026-10-20'), 100, '', '', ''], // 10 terms 0: due the day issued
    ['INV-9', 'Sta~r', day('2026-11-09'), 100, '', '', ''], // 11 14 days: 11-23, not yet
  ]);
}

/** The rows each flag should colour on the hostile sheet, by flag marker. */
export const HOSTILE_FLAGS: Record<string, number[]> = {
  'fvt:task-no-goal-or-mark': [10],
  'fvt:task-goal-and-mark': [11],
  'fvt:task-goal-other-client': [4, 6, 9, 14],
  'fvt:client-duplicate': [3, 6],
  'fvt:invoice-overdue': [2, 3, 5, 8, 10],
};
