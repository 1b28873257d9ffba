// Property tests: readTracker on hostile sheets never throws, never drops a row silently, counts
// hours exactly from the cells it used, and leaves its input untouched.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RawTabs, readTracker } from '../../src/domain/read-tracker';
import {
  CLIENTS,
  GOALS,
  INVOICES,
  SETTING_ROWS,
  SETTINGS,
  TASKS,
  type TabName,
  type TabSpec,
  findHeaderRow,
  normalizeHeader,
} from '../../src/domain/tabs';
import { sayPieces, sayText } from '../../src/domain/problems/render';
import { LANGUAGES, type Tracker } from '../../src/domain/types';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 200);

// ---- cells -------------------------------------------------------------------------------------

const SHEET_ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#ERROR!'];
const DATE_TEXTS = [
  '31/10/2026',
  '10/31/2026',
  'Oct 31, 2026',
  '2026-13-01',
  '2026-02-30',
  '2026-10-31',
  ' 2028-02-29 ',
  '2026-10-31T10:00:00Z',
  '31.10.2026',
  '2026年10月31日',
];
const NUMBER_TEXTS = [
  '1,5',
  ' 12.5 ',
  '1 000',
  '1e3',
  '.5',
  '+2',
  '-0',
  '12 hours',
  '٣',
  '１２',
  'NaN',
  'Infinity',
];
const ODD_TEXTS = [
  '=1+1',
  '+1',
  '-1',
  '@x',
  '=IMPORTXML("http://x","//a")',
  '\u200f',
  '\u200fAcme',
  'Acme\u200f',
  '🚀',
  '👩‍💻 work',
  '\u0000',
  'a\nb',
  '   ',
  '\t',
  '__proto__',
  'constructor',
  'TRUE',
  'false',
];

const longText = fc
  .integer({ min: 0, max: 50_000 })
  .map((n) => 'Lørem 🙂 שלום '.repeat(Math.ceil(n / 14)).slice(0, n));

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom(...NUMBER_TEXTS),
  fc.date({ noInvalidDate: true }),
  fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(...DATE_TEXTS),
  fc.constantFrom(...SHEET_ERRORS),
  fc.boolean(),
  fc.constant(''),
  { arbitrary: longText, weight: 1 },
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...ODD_TEXTS),
);

const CLIENT_NAMES = [
  'Acme',
  'ACME',
  'acme ',
  'Ac\u200bme',
  'Acme\u000b',
  '\u0007Acme',
  'Fjord\u00a0Bakery',
  'Fjord Bakery',
  'שלום בע״מ',
  '東京デザイン',
  '🚀 Rockets',
  `${'Long shared prefix '.repeat(20)}A`,
  `${'Long shared prefix '.repeat(20)}B`,
];
const GOAL_TEXTS = ['Grow list', 'grow LIST', 'More sales', '500 new email subscribers'];
const dayCell = fc.oneof(
  fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  fc.constantFrom('2026-10-31', '2026-02-28', ''),
);

