// Generated hostile workbooks through the built bundle (issue 8): client names with control
// characters and long shared prefixes, header rows lower down, tabs in other case and spacing,
// formulas and formula-like text in every column the add-on writes, missing log tabs and columns.
// Each workbook gets check, a report, and Create drafts twice. Asserted: no unexplained error,
// no duplicate on the rerun, no user value changed, no formula written.
// Default size keeps `npm test` fast; the nightly size is FVT_HOSTILE_SHEETS=10000 (npm run test:nightly).

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FakeSheet } from '../../runtime/fakes/spreadsheet';
import { loadRuntime } from '../../runtime/runtime';
import type { DraftsResult, ReportResult } from '../../src/server-api';
import { TABS, type TabName, findHeaderRow, normalizeHeader, tabSpec } from '../../src/domain/tabs';
import { matchKey } from '../../src/domain/match-key';
import { TODAY, ensureBuilt } from '../support/runtime';

const SHEETS = Number(process.env.FVT_HOSTILE_SHEETS ?? 150);
const MONTH = '2026-10';
const EVIL = '=HYPERLINK("https://evil.example/pay","Pay here")';

/** Errors the add-on throws on purpose, each naming what to fix. Anything else is unexplained. */
const OURS = [
  /^There is no client called “.*” in the Clients tab\.$/s,
  /^The row for “.*” in the Clients tab has a problem; fix it/s,
  /^The (Clients|Goals|Tasks|Invoices|Settings|Drafts|Reports) tab has no header row in its first 20 rows/,
  /^There is no (Clients|Goals|Tasks) tab\. Run/,
  /^The (Clients|Goals|Tasks) tab has no “[^”]+” column, so its rows cannot be read/,
  /^The (Drafts|Reports) tab has no “[^”]+” column, so what is logged there cannot be recognised/,
];

// ---- generators ----------------------------------------------------------------------------------

const PREFIX = 'Nordisk Rådgivning og Regnskap International Holding AS '.repeat(6);
const clientName = fc.oneof(
  fc.constantFrom('Acme', 'Fjord Bakery', 'שלום בע״מ', '東京デザイン', 'Hekla Tours'),
  fc.constantFrom(
    'Acme\u000bLtd',
    '\u0007Bolt & Co',
    'Zero\u200bWidth',
    'No\u00a0Break  Spaces ',
    '\u202eEvil\u202c Corp',
    'Tab\tIn\tName',
  ),
  fc.constantFrom(`${PREFIX}A`, `${PREFIX}B`, `${PREFIX}Ø`),
  fc.constantFrom(EVIL, '+47 Bakery', '-minus', '@home', '=1+1', "'quoted"),
  fc.constantFrom('B'.repeat(1200), 'Bartholomew '.repeat(100).trim()),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => matchKey(s) !== '' && !/[\r\n]/.test(s)),
);

const invoiceNumber = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((n) => `INV-${n}`),
  fc.constantFrom('\u000bINV-7', 'INV 8\u00a0', '=1+1', EVIL, '+100', '2026-10-01', 'inv\u0007-9'),
);

/** What a cell the add-on writes (Reminder stage, Last reminder) may hold before the run. */
type Prior = { value: unknown; formula?: string };
const stageCell = fc.oneof(
  { arbitrary: fc.constantFrom<Prior>({ value: '' }, { value: 0 }, { value: 1 }, { value: 2 }), weight: 6 },
  { arbitrary: fc.constant<Prior>({ value: EVIL }), weight: 1 },
  { arbitrary: fc.constant<Prior>({ value: 1, formula: '=IF(G2<>"",1,0)' }), weight: 1 },
  { arbitrary: fc.constant<Prior>({ value: '+1' }), weight: 1 },
);
const lastCell = fc.oneof(
  { arbitrary: fc.constant<Prior>({ value: '' }), weight: 6 },
  { arbitrary: fc.constant<Prior>({ value: new Date('2026-10-20T10:00:00Z') }), weight: 1 },
  { arbitrary: fc.constant<Prior>({ value: '=TODAY()' }), weight: 1 },
  { arbitrary: fc.constant<Prior>({ value: 46000, formula: '=TODAY()-30' }), weight: 1 },
);

