// Classifying a month's tasks that have neither goal nor mark: what is listed, in which order, and
// how the choices become cell writes that never overwrite a row changed in the meantime.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClassifyChoice,
  planClassify,
  rowVersion,
  unclassifiedTasks,
  writeBatches,
} from '../../../src/domain/method/classify';
import { type RawTabs, readTracker } from '../../../src/domain/read-tracker';
import { SETTING_ROWS } from '../../../src/domain/tabs';

const OSLO = 'Europe/Oslo';
/** Midnight in Oslo in winter, as Sheets stores a date-only cell there. */
const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

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
];

function workbook(tasks: unknown[][]): RawTabs {
  return {
    Settings: [['Setting', 'Value'], ...SETTING_ROWS.map((s) => [s.name, s.defaultValue])],
    Clients: [
      ['Client', 'Language'],
      ['Hekla Tours', 'is'],
      ['Fjord Bakery', 'nb'],
      ['Sakura Design', 'ja'],
    ],
    Goals: [
      ['Client', 'Goal', 'Priority', 'Status'],
      ['Fjord Bakery', 'Online orders up 20%', 2, 'open'],
      ['Fjord Bakery', '500 new email subscribers', 1, 'open'],
      ['Fjord Bakery', 'A loyalty card', '', 'open'],
      ['Hekla Tours', 'Bookings from Germany', 1, 'achieved'],
      ['Fjord Bakery', '=2027 launch', 3, 'open'],
    ],
    Tasks: [TASK_HEADER, ...tasks],
  };
}

function setUp(tasks: unknown[][]) {
  const raw = workbook(tasks);
  const tracker = readTracker(raw, OSLO);
  return { raw, tracker, values: raw.Tasks as unknown[][] };
}

const SAMPLE = [
  [day('2026-11-03'), 'Fjord Bakery', 'Newsletter form', '', '', 2, '', '', true], // row 2
  [day('2026-11-02'), 'hekla  TOURS', 'German landing page', '', '', 1.5, '', '', true], // row 3
  [day('2026-11-01'), 'Fjord Bakery', 'Checkout fix', '500 new email subscribers', '', 1, '', '', true], // row 4: has a goal
  [day('2026-11-02'), 'Fjord Bakery', 'Invoice chase', '', 'B', 0.5, '', '', false], // row 5: has a mark
  [day('2026-10-31'), 'Fjord Bakery', 'October work', '', '', 1, '', '', true], // row 6: other month
  [day('2026-11-01'), 'Fjord Bakery', 'Menu photos', '', '', 'two', '', '', true], // row 7: bad hours
  [day('2026-11-05'), 'Unknown Ltd', 'Pitch', '', '', 1, '', '', false], // row 8: unknown client
  [day('2026-11-01'), 'Fjord Bakery', 'Menu copy', '', '', 3, '', '', true], // row 9
  ['', '', '', '', '', '', '', '', ''], // row 10: blank
  ['2026-11-04', 'Sakura Design', '=HYPERLINK("x")', '', '', 1, '', '', ''], // row 11: date as text
];

describe('unclassifiedTasks', () => {
  it('lists the month’s tasks with neither goal nor mark, grouped by client in the Clients order', () => {
    const { values, tracker } = setUp(SAMPLE);
    const list = unclassifiedTasks(values, tracker, '2026-11', OSLO);
    expect(list.month).toBe('2026-11');
    expect(list.groups.map((g) => g.client)).toEqual(['Hekla Tours', 'Fjord Bakery', 'Sakura Design']);
    const fjord = list.groups[1]!;
    // By date, then row; the unreadable Hours is listed (classifying fixes one of its problems).
    expect(fjord.tasks.map((t) => [t.row, t.date, t.task, t.hours])).toEqual([
      [7, '2026-11-01', 'Menu photos', null],
      [9, '2026-11-01', 'Menu copy', 3],
      [2, '2026-11-03', 'Newsletter form', 2],
    ]);
    expect(list.groups[0]!.tasks.map((t) => t.row)).toEqual([3]);
    expect(list.groups[2]!.tasks.map((t) => [t.row, t.task])).toEqual([[11, '=HYPERLINK("x")']]);
    expect(list.unknownClient).toBe(1);
  });

  it('offers each client’s goals by priority, unranked last, with their status', () => {
    const { values, tracker } = setUp(SAMPLE);
    const list = unclassifiedTasks(values, tracker, '2026-11', OSLO);
    expect(list.groups[1]!.goals).toEqual([
      { goal: '500 new email subscribers', priority: 1, status: 'open' },
      { goal: 'Online orders up 20%', priority: 2, status: 'open' },
      { goal: '=2027 launch', priority: 3, status: 'open' },
      { goal: 'A loyalty card', priority: null, status: 'open' },
    ]);
    expect(list.groups[0]!.goals).toEqual([
      { goal: 'Bookings from Germany', priority: 1, status: 'achieved' },
    ]);
    expect(list.groups[2]!.goals).toEqual([]);
  });

  it('lists nothing for a month without such tasks, and refuses a tab it cannot read', () => {
    const { values, tracker } = setUp(SAMPLE);
    expect(unclassifiedTasks(values, tracker, '2026-12', OSLO).groups).toEqual([]);
    expect(() => unclassifiedTasks(null, tracker, '2026-11', OSLO)).toThrow(/Tasks tab is missing/);
    const noMark = values.map((line) => line.filter((_, i) => i !== 4));
    expect(() => unclassifiedTasks(noMark, tracker, '2026-11', OSLO)).toThrow(/Mark/);
    expect(() => unclassifiedTasks(values, tracker, '2026-13', OSLO)).toThrow(/month/);
  });

  it('finds the columns by header wherever they stand, below a title row too', () => {
    const order = [5, 0, 4, 1, 3, 2, 6, 7, 8];
    const moved = [['My time log'], ...[TASK_HEADER, ...SAMPLE].map((line) => order.map((i) => line[i]))];
    const { tracker } = setUp(SAMPLE);
    const list = unclassifiedTasks(moved, tracker, '2026-11', OSLO);
    expect(list.groups[1]!.tasks.map((t) => [t.row, t.task])).toEqual([
      [8, 'Menu photos'],
      [10, 'Menu copy'],
      [3, 'Newsletter form'],
    ]);
  });
});