/** Values a freelancer would plausibly type in each column, so that many rows parse. */
function plausible(key: string): fc.Arbitrary<unknown> {
  switch (key) {
    case 'client':
      return fc.oneof(
        { arbitrary: fc.constantFrom('Acme', 'acme ', 'Fjord Bakery'), weight: 4 },
        { arbitrary: fc.constantFrom(...CLIENT_NAMES, ''), weight: 1 },
      );
    case 'goal':
      return fc.oneof(
        { arbitrary: fc.constantFrom('Grow list', 'grow LIST', 'More sales'), weight: 3 },
        { arbitrary: fc.constantFrom(...GOAL_TEXTS), weight: 1 },
        { arbitrary: fc.constant(''), weight: 5 },
      );
    case 'mark':
      return fc.constantFrom('A', 'B', 'b', '', '', 'C');
    case 'hours':
      return fc.oneof(
        fc.double({ min: -2, max: 30, noNaN: true }),
        fc.integer({ min: 0, max: 24 }),
        fc.constantFrom('1.5', ' 2 ', '24', '0', ''),
      );
    case 'billable':
      return fc.constantFrom(true, false, '', 'TRUE');
    case 'invoice':
      return fc.constantFrom('1', '2', 'INV-3', 'inv-3', 1, '');
    case 'amount':
    case 'hourlyRate':
    case 'newRate':
    case 'target':
    case 'baseline':
    case 'current':
      return fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), fc.constant(''));
    case 'priority':
    case 'paymentTerms':
    case 'reminderStage':
      return fc.oneof(fc.integer({ min: -1, max: 60 }), fc.constant(''));
    case 'currency':
      return fc.constantFrom('EUR', 'nok', 'ISK', 'JPY', 'ILS', 'XYZ', '');
    case 'language':
      return fc.constantFrom('en', 'NB', 'is', 'he', 'ja', 'de', '');
    case 'timeZone':
      return fc.constantFrom('Europe/Oslo', 'Asia/Tokyo', 'Mars/Base', '');
    case 'status':
      return fc.constantFrom('active', 'paused', 'ended', 'open', 'achieved', 'dropped', 'x', '');
    case 'cadence':
      return fc.constantFrom('weekly', 'monthly', 'none', 'daily', '');
    case 'setting':
      return fc.constantFrom(...SETTING_ROWS.map((s) => s.name), 'your NAME', 'Unknown setting', '');
    case 'value':
      return fc.constantFrom(
        '1, 7, 14',
        '14, 7',
        'goal 1, A 0.5, B 0',
        'goal 0, A 0, B 0',
        'nb',
        'NOK',
        'Euro',
        '',
        7,
      );
    case 'date':
    case 'issued':
    case 'due':
    case 'paidOn':
    case 'deadline':
    case 'delivered':
    case 'lastReminder':
    case 'newRateFrom':
      return dayCell;
    default:
      return fc.constantFrom('', 'some text', 'Acme');
  }
}

/** A cell of a column; `hostility` is how many in ten cells are hostile rather than plausible. */
const cellFor = (key: string | null, hostility: number) =>
  key === null
    ? hostile
    : hostility === 0
      ? plausible(key)
      : fc.oneof(
          { arbitrary: plausible(key), weight: 10 - hostility },
          { arbitrary: hostile, weight: hostility },
        );

// ---- tabs --------------------------------------------------------------------------------------

/** A header column: a spec column (possibly respelled) or one of the user's own. */
interface HeaderColumn {
  key: string | null;
  header: unknown;
}

const respell = (header: string) =>
  fc.constantFrom(
    header,
    header.toUpperCase(),
    header.toLowerCase(),
    `  ${header} `,
    header.replace(/ /g, '  '),
    header.replace(/ /g, ''),
  );

function headerArb(spec: TabSpec): fc.Arbitrary<HeaderColumn[]> {
  const all = spec.columns.map((c) => c.key);
  const kept = fc.oneof(
    { arbitrary: fc.shuffledSubarray(all, { minLength: all.length }), weight: 5 },
    { arbitrary: fc.shuffledSubarray(all), weight: 1 },
  );
  const extras = fc.array(
    fc.oneof(
      fc.constantFrom<HeaderColumn>(
        { key: null, header: 'My notes' },
        { key: null, header: '' },
        { key: null, header: 42 },
        { key: null, header: '#REF!' },
      ),
      // A second column with a spec header: the reader must warn and ignore it.
      fc.constantFrom(...spec.columns).map((c): HeaderColumn => ({ key: null, header: c.header })),
    ),
    { maxLength: 3 },
  );
  return fc.tuple(kept, extras, fc.array(fc.nat(), { maxLength: 3 })).chain(([keys, more, spots]) => {
    const columns = keys.map((k) => spec.columns.find((c) => c.key === k)!);
    return fc.tuple(...columns.map((c) => respell(c.header))).map((headers) => {
      const out: HeaderColumn[] = columns.map((c, i) => ({ key: c.key, header: headers[i] }));
      for (const [i, extra] of more.entries()) out.splice((spots[i] ?? 0) % (out.length + 1), 0, extra);
      return out;
    });
  });
}

/** Tidy rows that may open a tab, so that tasks often name clients and goals that exist. */
const BASE: Partial<Record<TabName, Record<string, unknown>[]>> = {
  Clients: [{ client: 'Acme' }, { client: 'Fjord Bakery', paymentTerms: 30 }],
  Goals: [
    { client: 'Acme', goal: 'Grow list' },
    { client: 'Fjord Bakery', goal: 'More sales' },
  ],
};