interface Layout {
  /** How the tab is named: as ours, or as a person might type it. */
  name: (n: string) => string;
  /** Rows above the header: 0, or a title and blank rows. */
  above: number;
  header: (h: string) => string;
}
const layout: fc.Arbitrary<Layout> = fc.record({
  name: fc.constantFrom(
    (n: string) => n,
    (n: string) => n,
    (n: string) => n.toLowerCase(),
    (n: string) => `${n} `,
    (n: string) => ` ${n.toUpperCase()}`,
  ),
  above: fc.constantFrom(0, 0, 0, 1, 2, 4),
  /** How the header cells are typed: as ours, or in other case and spacing. */
  header: fc.constantFrom(
    (h: string) => h,
    (h: string) => h,
    (h: string) => h.toUpperCase(),
    (h: string) => ` ${h.toLowerCase()}  `,
    (h: string) => h.replace(/ /g, '  '),
  ),
});

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

const workbook = fc
  .uniqueArray(clientName, { minLength: 1, maxLength: 4, selector: matchKey })
  .chain((names) =>
    fc.record({
      names: fc.constant(names),
      clients: fc.tuple(
        ...names.map(() =>
          fc.record({
            language: fc.constantFrom('en', 'nb', 'is', 'he', 'ja'),
            currency: fc.constantFrom('EUR', 'NOK', 'JPY', 'ILS', 'ISK'),
            cadence: fc.constantFrom('weekly', 'monthly', 'none'),
            status: fc.constantFrom('active', 'active', 'ended'),
            contact: fc.oneof(fc.constant(''), fc.constant('Kari'), clientName),
          }),
        ),
      ),
      tasks: fc.array(
        fc.record({
          client: fc.nat(names.length - 1),
          date: fc.constantFrom('2026-10-02', '2026-10-15', '2026-10-31', '2026-11-10', '2026-11-20'),
          mark: fc.constantFrom('A', 'B', ''),
          hours: fc.constantFrom(1, 2.5, '1.5', 0.25),
          result: fc.oneof(
            fc.constant('Done'),
            fc.constant(EVIL),
            fc.constant({ formula: '=1+1', value: 2 }),
          ),
        }),
        { maxLength: 6 },
      ),
      invoices: fc.uniqueArray(
        fc.record({
          number: invoiceNumber,
          client: fc.nat(names.length - 1),
          issued: fc.constantFrom('2026-08-01', '2026-09-15', '2026-10-20', '2026-11-10'),
          paid: fc.constantFrom('', '', '', '2026-11-01'),
          stage: stageCell,
          last: lastCell,
        }),
        { maxLength: 4, selector: (i) => matchKey(i.number) },
      ),
      layouts: fc.record({
        Clients: layout,
        Goals: layout,
        Tasks: layout,
        Invoices: layout,
        Settings: layout,
        Reports: layout,
        Drafts: layout,
      }),
      /** Log tabs: present, missing, or with a renamed column. */
      logs: fc.record({
        Reports: fc.constantFrom('present', 'missing', 'renamed', 'renamedKey'),
        Drafts: fc.constantFrom('present', 'missing', 'renamed', 'renamedKey'),
      }),
      /** The Invoices tab without the columns that record a chaser. */
      stageColumns: fc.constantFrom(true, true, true, false),
      /** A terms email drafted before, logged with the client's name as the sheet gave it back. */
      earlierTerms: fc.option(
        fc.record({
          client: fc.nat(names.length - 1),
          spelling: fc.constantFrom(
            (n: string) => n,
            (n: string) => n.toUpperCase(),
            (n: string) => n.toLowerCase(),
            (n: string) => ` ${n.replace(/\s/g, '\u00a0')}\u200b`,
          ),
        }),
      ),
      reportClient: fc.nat(names.length - 1),
      /** Some users run setup first (it completes tabs and columns, never moving a value). */
      setupFirst: fc.boolean(),
    }),
  );
type Workbook = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

// ---- writing a generated workbook into the fake --------------------------------------------------

