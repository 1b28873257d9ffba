// Each vendor's export in each variant, from the sample files in test/fixtures/time-exports (written
// from the documented formats: see that folder's README): exact hours, billable, invoiced, client.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/domain/import/csv';
import { type ReadResult, readTimeEntries } from '../../../src/domain/import/entries';

const FIXTURES = new URL('../../fixtures/time-exports/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const read = (name: string, dateOrder?: 'dmy' | 'mdy') =>
  readTimeEntries(fixture(name), { timeZone: 'Europe/Oslo', dateOrder });

/** The entries without their keys, as [line, date, client, text, hours, billable, invoice]. */
function rows(r: ReadResult) {
  return r.entries.map((e) => [
    e.line,
    e.date,
    e.clientName,
    e.text,
    e.hours,
    e.billable,
    e.invoiced ? e.invoiceId || 'invoiced' : '',
  ]);
}

const h = (hours: number, minutes: number, seconds = 0) => (hours * 3600 + minutes * 60 + seconds) / 3600;

describe('Toggl Track', () => {
  it('reads the Detailed report export: BOM, quoted newline, a formula kept as text, past midnight', () => {
    const r = read('toggl-detailed.csv');
    expect(r.vendor).toBe('toggl');
    expect(r.problems).toEqual([]);
    expect(rows(r)).toEqual([
      [2, '2026-11-02', 'Nordlys AS', 'Homepage copy', h(1, 30, 15), true, ''],
      // Started 23:15 on the 2nd, ended 01:05:30 on the 3rd: the day it started, the task as text.
      [3, '2026-11-02', 'Nordlys AS', 'Design', h(1, 50, 30), true, ''],
      // No client: the project stands in for it.
      [4, '2026-11-03', 'Internal admin', 'Bookkeeping', h(0, 20), false, ''],
      [5, '2026-11-04', 'Sól ehf.', '=HYPERLINK("http://x","click")', h(0, 7, 1), true, ''],
      [6, '2026-11-05', 'Sól ehf.', 'Call with Jón, about the logo\nand the colours', 0.75, true, ''],
    ]);
  });

  it('reads the free plan export without amounts, and an entry of no time', () => {
    const r = read('toggl-detailed-free.csv');
    expect(r.vendor).toBe('toggl');
    expect(rows(r)).toEqual([
      [2, '2026-11-02', 'Nordlys AS', 'Homepage copy', h(1, 30, 15), false, ''],
      [3, '2026-11-06', 'Nordlys AS', 'Nav menu', 0, false, ''],
    ]);
  });

  it('reads the data export (all quoted, no amounts) and refuses an entry longer than a day', () => {
    const r = read('toggl-data-export.csv');
    expect(r.vendor).toBe('toggl');
    expect(rows(r)).toEqual([
      [2, '2026-11-02', 'Nordlys AS', 'Homepage copy', h(1, 30, 15), true, ''],
      [3, '2026-11-07', 'Nordlys AS', 'Said "no" to scope creep', h(0, 12, 30), false, ''],
    ]);
    expect(r.problems).toEqual([{ line: 4, key: 'longerThanDay', values: { hours: 25.5 } }]);
  });

  it('gives an entry the same key in the detailed report and in the data export', () => {
    const detailed = read('toggl-detailed.csv').entries[0]!;
    const data = read('toggl-data-export.csv').entries[0]!;
    expect(data.key).toBe(detailed.key);
  });
});

describe('Clockify', () => {
  it('reads MM/DD/YYYY with 12-hour times and Full durations, never Duration (decimal)', () => {
    const r = read('clockify-us-full.csv');
    expect(r.vendor).toBe('clockify');
    expect(r.problems).toEqual([]);
    expect(rows(r)).toEqual([
      // Duration (decimal) says 1.22; the entry lasted 1:13:20.
      [2, '2026-11-02', 'Acme Inc', 'Landing page', h(1, 13, 20), true, ''],
      [3, '2026-11-13', 'Acme Inc', 'Fix deploy', h(1, 10), true, ''],
      [4, '2026-11-14', 'Acme Inc', 'Team lunch', h(0, 59, 59), false, ''],
    ]);
  });

  it('reads DD/MM/YYYY with 24-hour times and Compact h:mm durations', () => {
    const r = read('clockify-eu-compact.csv');
    expect(rows(r)).toEqual([
      [2, '2026-06-22', 'Bandao', 'Development Call', h(0, 13), true, ''],
      [3, '2026-06-18', 'Bandao', 'App Development', h(1, 6), true, ''],
    ]);
  });

  it('prefers start and end with seconds to a Decimal duration, and takes the decimal when alone', () => {
    const r = read('clockify-decimal.csv');
    expect(rows(r)).toEqual([
      [2, '2026-11-03', 'Kontor GmbH', 'Review', h(0, 13), true, ''],
      [3, '2026-11-04', 'Kontor GmbH', 'Report', 1.5, true, ''],
    ]);
  });

  it('reads a customised export without Billable, Client or Duration (h) from its times', () => {
    const r = read('clockify-customized.csv');
    expect(r.hasBillable).toBe(false);
    expect(rows(r)).toEqual([
      [2, '2026-11-16', 'Nordlys AS', 'Copy edits', h(1, 20), false, ''],
      [3, '2026-11-17', '', 'Unfiled', 0.5, false, ''],
    ]);
  });

  it('records an invoiced entry with its invoice number and leaves breaks out', () => {
    const r = read('clockify-invoiced.csv');
    expect(rows(r)).toEqual([
      [2, '2026-02-19', 'Acme Inc', 'Sprint review', 3, true, 'INV-100'],
      [4, '2026-02-20', 'Acme Inc', 'Bug triage', 1.25, true, ''],
    ]);
    expect(r.problems).toEqual([{ line: 3, key: 'isBreak' }]);
  });

  it('reads German headers with Ja and Nein and DD.MM.YYYY dates', () => {
    const r = read('clockify-de.csv');
    expect(r.vendor).toBe('clockify');
    expect(rows(r)).toEqual([
      [2, '2026-11-05', 'Kontor GmbH', 'Workshop', h(3, 20), true, ''],
      [3, '2026-11-06', 'Kontor GmbH', 'Interne Notizen', h(0, 10), false, ''],
    ]);
  });

  it('reads French headers with Oui and Non', () => {
    const r = read('clockify-fr.csv');
    expect(r.vendor).toBe('clockify');
    expect(rows(r)).toEqual([
      [2, '2026-11-24', 'Atelier Lune', 'Maquettes', h(1, 40), true, ''],
      [3, '2026-11-25', 'Atelier Lune', 'Devis', h(0, 25), false, ''],
    ]);
  });

  it('asks for the order of day and month when no date settles it, then reads in the order given', () => {
    const asked = read('clockify-ambiguous.csv');
    expect(asked.askDateOrder).toBe('01/09/2026');
    expect(asked.entries).toEqual([]);
    expect(read('clockify-ambiguous.csv', 'dmy').entries.map((e) => e.date)).toEqual([
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(read('clockify-ambiguous.csv', 'mdy').entries.map((e) => e.date)).toEqual([
      '2026-01-09',
      '2026-02-09',
    ]);
  });
});

describe('Harvest', () => {
  it('reads the current 20 columns: decimal hours, CRLF, invoiced recorded as billed', () => {
    const r = read('harvest-current.csv');
    expect(r.vendor).toBe('harvest');
    expect(rows(r)).toEqual([
      [2, '2026-11-02', 'Nordlys AS', 'Wireframes', 3.5, true, ''],
      [3, '2026-11-02', 'Nordlys AS', 'Wireframes', 3.5, true, ''],
      // No notes: the task names the work.
      [4, '2026-11-03', 'Nordlys AS', 'Meetings', 0.25, false, ''],
      [5, '2026-10-20', 'Nordlys AS', 'Logo sketches', 1, true, 'invoiced'],
    ]);
    // Two identical entries are two entries, with two keys.
    expect(new Set(r.entries.map((e) => e.key)).size).toBe(4);
  });

  it('reads the 2026 columns with Employee Id', () => {
    expect(rows(read('harvest-employee-id.csv'))).toEqual([
      [2, '2026-11-10', 'Thames Ltd', 'Interviews', 2, true, ''],
    ]);
  });

  it('reads the 2015 columns with Department, DD.MM.YYYY and a decimal comma', () => {
    expect(rows(read('harvest-2015.csv'))).toEqual([
      [2, '2026-11-26', 'Sól ehf.', 'Logo', 7.5, true, ''],
      [3, '2026-11-27', 'Sól ehf.', 'Admin', 0.01, false, ''],
    ]);
  });

  it('reads hours with a decimal comma and never a billable flag from an amount', () => {
    expect(rows(read('harvest-decimal-comma.csv'))).toEqual([
      // "No" with a rate and an amount of 2.000,0 filled in: still not billable.
      [2, '2026-11-12', 'Project without client', 'Project without client', 20, false, ''],
      [3, '2026-11-12', 'Kontor GmbH', 'Working hard', 1.75, true, ''],
    ]);
  });
});

describe('any export', () => {
  it('maps columns by name: the same file with its columns in reverse order reads the same', () => {
    const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
    for (const name of [
      'toggl-detailed.csv',
      'clockify-invoiced.csv',
      'harvest-current.csv',
      'clockify-de.csv',
    ]) {
      const records = readCsv(fixture(name)).records;
      const reversed = records.map((r) => [...r.fields].reverse().map(quote).join(',')).join('\n');
      const original = rows(read(name));
      expect(original.length).toBeGreaterThan(1);
      // Line numbers shift where a quoted field spans two lines; everything else is the same.
      const body = (r: ReturnType<typeof rows>) => r.map(([, ...rest]) => rest);
      expect(body(rows(readTimeEntries(reversed, { timeZone: 'Europe/Oslo' })))).toEqual(body(original));
    }
  });

  it('counts end minus start in the spreadsheet time zone across a change of clocks', () => {
    const file = [
      '"Project","Client","Description","Start Date","Start Time","End Date","End Time"',
      // Europe/Oslo put its clocks back from 03:00 to 02:00 on 25 October 2026: three real hours.
      '"Audit","Kontor GmbH","Night run","25/10/2026","01:30","25/10/2026","03:30"',
    ].join('\n');
    expect(readTimeEntries(file, { timeZone: 'Europe/Oslo' }).entries[0]!.hours).toBe(3);
    expect(readTimeEntries(file, { timeZone: 'UTC' }).entries[0]!.hours).toBe(2);
  });

  it('says which column is missing or which line is wrong', () => {
    const only = (text: string) => readTimeEntries(text, { timeZone: 'UTC' }).problems;
    expect(only('Name,Amount\nx,1\n')).toEqual([{ line: 1, key: 'notAnExport' }]);
    expect(
      only('"Project","Client","Start Date","Duration (decimal)"\n"a","b","11/02/2026","1.22"\n'),
    ).toEqual([{ line: 1, key: 'noHoursColumn', values: { vendor: 'clockify' } }]);
    expect(only('Client,Project,Task,Hours\nA,B,C,1.0\n')).toEqual([
      { line: 1, key: 'noDateColumn', values: { vendor: 'harvest' } },
    ]);
    expect(only('Date,Client,Project,Hours\n2026-11-02,A,B\n2026-11-31,A,B,1.0\n2026-11-03,A,B,x\n')).toEqual(
      [
        { line: 2, key: 'wrongFieldCount', values: { fields: 3, expected: 4 } },
        { line: 3, key: 'badDate', values: { column: 'Date', value: '2026-11-31' } },
        { line: 4, key: 'badDuration', values: { column: 'Hours', value: 'x' } },
      ],
    );
    expect(only('Date,Client,Hours,Billable?\n2026-11-02,A,1.0,Perhaps\n')).toEqual([
      { line: 2, key: 'badYesNo', values: { column: 'Billable?', value: 'Perhaps' } },
    ]);
  });

  it('never reads hours from a rounded column, wherever it stands', () => {
    const harvest = 'Date,Client,Project,Hours Rounded,Hours,Billable?\n2026-11-02,A,B,0.25,0.2,Yes\n';
    expect(readTimeEntries(harvest, { timeZone: 'UTC' }).entries[0]!.hours).toBe(0.2);
    const clockify = [
      '"Duration (decimal)","Project","Client","Start Date","Start Time","End Date","End Time"',
      '"0.22","Web","A","11/02/2026","11:59:00 PM","11/03/2026","12:12:00 AM"',
    ].join('\n');
    const entry = readTimeEntries(clockify, { timeZone: 'UTC', dateOrder: 'mdy' }).entries[0]!;
    // 23:59 to 00:12 the next day: 13 minutes, on the day it started.
    expect([entry.date, entry.hours]).toEqual(['2026-11-02', 13 / 60]);
  });

  it('refuses dates that put the day first in one line and the month first in another', () => {
    const r = readTimeEntries('Date,Client,Hours\n13/01/2026,A,1.0\n01/13/2026,A,1.0\n', { timeZone: 'UTC' });
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([
      { line: 0, key: 'datesMixOrder', values: { first: '13/01/2026', second: '01/13/2026' } },
    ]);
  });

  it('reads a file a spreadsheet re-saved with semicolons', () => {
    const text = fixture('harvest-2015.csv')
      .replace(/,/g, ';')
      .replace(/"7;5"/, '"7,5"')
      .replace(/"0;01"/, '"0,01"');
    expect(rows(readTimeEntries(text, { timeZone: 'UTC' }))).toEqual(rows(read('harvest-2015.csv')));
  });
});
