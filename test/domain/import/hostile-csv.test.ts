// Property tests with a hostile generator of time-tracker exports: every vendor's layout with random
// entries (formulas, quotes, commas, line breaks and any Unicode in the text; durations past a day),
// then broken on purpose (another delimiter, a column or a field missing, a quote left open). The
// reader never throws, accounts for every line, reads every intact entry exactly, and a second import
// of the same file adds nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/domain/import/csv';
import { readTimeEntries } from '../../../src/domain/import/entries';
import { previewImport } from '../../../src/domain/import/preview';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 200);

interface Entry {
  client: string;
  project: string;
  description: string;
  billable: boolean;
  year: number;
  month: number;
  day: number;
  /** Start in seconds after midnight. */
  start: number;
  /** Seconds; for Harvest whole hundredths of an hour. */
  seconds: number;
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '=SUM(A1:A9)',
    '+1',
    '-2',
    '@here',
    '=HYPERLINK("http://x","y")',
    'a, b; c',
    'two\nlines',
    '"q"',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
// A name always has a letter, so that the project stands in when the client is empty.
const name = fc.constantFrom('Nordlys AS', 'Sól ehf.', 'Acme, Inc', 'שלום בע"מ', '株式会社テスト', '');

const entry = (harvest: boolean): fc.Arbitrary<Entry> =>
  fc.record({
    client: name,
    project: fc.constantFrom('Web', 'Brand; new', 'App "X"'),
    description: text,
    billable: fc.boolean(),
    year: fc.integer({ min: 2020, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    start: fc.integer({ min: 0, max: 86_399 }),
    seconds: harvest
      ? fc.integer({ min: 0, max: 3000 }).map((hundredths) => hundredths * 36)
      : fc.oneof(fc.integer({ min: 0, max: 30 * 3600 }), fc.constantFrom(0, 86_400, 86_401, 90_000)),
  });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const clock = (s: number) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
const iso = (e: Entry) => `${e.year}-${pad(e.month)}-${pad(e.day)}`;
const endOf = (e: Entry) => {
  const t = new Date(Date.UTC(e.year, e.month - 1, e.day, 0, 0, e.start + e.seconds));
  return {
    date: t.toISOString().slice(0, 10),
    seconds: t.getUTCHours() * 3600 + t.getUTCMinutes() * 60 + t.getUTCSeconds(),
  };
};
const twelve = (s: number) => {
  const h = Math.floor(s / 3600);
  return `${pad(((h + 11) % 12) + 1)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)} ${h < 12 ? 'AM' : 'PM'}`;
};
const us = (isoDate: string) => `${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}/${isoDate.slice(0, 4)}`;

type Layout = 'toggl' | 'clockify' | 'harvest';

function cellsOf(layout: Layout, e: Entry): { header: string[]; cells: string[] } {
  const yesNo = e.billable ? 'Yes' : 'No';
  if (layout === 'toggl') {
    const end = endOf(e);
    return {
      header: [
        'User',
        'Email',
        'Client',
        'Project',
        'Task',
        'Description',
        'Billable',
        'Start date',
        'Start time',
        'End date',
        'End time',
        'Duration',
        'Tags',
        'Amount (EUR)',
      ],
      cells: [
        'Ada',
        'a@x',
        e.client,
        e.project,
        '',
        e.description,
        yesNo,
        iso(e),
        clock(e.start),
        end.date,
        clock(end.seconds),
        clock(e.seconds),
        '',
        '',
      ],
    };
  }
  if (layout === 'clockify') {
    const end = endOf(e);
    return {
      header: [
        'Project',
        'Client',
        'Description',
        'Task',
        'User',
        'Group',
        'Email',
        'Tags',
        'Billable',
        'Start Date',
        'Start Time',
        'End Date',
        'End Time',
        'Duration (h)',
        'Duration (decimal)',
        'Billable Rate (USD)',
        'Billable Amount (USD)',
      ],
      cells: [
        e.project,
        e.client,
        e.description,
        '',
        'Ada',
        '',
        'a@x',
        '',
        yesNo,
        us(iso(e)),
        twelve(e.start),
        us(end.date),
        twelve(end.seconds),
        clock(e.seconds),
        (e.seconds / 3600).toFixed(2),
        '0.00',
        '0.00',
      ],
    };
  }
  return {
    header: [
      'Date',
      'Client',
      'Project',
      'Project Code',
      'Task',
      'Notes',
      'Hours',
      'Billable?',
      'Invoiced?',
      'Approved?',
      'First Name',
      'Last Name',
      'Roles',
      'Employee?',
      'Billable Rate',
      'Billable Amount',
      'Cost Rate',
      'Cost Amount',
      'Currency',
      'External Reference URL',
    ],
    cells: [
      iso(e),
      e.client,
      e.project,
      '',
      'Design',
      e.description,
      (e.seconds / 3600).toFixed(2).replace('.', ','),
      yesNo,
      'No',
      'No',
      'Ada',
      'Berg',
      '',
      'Yes',
      '0,0',
      '0,0',
      '0,0',
      '0,0',
      'Euro - EUR',
      '',
    ],
  };
}

function writeLine(cells: string[], delimiter: string, quoteAll: boolean): string {
  return cells
    .map((c) => (quoteAll || /[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}

function writeFile(layout: Layout, entries: Entry[], delimiter = ','): string {
  const quoteAll = layout === 'clockify';
  const lines = [writeLine(cellsOf(layout, entries[0] ?? SAMPLE).header, delimiter, quoteAll)];
  for (const e of entries) lines.push(writeLine(cellsOf(layout, e).cells, delimiter, quoteAll));
  return (layout === 'toggl' ? '\uFEFF' : '') + lines.join(layout === 'harvest' ? '\r\n' : '\n') + '\n';
}

const SAMPLE: Entry = {
  client: 'A',
  project: 'P',
  description: '',
  billable: true,
  year: 2026,
  month: 1,
  day: 1,
  start: 0,
  seconds: 60,
};
const layout = fc.constantFrom<Layout>('toggl', 'clockify', 'harvest');
const file = layout.chain((l) =>
  fc.tuple(fc.constant(l), fc.array(entry(l === 'harvest'), { maxLength: 25 })),
);
const read = (t: string) => readTimeEntries(t, { timeZone: 'UTC', dateOrder: 'mdy' });

/** Every data record is an entry or a problem, once; unless the file as a whole is refused. */
function accountsForEveryLine(t: string) {
  const r = read(t);
  const lines = readCsv(t)
    .records.slice(1)
    .map((x) => x.line);
  const fileWide = r.problems.some(
    (p) => p.line === 0 || ['notAnExport', 'noDateColumn', 'noHoursColumn'].includes(p.key),
  );
  if (fileWide) return r;
  const seen = [
    ...r.entries.map((e) => e.line),
    ...r.problems.filter((p) => p.key !== 'unclosedQuote').map((p) => p.line),
  ];
  expect(seen.sort((a, b) => a - b)).toEqual(lines);
  for (const e of r.entries) expect(e.hours >= 0 && e.hours <= 24).toBe(true);
  return r;
}

describe('hostile exports', () => {
  it('reads every intact entry exactly: hours, day, text, billable; longer than a day is a problem', () => {
    fc.assert(
      fc.property(file, ([l, entries]) => {
        const r = accountsForEveryLine(writeFile(l, entries));
        expect(r.vendor).toBe(entries.length ? l : r.vendor);
        const kept = entries.filter((e) => e.seconds <= 86_400);
        expect(r.entries.map((x) => [x.date, x.text, x.billable, x.clientName])).toEqual(
          kept.map((e) => [
            iso(e),
            e.description.trim() || (l === 'harvest' ? 'Design' : e.project),
            e.billable,
            e.client || e.project,
          ]),
        );
        for (const [i, x] of r.entries.entries()) expect(x.hours).toBeCloseTo(kept[i]!.seconds / 3600, 12);
        expect(r.problems.map((p) => p.key)).toEqual(
          entries.filter((e) => e.seconds > 86_400).map(() => 'longerThanDay'),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the same file written with semicolons or tabs', () => {
    fc.assert(
      fc.property(file, fc.constantFrom(';', '\t'), ([l, entries], delimiter) => {
        const plain = read(writeFile(l, entries));
        const other = read(writeFile(l, entries, delimiter));
        expect(other.entries).toEqual(plain.entries);
      }),
      { numRuns: RUNS },
    );
  });

  it('accounts for every line when a field, a column or the delimiter is wrong', () => {
    fc.assert(
      fc.property(
        file,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('field', 'column', 'delimiter'),
        ([l, entries], a, b, how) => {
          const records = readCsv(writeFile(l, entries)).records.map((r) => r.fields);
          if (how === 'field' && records.length > 1)
            records[1 + (a % (records.length - 1))]!.splice(b % records[0]!.length, 1);
          if (how === 'column') for (const r of records) r.splice(b % records[0]!.length, 1);
          const t = records
            .map((r, i) =>
              writeLine(r, how === 'delimiter' && i > 0 && a % 2 === 0 ? ';' : ',', l === 'clockify'),
            )
            .join('\n');
          accountsForEveryLine(t);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reports a quote left open with its line and reads the lines before it', () => {
    fc.assert(
      fc.property(file, text, ([l, entries], tail) => {
        const t = writeFile(l, entries) + '"never closed ' + tail.replace(/"/g, '') + '\n';
        const r = accountsForEveryLine(t);
        expect(r.problems.at(-1)).toEqual({
          line: entries.length + 2 + lineBreaks(entries),
          key: 'unclosedQuote',
        });
        expect(r.entries).toEqual(read(writeFile(l, entries)).entries);
      }),
      { numRuns: RUNS },
    );
  });

  it('adds nothing when the same file is imported again', () => {
    fc.assert(
      fc.property(file, ([l, entries]) => {
        const t = writeFile(l, entries);
        const clients = [
          'Nordlys AS',
          'Sól ehf.',
          'Acme, Inc',
          'שלום בע"מ',
          '株式会社テスト',
          'Web',
          'Brand; new',
          'App "X"',
        ];
        const options = { timeZone: 'UTC', dateOrder: 'mdy' as const };
        const first = previewImport(t, { clients, importedKeys: new Set(), clientMap: [] }, options);
        expect(first.needsClient).toEqual([]);
        const importedKeys = new Set(first.rows.map((r) => r.importKey));
        const again = previewImport(t, { clients, importedKeys, clientMap: [] }, options);
        expect([again.new, again.rows.length, again.skipped]).toEqual([0, 0, first.rows.length]);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads 100,000 lines in seconds', () => {
    const e: Entry = { ...SAMPLE, client: 'Acme, Inc', description: '=1+1', seconds: 3723 };
    const t = writeFile(
      'clockify',
      Array.from({ length: 100_000 }, (_, i) => ({ ...e, start: i % 80_000 })),
    );
    const started = Date.now();
    const r = read(t);
    expect(r.entries).toHaveLength(100_000);
    expect(r.entries[99_999]!.hours).toBe(3723 / 3600);
    expect(new Set(r.entries.map((x) => x.key)).size).toBe(100_000);
    // Linear: a quadratic reader would take hours here, not the few seconds this takes on a busy machine.
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});

function lineBreaks(entries: Entry[]): number {
  return entries.reduce((n, e) => n + (e.description.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}