function tabRows(w: Workbook, tab: TabName): { header: string[]; rows: (unknown | Prior)[][] } | null {
  const header = (keys: string[]) => keys.map((k) => tabSpec(tab).columns.find((c) => c.key === k)!.header);
  switch (tab) {
    case 'Clients':
      return {
        header: header([
          'client',
          'contact',
          'email',
          'language',
          'currency',
          'hourlyRate',
          'paymentTerms',
          'cadence',
          'status',
        ]),
        rows: w.names.map((name, i) => {
          const c = w.clients[i]!;
          return [
            name,
            c.contact,
            `client${i}@example.com`,
            c.language,
            c.currency,
            100,
            14,
            c.cadence,
            c.status,
          ];
        }),
      };
    case 'Goals':
      return {
        header: header(['client', 'goal', 'priority', 'status']),
        rows: w.names.map((name, i) => [name, `Goal ${i}`, 1, 'open']),
      };
    case 'Tasks':
      return {
        header: header(['date', 'client', 'task', 'goal', 'mark', 'hours', 'result', 'billable']),
        rows: w.tasks.map((t) => [
          day(t.date),
          w.names[t.client]!,
          'Work',
          t.mark ? '' : `Goal ${t.client}`,
          t.mark,
          t.hours,
          t.result,
          true,
        ]),
      };
    case 'Invoices': {
      const keys = ['invoice', 'client', 'issued', 'amount', 'due', 'paidOn', 'notes'];
      if (w.stageColumns) keys.push('reminderStage', 'lastReminder');
      return {
        header: header(keys),
        rows: w.invoices.map((v) => {
          const line: unknown[] = [
            v.number,
            w.names[v.client]!,
            day(v.issued),
            500,
            '',
            v.paid ? day(v.paid) : '',
            EVIL,
          ];
          if (w.stageColumns) line.push(v.stage, v.last);
          return line;
        }),
      };
    }
    case 'Settings':
      return {
        header: ['Setting', 'Value'],
        rows: [
          ['Your name', 'Ola'],
          ['Reminder days', '1, 7, 14'],
        ],
      };
    default: {
      const state = w.logs[tab as 'Reports' | 'Drafts'];
      if (state === 'missing') return null;
      const names = tabSpec(tab).columns.map((c) => c.header);
      if (state === 'renamed') names[names.length - 1] = 'Renamed by me';
      // A column earlier entries are recognised by (Client in both logs).
      if (state === 'renamedKey') names[names.indexOf('Client')] = 'Customer';
      const rows: unknown[][] = [];
      if (tab === 'Drafts' && w.earlierTerms) {
        const name = w.names[w.earlierTerms.client]!;
        // Sheets gives back a logged name as written (cellText's apostrophe only keeps it text).
        rows.push([
          day('2026-10-01'),
          'terms',
          w.earlierTerms.spelling(name),
          '',
          '',
          'x@example.com',
          EVIL,
          'r-1',
        ]);
      }
      return { header: names, rows };
    }
  }
}

const isPrior = (v: unknown): v is Prior =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'value' in v;

function write(sheet: FakeSheet, row: number, column: number, v: unknown): void {
  if (isPrior(v))
    sheet.put(
      row,
      column,
      v.formula ? { value: v.value, formula: v.formula, cached: true } : { value: v.value },
    );
  else sheet.put(row, column, { value: v instanceof Date ? new Date(v.getTime()) : v });
}

// ---- what a user could see change ----------------------------------------------------------------

type Snapshot = Map<string, { value: unknown; formula: string }>;

function cellsOf(sheet: FakeSheet): Snapshot {
  const out: Snapshot = new Map();
  sheet.cells.forEach((line, r) => {
    line?.forEach((cell, c) => {
      if (!cell || (cell.value === '' && !cell.formula)) return;
      const value = cell.value instanceof Date ? `date:${cell.value.getTime()}` : cell.value;
      out.set(`${r + 1}:${c + 1}`, { value, formula: cell.formula ?? '' });
    });
  });
  return out;
}

const stats = { sheets: 0, actions: 0, valuesChanged: 0, duplicates: 0, unexplained: 0 };

afterAll(() => {
  console.log(`hostile workbooks: ${JSON.stringify(stats)}`);
});

