// Handcrafted cases from an independent hostile run (issue 8, items 1-7), through the built bundle:
// tabs found as a person would, nothing drafted that cannot be recorded, only owned cells written.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { FakeSheet, FakeSpreadsheet } from '../../runtime/fakes/spreadsheet';
import type { CheckResult, DraftsResult, ReportResult } from '../../src/server-api';
import { loadRuntime } from '../../runtime/runtime';
import { TODAY, sampleRuntime } from '../support/runtime';

const MONTH = '2026-10';

function renameTab(ss: FakeSpreadsheet, from: string, to: string): void {
  (ss.getSheetByName(from) as unknown as { name: string }).name = to;
}

function deleteTab(ss: FakeSpreadsheet, name: string): void {
  ss.sheets.splice(ss.sheets.indexOf(ss.getSheetByName(name)!), 1);
}

/** Moves a tab's table down: `rows` new rows on top, the first holding a title. */
function pushTableDown(sheet: FakeSheet, rows: number, title = 'My table'): void {
  sheet.insertRowsAfter(0, rows);
  sheet.rawWrite(1, 1, [[title]]);
}

function header(sheet: FakeSheet, row = 1): string[] {
  return sheet
    .getRange(row, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((v) => String(v));
}

function column(sheet: FakeSheet, name: string, headerRow = 1): number {
  return header(sheet, headerRow).indexOf(name) + 1;
}

function clientsOf(runtime: Awaited<ReturnType<typeof sampleRuntime>>): string[] {
  return runtime.run<{ clients: { name: string }[] }>('loadSidebar').clients.map((c) => c.name);
}

describe('item 1: tabs found as a person would', () => {
  it('finds tabs whose names differ only in case or spacing', async () => {
    const runtime = await sampleRuntime();
    const client = clientsOf(runtime)[0]!;
    const before = runtime.run<ReportResult>('generateReport', { client, month: MONTH }).totals;
    renameTab(runtime.spreadsheet, 'Clients', 'clients');
    renameTab(runtime.spreadsheet, 'Tasks', 'Tasks ');
    renameTab(runtime.spreadsheet, 'Invoices', ' INVOICES');
    const check = runtime.run<CheckResult>('checkSheet');
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(runtime.run<ReportResult>('generateReport', { client, month: MONTH }).totals).toEqual(before);
    const drafts = runtime.run<DraftsResult>('createDrafts', {});
    expect(drafts.drafts.length).toBeGreaterThan(0);
    expect(runtime.run<DraftsResult>('createDrafts', {}).drafts).toEqual([]);
  });

  it('names both tabs when two tabs could be the same one, and stops', async () => {
    const runtime = await sampleRuntime();
    renameTab(runtime.spreadsheet, 'Tasks', 'tasks');
    runtime.spreadsheet.insertSheet('TASKS ');
    expect(() => runtime.run('checkSheet')).toThrow(/Tasks tab: tasks, TASKS \./);
    expect(() => runtime.run('createDrafts', {})).toThrow(/Tasks tab: tasks, TASKS \./);
    expect(runtime.gmail.count()).toBe(0);
  });

  it('finds a header row below a title and keeps row numbers as Sheets shows them', async () => {
    const runtime = await sampleRuntime();
    const client = clientsOf(runtime)[0]!;
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    const hours = column(tasks, 'Hours');
    tasks.rawWrite(5, hours, [['lots']]);
    const before = runtime.run<CheckResult>('checkSheet').problems.filter((p) => p.sheet === 'Tasks');
    expect(before.map((p) => p.row)).toContain(5);
    const totals = runtime.run<ReportResult>('generateReport', { client, month: MONTH }).totals;
    pushTableDown(tasks, 3, 'Work log 2026');
    pushTableDown(runtime.spreadsheet.getSheetByName('Invoices')!, 2);
    pushTableDown(runtime.spreadsheet.getSheetByName('Clients')!, 1);
    const after = runtime.run<CheckResult>('checkSheet').problems.filter((p) => p.sheet === 'Tasks');
    expect(after.map((p) => p.row)).toEqual(before.map((p) => p.row + 3));
    expect(runtime.run<ReportResult>('generateReport', { client, month: MONTH }).totals).toEqual(totals);
    const drafts = runtime.run<DraftsResult>('createDrafts', {});
    expect(drafts.drafts.some((d) => d.kind === 'payment')).toBe(true);
    expect(runtime.run<DraftsResult>('createDrafts', {}).drafts).toEqual([]);
    // The stage went into the invoice rows, under the found header.
    const invoices = runtime.spreadsheet.getSheetByName('Invoices')!;
    const stage = column(invoices, 'Reminder stage', 3);
    expect(invoices.getRange(1, stage, 2, 1).getValues()).toEqual([[''], ['']]);
  });

  it('says which tab to fix when no header row can be found', async () => {
    const runtime = await sampleRuntime();
    const tasks = runtime.spreadsheet.getSheetByName('Tasks')!;
    pushTableDown(tasks, 25);
    expect(() => runtime.run('generateReport', { client: clientsOf(runtime)[0], month: MONTH })).toThrow(
      /Tasks tab.*first 20 rows/,
    );
  });
});

describe('item 2: nothing drafted that cannot be recorded', () => {
  it('report and remind work on a workbook with only the user tabs, and create their log tabs once', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    deleteTab(ss, 'Reports');
    deleteTab(ss, 'Drafts');
    const client = clientsOf(runtime)[0]!;
    runtime.run<ReportResult>('generateReport', { client, month: MONTH });
    runtime.run<ReportResult>('generateReport', { client, month: MONTH });
    expect(ss.getSheets().filter((s) => s.getName() === 'Reports')).toHaveLength(1);
    expect(header(ss.getSheetByName('Reports')!)).toEqual([
      'Client',
      'Month',
      'Link',
      'Document id',
      'Generated',
      'Work stamp',
    ]);
    expect(ss.getSheetByName('Reports')!.getLastRow()).toBe(3);
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts.length).toBeGreaterThan(0);
    expect(ss.getSheetByName('Drafts')!.getLastRow()).toBe(first.drafts.length + 1);
    expect(runtime.run<DraftsResult>('createDrafts', {}).drafts).toEqual([]);
    expect(ss.getSheets().filter((s) => s.getName() === 'Drafts')).toHaveLength(1);
    expect(runtime.gmail.count()).toBe(first.drafts.length);
  });

  it('repairs a renamed Drafts header before drafting, so a rerun drafts nothing', async () => {
    const runtime = await sampleRuntime();
    const log = runtime.spreadsheet.getSheetByName('Drafts')!;
    log.rawWrite(1, column(log, 'Draft id'), [['Gmail draft']]);
    log.rawWrite(1, column(log, 'Kind'), [['Type']]);
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts.length).toBeGreaterThan(0);
    const second = runtime.run<DraftsResult>('createDrafts', {});
    expect(second.drafts).toEqual([]);
    expect(runtime.gmail.count()).toBe(first.drafts.length);
    // The user's renamed columns are kept; ours were added after them.
    expect(header(log)).toContain('Gmail draft');
    expect(header(log)).toContain('Draft id');
  });

  it('stops before drafting when a column that recognises logged drafts was renamed', async () => {
    const runtime = await sampleRuntime();
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts.length).toBeGreaterThan(0);
    const log = runtime.spreadsheet.getSheetByName('Drafts')!;
    log.rawWrite(1, column(log, 'Kind'), [['Type']]);
    expect(() => runtime.run('createDrafts', {})).toThrow(
      'The Drafts tab has no “Kind” column, so what is logged there cannot be recognised and would be made again. Name that column “Kind” again, then try again.',
    );
    expect(runtime.gmail.count()).toBe(first.drafts.length);
  });

  it('drafts no payment chaser when Invoices cannot record it, says why, and never repeats', async () => {
    const runtime = await sampleRuntime();
    const invoices = runtime.spreadsheet.getSheetByName('Invoices')!;
    invoices.rawWrite(1, column(invoices, 'Reminder stage'), [['Stage (old)']]);
    invoices.rawWrite(1, column(invoices, 'Last reminder'), [['When']]);
    const before = invoices.getDataRange().getValues();
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts.filter((d) => d.kind === 'payment')).toEqual([]);
    expect(first.skipped.some((s) => /Reminder stage/.test(s.message) && s.sheet === 'Invoices')).toBe(true);
    const second = runtime.run<DraftsResult>('createDrafts', {});
    expect(second.drafts).toEqual([]);
    expect(invoices.getDataRange().getValues()).toEqual(before);
  });

  it('recognises its own drafts whatever control characters or spaces a client name or invoice holds', async () => {
    const runtime = await sampleRuntime();
    const ss = runtime.spreadsheet;
    const clients = ss.getSheetByName('Clients')!;
    const invoices = ss.getSheetByName('Invoices')!;
    const name = String(clients.getRange(2, 1).getValue());
    const odd = `${name.replace(' ', '\u000b ')}\u00a0 `;
    clients.rawWrite(2, 1, [[odd]]);
    const clientAt = column(invoices, 'Client');
    const numberAt = column(invoices, 'Invoice');
    const values = invoices.getDataRange().getValues();
    values.forEach((row, i) => {
      if (i > 0 && row[clientAt - 1] === name) {
        invoices.rawWrite(i + 1, clientAt, [[odd]]);
        invoices.rawWrite(i + 1, numberAt, [[`\u000b${String(row[numberAt - 1])}\u0007 `]]);
      }
    });
    const first = runtime.run<DraftsResult>('createDrafts', {});
    expect(first.drafts.length).toBeGreaterThan(0);
    const second = runtime.run<DraftsResult>('createDrafts', {});
    expect(second.drafts).toEqual([]);
  });
});