/** Whole rows as a careful freelancer writes them: one goal of the row's own client, or a mark. */
const COHERENT: Partial<Record<TabName, fc.Arbitrary<Record<string, unknown>>>> = {
  Tasks: fc
    .record({
      date: fc.date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      work: fc.constantFrom<[string, string, string]>(
        ['Acme', 'Grow list', ''],
        ['acme', 'grow LIST', ''],
        ['Fjord Bakery', 'More sales', ''],
        ['Acme', '', 'A'],
        ['Fjord Bakery', '', 'b'],
      ),
      hours: fc.oneof(
        fc.double({ min: 0, max: 24, noNaN: true }),
        fc.integer({ min: 0, max: 24 }),
        fc.constantFrom('1.5', ' 2 ', '24', '0', '007.25'),
      ),
      task: fc.oneof(fc.constant('Work'), hostile),
      billable: fc.constantFrom(true, false, ''),
    })
    .map(({ work: [client, goal, mark], ...rest }) => ({ ...rest, client, goal, mark })),
};

function tabArb(spec: TabSpec): fc.Arbitrary<unknown[][] | null | undefined> {
  // Some tabs are tidy and some are a mess, so that rows both parse and fail in every run.
  const present = fc.tuple(headerArb(spec), fc.constantFrom(0, 0, 1, 3, 6)).chain(([columns, hostility]) => {
    const full = fc.tuple(...columns.map((c) => cellFor(c.key, hostility))) as fc.Arbitrary<unknown[]>;
    const coherent = COHERENT[spec.name]?.map((fields) =>
      columns.map((c) => (c.key !== null && c.key in fields ? fields[c.key] : '')),
    );
    const row = fc.oneof(
      { arbitrary: full, weight: 6 },
      ...(coherent ? [{ arbitrary: coherent, weight: 4 }] : []),
      { arbitrary: fc.constant(columns.map(() => '')), weight: 1 },
      // Ragged rows: getValues never gives them, but adapters might trim.
      { arbitrary: full.chain((r) => fc.nat(r.length).map((n) => r.slice(0, n))), weight: 1 },
    );
    const base = (BASE[spec.name] ?? []).map((fields) =>
      columns.map((c) => (c.key !== null && c.key in fields ? fields[c.key] : '')),
    );
    // Rows above the header as people leave them: none, a title, blank rows.
    const above = fc.constantFrom<unknown[][]>(
      [],
      [],
      [],
      [['My table']],
      [['Clients 2026'], [], ['', '']],
      [[''], ['']],
    );
    return fc
      .tuple(fc.constantFrom(true, true, true, false), fc.array(row, { maxLength: 8, size: 'max' }), above)
      .map(([tidy, rows, top]) => [...top, columns.map((c) => c.header), ...(tidy ? base : []), ...rows]);
  });
  return fc.oneof(
    { arbitrary: present, weight: 20 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constant<unknown[][]>([]), weight: 1 },
  );
}

const SPECS: Record<'Clients' | 'Goals' | 'Tasks' | 'Invoices' | 'Settings', TabSpec> = {
  Clients: CLIENTS,
  Goals: GOALS,
  Tasks: TASKS,
  Invoices: INVOICES,
  Settings: SETTINGS,
};

const rawTabsArb: fc.Arbitrary<RawTabs> = fc
  .record({
    Clients: tabArb(CLIENTS),
    Goals: tabArb(GOALS),
    Tasks: tabArb(TASKS),
    Invoices: tabArb(INVOICES),
    Settings: tabArb(SETTINGS),
  })
  .map((tabs) => {
    // undefined stands for "not asked for": leave the key out entirely.
    const raw: RawTabs = {};
    for (const [name, values] of Object.entries(tabs) as [TabName, unknown[][] | null | undefined][])
      if (values !== undefined) raw[name] = values;
    return raw;
  });

const zoneArb = fc.constantFrom(
  'Europe/Oslo',
  'America/New_York',
  'Asia/Tokyo',
  'UTC',
  'America/Santiago',
  'Asia/Jerusalem',
);

// ---- independent oracles -----------------------------------------------------------------------