describe('generated hostile workbooks through every action', () => {
  it(`${SHEETS} workbooks: no unexplained error, no duplicate, no user value changed, no formula written`, async () => {
    ensureBuilt();
    // One runtime per 500 workbooks: loading the bundle for each would be slow, and one for all would
    // run into Drive's daily conversion quota, which the Drive fake keeps (2,000 a day).
    let runtime = await loadRuntime({ today: TODAY });
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        if (stats.sheets > 0 && stats.sheets % 500 === 0) runtime = await loadRuntime({ today: TODAY });
        stats.sheets++;
        const ss = runtime.spreadsheet;
        ss.sheets.splice(0);
        const sheets = new Map<TabName, FakeSheet>();
        for (const spec of TABS) {
          const content = tabRows(w, spec.name);
          if (!content) continue;
          const l = w.layouts[spec.name];
          const sheet = ss.insertSheet(l.name(spec.name));
          sheets.set(spec.name, sheet);
          if (l.above > 0) sheet.put(1, 1, { value: `${spec.name} for 2026` });
          const top = l.above + 1;
          content.header.forEach((h, c) => {
            write(sheet, top, c + 1, l.header(h));
          });
          content.rows.forEach((line, r) => {
            line.forEach((v, c) => {
              write(sheet, top + 1 + r, c + 1, v);
            });
          });
        }
        const before = new Map([...sheets].map(([n, s]) => [n, cellsOf(s)]));
        const formulasBefore = [...before.values()].flatMap((s) =>
          [...s.values()].filter((c) => c.formula),
        ).length;

        const attempt = <T>(name: string, ...args: unknown[]): T | null => {
          stats.actions++;
          try {
            return runtime.run<T>(name, ...args);
          } catch (error) {
            const message = (error as Error).message;
            if (!OURS.some((re) => re.test(message))) {
              stats.unexplained++;
              throw new Error(`unexplained error from ${name}: ${message}`);
            }
            return null;
          }
        };
        if (w.setupFirst) attempt('setupTrackingSheet', { sample: false });
        attempt('checkSheet');
        attempt<ReportResult>('generateReport', { client: w.names[w.reportClient], month: MONTH });
        const gmailBefore = runtime.gmail.count();
        const first = attempt<DraftsResult>('createDrafts', {});
        const second = attempt<DraftsResult>('createDrafts', {});
        if (first) expect(first.failed).toEqual([]);
        if (second && second.drafts.length > 0) {
          stats.duplicates += second.drafts.length;
          throw new Error(
            `the rerun drafted again: ${JSON.stringify(second.drafts.map((d) => [d.kind, d.client, d.invoice]))}`,
          );
        }
        expect(runtime.gmail.count() - gmailBefore).toBe(first?.drafts.length ?? 0);
        if (first && w.earlierTerms && w.logs.Drafts !== 'missing') {
          const client = matchKey(w.names[w.earlierTerms.client]);
          const again = first.drafts.filter((d) => d.kind === 'terms' && matchKey(d.client) === client);
          if (again.length > 0) {
            stats.duplicates += again.length;
            throw new Error(`a logged terms email was drafted again for ${JSON.stringify(client)}`);
          }
        }

        // Cells the add-on owns: the stage and date of each invoice it drafted a chaser for.
        const owned = new Set<string>();
        const invoices = sheets.get('Invoices');
        if (first && invoices && w.stageColumns) {
          const values = invoices.getDataRange().getValues();
          const h = findHeaderRow(tabSpec('Invoices'), values);
          const header = values[h]!;
          const [numberAt, stageAt, lastAt] = ['Invoice', 'Reminder stage', 'Last reminder'].map((n) =>
            header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(n)),
          );
          for (const d of first.drafts.filter((x) => x.kind === 'payment')) {
            const i = values.findIndex(
              (line, r) => r > h && matchKey(line[numberAt!]) === matchKey(d.invoice),
            );
            expect(i).toBeGreaterThan(h);
            owned.add(`${i + 1}:${stageAt! + 1}`).add(`${i + 1}:${lastAt! + 1}`);
            expect(values[i]![stageAt!]).toBe(d.stage);
            expect(values[i]![lastAt!]).toBeInstanceOf(Date);
          }
        }

        let formulasAfter = 0;
        for (const [name, sheet] of sheets) {
          const now = cellsOf(sheet);
          formulasAfter += [...now.values()].filter((c) => c.formula).length;
          for (const [at, cell] of before.get(name)!) {
            if (name === 'Invoices' && owned.has(at)) continue;
            if (JSON.stringify(now.get(at)) !== JSON.stringify(cell)) {
              stats.valuesChanged++;
              throw new Error(
                `${name}!${at} changed from ${JSON.stringify(cell)} to ${JSON.stringify(now.get(at))}`,
              );
            }
          }
        }
        // Tabs the add-on made itself hold no formula either.
        for (const sheet of ss.sheets) {
          if ([...sheets.values()].includes(sheet)) continue;
          formulasAfter += [...cellsOf(sheet).values()].filter((c) => c.formula).length;
        }
        expect(formulasAfter, 'no formula written').toBe(formulasBefore);
      }),
      { numRuns: SHEETS },
    );
    expect(stats.valuesChanged + stats.duplicates + stats.unexplained).toBe(0);
  }, 3_600_000);
});