describe('item 3: only owned cells, only computed values, always as values', () => {
  it('leaves formula-like text and user formulas in the stage columns as they were', async () => {
    const runtime = await sampleRuntime();
    const invoices = runtime.spreadsheet.getSheetByName('Invoices')!;
    const stageAt = column(invoices, 'Reminder stage');
    const lastAt = column(invoices, 'Last reminder');
    const due = runtime
      .run<{ kind: string; invoice: string }[]>('listReminders')
      .filter((r) => r.kind === 'payment');
    let numbers = invoices
      .getDataRange()
      .getValues()
      .map((r) => String(r[0]));
    // One more overdue invoice at the bottom, so the reminded rows span rows that are not reminded.
    const copy = invoices.getRange(numbers.indexOf(due[0]!.invoice) + 1, 1, 1, invoices.getLastColumn());
    const line = copy.getValues()[0]!;
    line[0] = 'INV-LAST';
    invoices.rawWrite(invoices.getLastRow() + 1, 1, [line]);
    numbers = [...numbers, 'INV-LAST'];
    const rows = [...due.map((d) => numbers.indexOf(d.invoice) + 1), numbers.length].sort((a, b) => a - b);
    expect(rows.length).toBeGreaterThan(1);
    // A row between the first and the last reminded one, not reminded itself.
    const between = Array.from({ length: rows.at(-1)! - rows[0]! }, (_, i) => rows[0]! + i).find(
      (r) => !rows.includes(r),
    )!;
    expect(between).toBeDefined();
    const evil = '=HYPERLINK("https://evil.example/pay","Pay here")';
    invoices.rawWrite(between, stageAt, [[evil]]);
    invoices.put(between, lastAt, { value: 2, formula: `=IF(G${between}<>"",1,2)`, cached: true });
    runtime.run<DraftsResult>('createDrafts', {});
    expect(invoices.getRange(between, stageAt).getValue()).toBe(evil);
    expect(invoices.getRange(between, stageAt).getFormulas()[0]![0]).toBe('');
    expect(invoices.getRange(between, lastAt).getFormulas()[0]![0]).toBe(`=IF(G${between}<>"",1,2)`);
    for (const r of rows) expect(typeof invoices.getRange(r, stageAt).getValue()).toBe('number');
    for (const sheet of runtime.spreadsheet.getSheets()) {
      const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual(sheet === invoices ? [`=IF(G${between}<>"",1,2)`] : []);
    }
  });

  it('writes the stages in a fixed number of calls whatever the number of reminded rows', async () => {
    const runtime = await sampleRuntime();
    runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    const summary = runtime.calls.summary();
    const writes = Object.entries(summary.byMethod ?? {})
      .filter(([k]) => /setValue|setValues/.test(k))
      .reduce((n, [, v]) => n + (v as number), 0);
    expect(writes).toBeLessThanOrEqual(5);
  });
});