const blank = (cell: unknown) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** First column index of each spec key, as the user sees the header row. */
function firstColumns(spec: TabSpec, header: readonly unknown[]): Map<string, number> {
  const found = new Map<string, number>();
  header.forEach((cell, i) => {
    const column = spec.columns.find(
      (c) => normalizeHeader(c.header) === normalizeHeader(cell) && normalizeHeader(cell) !== '',
    );
    if (column && !found.has(column.key)) found.set(column.key, i);
  });
  return found;
}

/** Columns without which a tab's rows cannot be read. */
const REQUIRED: Record<'Clients' | 'Goals' | 'Tasks' | 'Invoices', string[]> = {
  Clients: ['client'],
  Goals: ['client', 'goal'],
  Tasks: ['date', 'client', 'hours'],
  Invoices: ['invoice', 'client', 'issued', 'amount'],
};

function parsedRows(t: Tracker, tab: keyof typeof REQUIRED): number[] {
  const list = { Clients: t.clients, Goals: t.goals, Tasks: t.tasks, Invoices: t.invoices }[tab];
  return list.map((x) => x.row);
}

/** The number an hours cell holds, computed from the raw cell alone. */
function hoursOf(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(cell)) return Number(cell);
  throw new Error(
    `a task was read from an hours cell that holds no plain number: ${String(cell).slice(0, 40)}`,
  );
}

// ---- properties --------------------------------------------------------------------------------