describe('planClassify', () => {
  const chosen = (values: unknown[][], row: number, choice: Omit<ClassifyChoice, 'row' | 'version'>) => ({
    row,
    version: rowVersion(values[row - 1]!),
    ...choice,
  });

  it('writes only the chosen Goal or Mark cell of each row, the goal as its client spells it, as text', () => {
    const { values, tracker } = setUp(SAMPLE);
    const plan = planClassify(
      values,
      tracker,
      [
        chosen(values, 2, { goal: '500 NEW email  subscribers' }),
        chosen(values, 3, { mark: 'A' }),
        chosen(values, 9, { goal: '=2027 launch' }),
        chosen(values, 7, { mark: 'B' }),
      ],
      OSLO,
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.writes).toEqual([
      { row: 2, column: 3, value: "'500 new email subscribers" },
      { row: 3, column: 4, value: 'A' },
      { row: 9, column: 3, value: "'=2027 launch" },
      { row: 7, column: 4, value: 'B' },
    ]);
    expect(writeBatches(plan.writes)).toEqual([
      { a1: ['D2'], value: "'500 new email subscribers" },
      { a1: ['E3'], value: 'A' },
      { a1: ['D9'], value: "'=2027 launch" },
      { a1: ['E7'], value: 'B' },
    ]);
  });

  it('skips a row changed since it was listed, and says why', () => {
    const { values, tracker } = setUp(SAMPLE);
    const choices = [
      chosen(values, 2, { mark: 'A' }),
      chosen(values, 3, { mark: 'A' }),
      chosen(values, 9, { mark: 'B' }),
      chosen(values, 7, { mark: 'B' }),
    ];
    const now = values.map((line) => [...line]);
    now[1]![4] = 'B'; // row 2 classified by hand meanwhile
    now[2]![5] = 2; // row 3's hours edited
    now.splice(4, 0, [day('2026-11-20'), 'Fjord Bakery', 'New', '', '', 1]); // a row inserted above 7 and 9
    const plan = planClassify(now, tracker, choices, OSLO);
    expect(plan.writes).toEqual([]);
    expect(plan.skipped).toEqual([
      { row: 2, reason: 'changed' },
      { row: 3, reason: 'changed' },
      { row: 9, reason: 'changed' },
      { row: 7, reason: 'changed' },
    ]);
  });

  it('skips a row that is gone, the header, a goal of another client, a choice twice or none', () => {
    const { values, tracker } = setUp(SAMPLE);
    const plan = planClassify(
      values,
      tracker,
      [
        { row: 40, version: rowVersion([]), mark: 'A' },
        { row: 1, version: rowVersion(values[0]!), mark: 'A' },
        chosen(values, 3, { goal: 'Online orders up 20%' }),
        chosen(values, 2, { mark: 'A' }),
        chosen(values, 2, { mark: 'B' }),
        chosen(values, 9, {}),
        chosen(values, 7, { goal: 'A loyalty card', mark: 'A' }),
        { row: 9, version: rowVersion(values[8]!), mark: 'C' as 'A' },
        null as unknown as ClassifyChoice,
        { row: '2', version: rowVersion(values[1]!), mark: 'A' } as unknown as ClassifyChoice,
      ],
      OSLO,
    );
    expect(plan.writes).toEqual([{ row: 2, column: 4, value: 'A' }]);
    expect(plan.skipped).toEqual([
      { row: 40, reason: 'changed' },
      { row: 1, reason: 'changed' },
      { row: 3, reason: 'notAGoal' },
      { row: 2, reason: 'twice' },
      { row: 9, reason: 'noChoice' },
      { row: 7, reason: 'noChoice' },
      { row: 9, reason: 'noChoice' },
      { row: '2', reason: 'changed' },
    ]);
  });

  it('a saved month lists nothing more, and the reader no longer flags those rows', () => {
    const { values, tracker } = setUp(SAMPLE);
    const list = unclassifiedTasks(values, tracker, '2026-11', OSLO);
    const choices = list.groups.flatMap((g) =>
      g.tasks.map((t) =>
        g.goals[0]
          ? { row: t.row, version: t.version, goal: g.goals[0].goal }
          : { row: t.row, version: t.version, mark: 'B' as const },
      ),
    );
    const plan = planClassify(values, tracker, choices, OSLO);
    expect(plan.skipped).toEqual([]);
    const after = values.map((line) => [...line]);
    for (const w of plan.writes) after[w.row - 1]![w.column] = w.value.replace(/^'/, '');
    expect(unclassifiedTasks(after, tracker, '2026-11', OSLO).groups).toEqual([]);
    const flagged = readTracker({ ...workbook(after.slice(1)) }, OSLO).diagnostics.filter((d) =>
      d.says.some((s) => s.key === 'noGoalNoMark'),
    );
    // Only the other month's row and the unknown client's row are still without goal or mark.
    expect(flagged.map((d) => d.row)).toEqual([6, 8]);
  });

  it('forty entries: the writes take one call per distinct choice, whatever the number of rows', () => {
    const many = Array.from({ length: 40 }, (_, i) => [
      day(`2026-11-${String((i % 28) + 1).padStart(2, '0')}`),
      i % 2 ? 'Fjord Bakery' : 'Hekla Tours',
      `Entry ${i}`,
      '',
      '',
      0.25 * (i + 1),
    ]);
    const { values, tracker } = setUp(many);
    const list = unclassifiedTasks(values, tracker, '2026-11', OSLO);
    expect(list.groups.map((g) => g.tasks.length)).toEqual([20, 20]);
    const choices = list.groups.flatMap((g) =>
      g.tasks.map((t, i) => ({
        row: t.row,
        version: t.version,
        ...(i % 3 === 0
          ? { goal: g.goals[0]!.goal }
          : { mark: i % 3 === 1 ? ('A' as const) : ('B' as const) }),
      })),
    );
    const plan = planClassify(values, tracker, choices, OSLO);
    expect(plan.writes).toHaveLength(40);
    const batches = writeBatches(plan.writes);
    expect(batches.map((b) => b.value).sort()).toEqual([
      "'500 new email subscribers",
      'A',
      'B',
      'Bookings from Germany',
    ]);
    expect(batches.reduce((n, b) => n + b.a1.length, 0)).toBe(40);
  });
});

describe('rowVersion', () => {
  it('tells apart what getValues tells apart, and ignores blank cells added at the end', () => {
    expect(rowVersion([1, 'a'])).toBe(rowVersion([1, 'a', '', '']));
    expect(rowVersion([1, 'a'])).not.toBe(rowVersion(['1', 'a']));
    expect(rowVersion([true])).not.toBe(rowVersion(['true']));
    expect(rowVersion([day('2026-11-01')])).not.toBe(rowVersion([day('2026-11-02')]));
    expect(rowVersion(['a', ''])).not.toBe(rowVersion(['', 'a']));
    expect(rowVersion(['ab', 'c'])).not.toBe(rowVersion(['a', 'bc']));
    expect(rowVersion([day('2026-11-01')])).toMatch(/^[0-9a-f]{16}$/);
  });

  it('any change to one cell changes the version (property)', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean());
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.nat(), cell, (line, at, value) => {
        const i = at % line.length;
        const changed = [...line];
        changed[i] = value;
        fc.pre(rowVersionInput(changed) !== rowVersionInput(line));
        expect(rowVersion(changed)).not.toBe(rowVersion(line));
      }),
    );
  });
});

/** What rowVersion hashes, spelled out, to state the property without trusting the hash. */
function rowVersionInput(line: unknown[]): string {
  const trimmed = [...line];
  while (
    trimmed.length &&
    (trimmed[trimmed.length - 1] === '' ||
      (typeof trimmed[trimmed.length - 1] === 'string' && String(trimmed[trimmed.length - 1]).trim() === ''))
  )
    trimmed.pop();
  return JSON.stringify(
    trimmed.map((c) => (typeof c === 'string' && c.trim() === '' ? '' : [typeof c, String(c)])),
  );
}