describe('item 4: one Doc per client whatever the name', () => {
  it('two clients whose names share a long prefix or differ only in dropped characters get two Docs', async () => {
    const runtime = await sampleRuntime();
    const clients = runtime.spreadsheet.getSheetByName('Clients')!;
    const prefix = 'Nordic Consulting Group International Holding '.repeat(4);
    clients.rawWrite(2, 1, [[`${prefix}A`]]);
    clients.rawWrite(3, 1, [[`${prefix}B`]]);
    clients.rawWrite(4, 1, [['Acme & Co']]);
    clients.rawWrite(5, 1, [['Acme / Co']]);
    const docs = () =>
      runtime.drive.listAll().filter((f) => f.mimeType === 'application/vnd.google-apps.document');
    const names = [`${prefix}A`, `${prefix}B`, 'Acme & Co', 'Acme / Co'];
    const links = names.map(
      (client) => runtime.run<ReportResult>('generateReport', { client, month: MONTH }).link,
    );
    expect(new Set(links).size).toBe(4);
    expect(docs()).toHaveLength(4);
  });
});

describe('item 5: header lines within 998 characters', () => {
  it('a client with a very long name and subject gets a draft Gmail accepts', async () => {
    const runtime = await sampleRuntime();
    const clients = runtime.spreadsheet.getSheetByName('Clients')!;
    const contactAt = column(clients, 'Contact');
    clients.rawWrite(2, contactAt, [['Bartholomew'.repeat(120)]]);
    const result = runtime.run<DraftsResult>('createDrafts', {});
    expect(result.drafts.length).toBeGreaterThan(0);
    for (const raw of runtime.gmail.drafts.map((d) => d.raw)) {
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
      for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
      const mail = await simpleParser(raw);
      expect(mail.subject?.length).toBeLessThanOrEqual(201);
    }
  });
});