describe('readTracker on hostile sheets', () => {
  it('never throws and always returns a well-formed tracker', () => {
    fc.assert(
      fc.property(rawTabsArb, zoneArb, (raw, zone) => {
        const t = readTracker(raw, zone);
        for (const d of t.diagnostics) {
          expect(['Clients', 'Goals', 'Tasks', 'Invoices', 'Settings']).toContain(d.sheet);
          expect(['error', 'warning']).toContain(d.severity);
          expect(Number.isInteger(d.row) && d.row >= 1).toBe(true);
          const values = raw[d.sheet as TabName];
          if (values) expect(d.row).toBeLessThanOrEqual(Math.max(1, values.length));
          // Row numbers as Sheets shows them: a row problem is below the header row, wherever that is.
          const spec = SPECS[d.sheet as keyof typeof SPECS];
          if (values && d.scope !== 'tab' && spec && d.sheet !== 'Settings') {
            expect(d.row).toBeGreaterThanOrEqual(findHeaderRow(spec, values) + 1);
          }
          expect(typeof d.message).toBe('string');
          expect(d.message.length).toBeGreaterThan(0);
          // Cell text is quoted in short form, so a 50,000-character cell cannot flood the sidebar.
          expect(d.message.length).toBeLessThan(450);
          // Said in every UI language, each template filled: nothing left over, nothing undefined.
          expect(sayText(d.says, 'en')).toBe(d.message);
          for (const language of LANGUAGES) {
            expect(sayText(d.says, language).length).toBeLessThan(650);
            // The add-on's own words, the sheet's values left out (a cell may well hold "{0}").
            const own = sayPieces(
              d.says,
              language,
              (text) => text,
              () => '',
            ).join('');
            expect(own, `${language}: ${d.message}`).not.toMatch(/\{\w+\}|undefined|\[object/);
          }
        }
        for (const task of t.tasks) {
          expect(task.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(task.goal === '' ? task.mark !== '' : task.mark === '').toBe(true);
          expect(task.hours >= 0 && task.hours <= 24).toBe(true);
        }
        for (const invoice of t.invoices) {
          expect(invoice.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(invoice.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          // Only a credit note's row, which names the invoice it cancels, holds an amount below zero.
          expect(invoice.amount >= 0 || Boolean(invoice.creditOf)).toBe(true);
        }
        expect(t.settings.reminderDays.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads every non-blank row or reports an error on it; never both', () => {
    fc.assert(
      fc.property(rawTabsArb, zoneArb, (raw, zone) => {
        const t = readTracker(raw, zone);
        for (const tab of ['Clients', 'Goals', 'Tasks', 'Invoices'] as const) {
          const values = raw[tab];
          const rows = parsedRows(t, tab);
          const errorRows = new Set(
            t.diagnostics.filter((d) => d.sheet === tab && d.severity === 'error').map((d) => d.row),
          );
          expect(new Set(rows).size, `${tab} rows are unique`).toBe(rows.length);
          if (!(tab in raw)) {
            expect(rows).toEqual([]);
            continue;
          }
          if (!values) {
            expect(errorRows.has(1), `${tab}: missing tab reported`).toBe(true);
            expect(rows).toEqual([]);
            continue;
          }
          if (values.length === 0) {
            expect(rows).toEqual([]);
            continue;
          }
          const headerAt = findHeaderRow(SPECS[tab], values);
          if (headerAt < 0) {
            expect(errorRows.has(1), `${tab}: no header row`).toBe(true);
            expect(rows).toEqual([]);
            continue;
          }
          const columns = firstColumns(SPECS[tab], values[headerAt]!);
          const missing = REQUIRED[tab].filter((k) => !columns.has(k));
          expect(errorRows.has(headerAt + 1), `${tab}: missing ${missing.join(', ')}`).toBe(
            missing.length > 0,
          );
          if (missing.length > 0) {
            expect(rows).toEqual([]);
            continue;
          }
          for (let i = headerAt + 1; i < values.length; i++) {
            const line = values[i]!;
            const row = i + 1;
            // An unticked box holds FALSE in Sheets and on its own is no entry (issue 9).
            const boxes = new Set(
              SPECS[tab].columns
                .filter((c) => c.validation?.kind === 'checkbox')
                .map((c) => columns.get(c.key)),
            );
            const used = [...columns.values()].some(
              (c) => !blank(line[c]) && !(line[c] === false && boxes.has(c)),
            );
            const read = rows.includes(row);
            if (!used)
              expect(read || errorRows.has(row), `${tab} blank row ${row} is skipped quietly`).toBe(false);
            else
              expect(
                read !== errorRows.has(row),
                `${tab} row ${row}: read=${read}, error=${errorRows.has(row)}`,
              ).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('counts exactly the hours in the Hours cells of the tasks it read', () => {
    let tasksSeen = 0;
    fc.assert(
      fc.property(rawTabsArb, zoneArb, (raw, zone) => {
        const t = readTracker(raw, zone);
        if (t.tasks.length === 0) return;
        tasksSeen += t.tasks.length;
        const values = raw.Tasks!;
        const hoursColumn = firstColumns(TASKS, values[findHeaderRow(TASKS, values)]!).get('hours')!;
        const byRow = [...t.tasks].sort((a, b) => a.row - b.row);
        const expected = byRow.reduce((sum, task) => sum + hoursOf(values[task.row - 1]![hoursColumn]), 0);
        const actual = byRow.reduce((sum, task) => sum + task.hours, 0);
        expect(actual).toBe(expected);
        for (const task of byRow) expect(task.hours).toBe(hoursOf(values[task.row - 1]![hoursColumn]));
      }),
      { numRuns: RUNS },
    );
    // The generators must actually produce readable tasks, or this property proves nothing.
    expect(tasksSeen).toBeGreaterThan(20);
  });

  it('puts the client on every row diagnostic of a row that names one', () => {
    fc.assert(
      fc.property(rawTabsArb, zoneArb, (raw, zone) => {
        const t = readTracker(raw, zone);
        for (const d of t.diagnostics) {
          if (d.scope === 'tab' || !['Goals', 'Tasks', 'Invoices'].includes(d.sheet)) continue;
          const values = raw[d.sheet as TabName]!;
          // Problems with the header row itself (a column twice) belong to no client.
          if (d.row === findHeaderRow(SPECS[d.sheet as 'Goals'], values) + 1) continue;
          const clientColumn = firstColumns(
            SPECS[d.sheet as 'Goals'],
            values[findHeaderRow(SPECS[d.sheet as 'Goals'], values)]!,
          ).get('client')!;
          const cell = values[d.row - 1]![clientColumn];
          if (typeof cell === 'string' && cell.trim() !== '')
            expect(d.client, `${d.sheet} ${d.row} ${d.column}`).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(rawTabsArb, zoneArb, (raw, zone) => {
        const before = structuredClone(raw);
        readTracker(raw, zone);
        expect(raw).toEqual(before);
        expect(Object.keys(raw)).toEqual(Object.keys(before));
      }),
      { numRuns: RUNS },
    );
  });
});