describe('item 7: setup under a header row that is not row 1', () => {
  it('writes nothing above the user’s table and leaves the user’s header cells as they were', async () => {
    const runtime = await loadRuntime({ today: TODAY });
    const ss = runtime.spreadsheet;
    const clients = ss.insertSheet('Clients');
    clients.rawWrite(1, 1, [['Our clients, 2026']]);
    clients.rawWrite(3, 1, [
      ['Client', 'Email', 'Status'],
      ['Fjord Bakery', 'kari@fjord.example', 'active'],
    ]);
    clients.getRange(3, 1, 1, 3).setNumberFormat('@');
    const formats = () => [1, 2, 3].map((c) => clients.getRange(3, c).getNumberFormat());
    const before = formats();
    runtime.run('setupTrackingSheet', { sample: false });
    expect(clients.getRange(1, 1, 2, clients.getLastColumn()).getValues()).toEqual([
      ['Our clients, 2026', ...new Array(clients.getLastColumn() - 1).fill('')],
      new Array(clients.getLastColumn()).fill(''),
    ]);
    expect(header(clients, 3).slice(0, 4)).toEqual(['Client', 'Email', 'Status', 'Contact']);
    expect(formats()).toEqual(before);
    // The date column's format starts under the header, not on it.
    const from = column(clients, 'New rate from', 3);
    expect(clients.getRange(3, from).getNumberFormat()).not.toBe('yyyy-mm-dd');
    expect(clients.getRange(4, from).getNumberFormat()).toBe('yyyy-mm-dd');
    // Validation starts under the header too, and the client row is read.
    expect(clients.getRange(3, 1).getDataValidation()).toBeNull();
    expect(clients.getRange(4, 1).getDataValidation()).not.toBeNull();
    const check = runtime.run<CheckResult>('checkSheet');
    expect(check.problems.filter((p) => p.sheet === 'Clients' && p.severity === 'error')).toEqual([]);
    expect(check.rowsRead.Clients).toBeGreaterThanOrEqual(1);
    // Setup again changes nothing.
    const again = runtime.run<{ tabsCreated: string[]; columnsAdded: string[] }>('setupTrackingSheet', {
      sample: false,
    });
    expect(again.columnsAdded).toEqual([]);
  });

  it('stops before writing anything when a tab holds content but no header row', async () => {
    const runtime = await loadRuntime({ today: TODAY });
    const tasks = runtime.spreadsheet.insertSheet('tasks');
    tasks.rawWrite(1, 1, [['just', 'my', 'notes']]);
    expect(() => runtime.run('setupTrackingSheet', { sample: false })).toThrow(
      /The Tasks tab has no header row/,
    );
    expect(runtime.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'tasks']);
  });
});
